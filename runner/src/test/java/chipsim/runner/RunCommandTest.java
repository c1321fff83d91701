package chipsim.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The `run` command end to end, as a user runs it, on the shipped baseline. */
class RunCommandTest {

    @TempDir
    Path tmp;

    @Test
    void theBaselineWritesTheWholeRunFolder() throws IOException {
        Path out = tmp.resolve("run");
        Cli.Result result = Cli.run("run", "--out", out.toString());
        assertEquals(0, result.status(), result.toString());
        for (String file : List.of("trace.jsonl", "quarters.csv", "flows.csv", "agents.csv", "scenario.resolved.yaml",
                "run.log")) {
            assertTrue(Files.size(out.resolve(file)) > 0, file + " is missing or empty");
        }
        List<String> quarters = Files.readAllLines(out.resolve("quarters.csv"));
        assertEquals(17, quarters.size(), "a header and 16 quarters, 2024Q1 to 2027Q4");
        assertTrue(quarters.get(0).startsWith("quarter,"), quarters.get(0));
        assertTrue(quarters.get(1).startsWith("2024Q1,"));
        assertTrue(quarters.get(16).startsWith("2027Q4,"));
        assertEquals(16, Files.readAllLines(out.resolve("trace.jsonl")).size());
        assertTrue(result.out().contains("2027Q4"), "the terminal shows the quarterly table");
        assertTrue(result.out().contains("wrote " + out), result.out());
        assertFalse(result.out().contains("INFO"), "no log lines on the console");
        assertTrue(result.err().isEmpty(), result.err());
    }

    @Test
    void aMissingScenarioFileIsAClearErrorAndWritesNothing() {
        Path out = tmp.resolve("never");
        Cli.Result result = Cli.run("run", tmp.resolve("nope.yaml").toString(), "--out", out.toString());
        assertEquals(2, result.status(), result.toString());
        assertTrue(result.err().contains("nope.yaml"), result.err());
        assertTrue(result.err().contains("no such scenario file"), result.err());
        assertFalse(result.err().contains("\tat "), "no stack trace");
        assertFalse(Files.exists(out));
    }

    @Test
    void aThrowingPolicyEndsTheRunNamingAgentPhaseAndQuarter() throws IOException {
        Path out = tmp.resolve("failed");
        Cli.Result result = Cli.run("run", "--quarters", "4", "--set", "nvidia.policy=test-throws",
                "--set", "nvidia.params={failIn: 2024Q3}", "--out", out.toString());
        assertEquals(1, result.status(), result.toString());
        assertTrue(result.err().contains("nvidia failed in the supply phase of 2024Q3"), result.err());
        assertTrue(result.err().contains("deliberate test failure"), result.err());
        assertFalse(result.err().contains("\tat "), "no stack trace");
        assertFalse(Files.exists(out), "no half-written run folder");
        assertNoStagingLeft();
    }

    @Test
    void aStalledAgentEndsTheRunAtTheDecisionDeadline() throws IOException {
        Path out = tmp.resolve("stalled");
        Cli.Result result = Cli.run("run", "--quarters", "2", "--set", "tsmc.policy=test-stalls",
                "--set", "decisionTimeoutMillis=300", "--out", out.toString());
        assertEquals(1, result.status(), result.toString());
        assertTrue(result.err().contains("tsmc failed in the supply phase of 2024Q1"), result.err());
        assertTrue(result.err().contains("its policy 'test-stalls' computing the capacity decision did not return "
                + "within 300 ms (decisionTimeoutMillis)"), result.err());
        assertFalse(Files.exists(out));
        assertNoStagingLeft();
    }

    @Test
    void anExistingFolderIsNotOverwritten() throws IOException {
        Path out = tmp.resolve("taken");
        Files.createDirectories(out);
        Files.writeString(out.resolve("keep.txt"), "mine");
        Cli.Result result = Cli.run("run", "--quarters", "1", "--out", out.toString());
        assertEquals(2, result.status(), result.toString());
        assertTrue(result.err().contains("already exists"), result.err());
        assertEquals("mine", Files.readString(out.resolve("keep.txt")));
    }

    @Test
    void aSweepOrAGameFileGivenAsAScenarioIsNamedForWhatItIs() {
        Cli.Result sweep = Cli.run("validate", Cli.config("sweeps/lhs-six.yaml"));
        assertEquals(2, sweep.status(), sweep.toString());
        assertTrue(sweep.err().contains("this is a sweep file, not a scenario"), sweep.err());
        assertTrue(sweep.err().contains("chipsim sweep"), sweep.err());
        Cli.Result game = Cli.run("run", Cli.config("games/chicken.yaml"), "--out", tmp.resolve("g").toString());
        assertEquals(2, game.status(), game.toString());
        assertTrue(game.err().contains("this is a game file, not a scenario"), game.err());
        assertFalse(Files.exists(tmp.resolve("g")));
        Cli.Result scenario = Cli.run("sweep", Cli.config("baseline.yaml"), "--out", tmp.resolve("s").toString());
        assertEquals(2, scenario.status(), scenario.toString());
        assertTrue(scenario.err().contains("this is a scenario, not a sweep file"), scenario.err());
    }

    private void assertNoStagingLeft() throws IOException {
        try (Stream<Path> entries = Files.list(tmp)) {
            assertTrue(entries.noneMatch(p -> p.getFileName().toString().contains(".partial-")),
                    "a staging folder was left behind");
        }
    }
}
