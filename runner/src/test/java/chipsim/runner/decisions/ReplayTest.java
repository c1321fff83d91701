package chipsim.runner.decisions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.runner.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** `run --replay` of every shipped scenario writes the same files; a log of another run is refused. */
class ReplayTest {

    private static final List<String> OUTPUTS = List.of("trace.jsonl", "quarters.csv", "flows.csv", "agents.csv",
            "decisions.jsonl");

    @TempDir
    Path tmp;

    static Stream<String> shipped() throws IOException {
        List<String> scenarios = new ArrayList<>(List.of(Cli.config("baseline.yaml"),
                Cli.config("history-2022-2026.yaml")));
        try (Stream<Path> files = Files.list(Path.of(Cli.config("scenarios")))) {
            files.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(p -> scenarios.add(p.toString()));
        }
        return scenarios.stream();
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void aReplayWritesTheSameFiles(String scenario) throws IOException {
        Path first = tmp.resolve("first");
        Path again = tmp.resolve("again");
        Cli.Result run = Cli.run("run", scenario, "--out", first.toString());
        assertEquals(0, run.status(), run.toString());
        Cli.Result replay = Cli.run("run", scenario, "--replay", first.resolve("decisions.jsonl").toString(),
                "--out", again.toString());
        assertEquals(0, replay.status(), replay.toString());
        for (String file : OUTPUTS) {
            assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(again.resolve(file)), file);
        }
        assertTrue(Files.readAllLines(first.resolve("decisions.jsonl")).stream()
                .allMatch(line -> line.contains("\"decidedBy\":\"policy:")), "every decision is a policy's");
    }

    private Path baselineLog() {
        Path first = tmp.resolve("base");
        Cli.Result run = Cli.run("run", "--quarters", "4", "--out", first.toString());
        assertEquals(0, run.status(), run.toString());
        return first.resolve("decisions.jsonl");
    }

    @Test
    void aLogWithAnotherAgentIsRefusedBeforeTheRun() throws IOException {
        Path log = baselineLog();
        Path edited = tmp.resolve("edited.jsonl");
        Files.writeString(edited, Files.readString(log).replace("\"agent\":\"tencent\"", "\"agent\":\"xiaomi\""));
        Cli.Result replay = Cli.run("run", "--quarters", "4", "--replay", edited.toString(), "--out",
                tmp.resolve("no").toString());
        assertEquals(2, replay.status(), replay.toString());
        assertTrue(replay.err().contains("agent 'xiaomi' is not in the scenario"), replay.err());
        assertTrue(replay.err().contains("edited.jsonl:"), replay.err());
        assertFalse(Files.exists(tmp.resolve("no")));
    }

    @Test
    void aLogMissingAQuarterIsRefusedBeforeTheRun() throws IOException {
        Path log = baselineLog();
        Path cut = tmp.resolve("cut.jsonl");
        Files.write(cut, Files.readAllLines(log).stream().filter(line -> !line.contains("\"quarter\":\"2024Q3\""))
                .toList());
        Cli.Result replay = Cli.run("run", "--quarters", "4", "--replay", cut.toString(), "--out",
                tmp.resolve("no").toString());
        assertEquals(2, replay.status(), replay.toString());
        assertTrue(replay.err().contains("in 2024Q3"), replay.err());
        assertFalse(Files.exists(tmp.resolve("no")));
    }

    @Test
    void aLogOfAnotherScenarioStopsTheRunWhereItDiverges() {
        Path log = baselineLog();
        Cli.Result replay = Cli.run("run", Cli.config("scenarios/full-ban.yaml"), "--quarters", "4", "--replay",
                log.toString(), "--out", tmp.resolve("no").toString());
        assertEquals(1, replay.status(), replay.toString());
        assertTrue(replay.err().contains("the replay diverged"), replay.err());
        assertFalse(Files.exists(tmp.resolve("no")));
    }

    @Test
    void garbageIsNotADecisionLog() throws IOException {
        Path garbage = tmp.resolve("garbage.jsonl");
        Files.writeString(garbage, "{\"quarter\": 3}\n");
        Cli.Result replay = Cli.run("run", "--replay", garbage.toString(), "--out", tmp.resolve("no").toString());
        assertEquals(2, replay.status(), replay.toString());
        assertTrue(replay.err().contains("garbage.jsonl:1: field 'quarter' is missing or not text"), replay.err());
        assertFalse(replay.err().contains("\tat "));
    }
}
