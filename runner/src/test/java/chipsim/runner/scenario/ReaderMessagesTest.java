package chipsim.runner.scenario;

import static chipsim.runner.scenario.ScenarioFixtures.assertOk;
import static chipsim.runner.scenario.ScenarioFixtures.assertProblem;
import static chipsim.runner.scenario.ScenarioFixtures.placeOf;
import static chipsim.runner.scenario.ScenarioFixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.runner.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Problems reported at the right place, in the right words, and all at once. */
class ReaderMessagesTest {

    @TempDir
    Path tmp;

    @Test
    void aSetOfAnUnknownSectionIsBlamedOnTheOptionNotTheFile() {
        Cli.Result result = Cli.run("validate", Cli.config("baseline.yaml"), "--set", "nobody.params.x=1");
        assertEquals(2, result.status(), result.toString());
        assertProblem(result.err(), "--set nobody.params.x=1", null, "",
                "'nobody' is neither a scenario key nor an agent of the scenario", "an agent id");
        assertFalse(result.err().contains("baseline.yaml:"), result.err());
        Cli.Result typo = Cli.run("validate", "--set", "washingtn.params.revenueShare=0.2");
        assertProblem(typo.err(), "--set washingtn.params.revenueShare=0.2", null, "", "'washingtn' is neither",
                "did you mean 'washington'?");
        // A section the option creates under an agent is the option's too.
        Cli.Result nested = Cli.run("validate", "--set", "washington.extra.x=1");
        assertProblem(nested.err(), "--set washington.extra.x=1", null, "agents.washington.extra",
                "unknown key 'extra'", "valid names: role, policy, params, setup, payoff");
    }

    @Test
    void aBaseThatIsAFolderIsCalledAFolder() throws IOException {
        Files.createDirectories(tmp.resolve("scenarios"));
        String text = "base: scenarios\nname: child\n";
        Path file = write(tmp, "child.yaml", text);
        Cli.Result result = Cli.run("validate", file.toString());
        assertEquals(2, result.status(), result.toString());
        assertProblem(result.err(), file.toString(), placeOf(text, "base:"), "base",
                "is a folder, not a scenario file", "name a .yaml file in it, e.g. base: scenarios/baseline.yaml");
        assertFalse(result.err().contains("does not exist"), result.err());
    }

    private Path sweep(String name, String axesAndSet) {
        return write(tmp, name, "name: s\nbase: bundled:baseline\nquarters: 1\n" + axesAndSet);
    }

    @Test
    void aSweepOutThatIsAFileIsCalledAFile() throws IOException {
        Path sweep = sweep("sweep.yaml", "axes:\n  washington.params.revenueShare: {values: [0.15]}\n");
        Path file = Files.writeString(tmp.resolve("results.csv"), "not a folder\n");
        for (boolean resume : List.of(false, true)) {
            List<String> args = new ArrayList<>(List.of("sweep", sweep.toString(), "--out", file.toString()));
            if (resume) {
                args.add("--resume");
            }
            Cli.Result result = Cli.run(args.toArray(String[]::new));
            assertEquals(2, result.status(), result.toString());
            assertTrue(result.err().contains(file + " is a file, not a folder"), result.err());
            assertFalse(result.err().contains("add --resume"), result.err());
            assertEquals("not a folder\n", Files.readString(file));
        }
        Cli.Result run = Cli.run("run", "--quarters", "1", "--out", file.toString());
        assertEquals(2, run.status(), run.toString());
        assertTrue(run.err().contains(file + " is a file, not a folder"), run.err());
    }

    @Test
    void aRangeWithATinyStepIsRefusedWithItsExactSize() {
        String axes = "axes:\n  washington.params.revenueShare:\n    range: {from: 0, to: 1, step: 1e-100}\n";
        Path sweep = sweep("tiny-step.yaml", axes);
        Cli.Result result = Cli.run("sweep", sweep.toString(), "--out", tmp.resolve("never").toString());
        assertEquals(2, result.status(), result.toString());
        String text = Files.exists(sweep) ? ScenarioFixtures.read(sweep) : "";
        assertProblem(result.err(), sweep.toString(), placeOf(text, "step:"),
                "axes.washington.params.revenueShare.range.step",
                "the range from 0 to 1 in steps of 1.0E-100 has about 1.0e+100 values, more than 10000",
                "use a larger step");
        assertFalse(Files.exists(tmp.resolve("never")));
        // A count that fits a long but is still too many is printed exactly, not wrapped.
        Path large = sweep("large.yaml", "axes:\n  washington.params.revenueShare:\n    range: {from: 0, to: 1, step: 1e-6}\n");
        Cli.Result many = Cli.run("sweep", large.toString(), "--out", tmp.resolve("never").toString());
        assertTrue(many.err().contains("has 1000001 values, more than 10000"), many.err());
    }

    @Test
    void aSweepsSetTakesMappingsListsAndNullAsSetDoes() throws IOException {
        Path sweep = sweep("set.yaml", """
                set:
                  washington.params: {}
                  washington.policy: static
                  broker-sg: null
                axes:
                  washington.setup.enforcement: {values: [0.5]}
                """);
        Path out = tmp.resolve("swept");
        Cli.Result result = Cli.run("sweep", sweep.toString(), "--out", out.toString());
        assertOk(result);
        String resolved = Files.readString(out.resolve("sweep.resolved.yaml"));
        assertTrue(resolved.contains("washington.params={}") || resolved.contains("washington.params: {}"), resolved);
        assertFalse(resolved.contains("broker-sg:\n    role"), "the agent was removed:\n" + resolved);
    }

    @Test
    void aReportOfMismatchedFilesCountsEachFileRight() throws IOException {
        Path run = tmp.resolve("run");
        assertOk(Cli.run("run", "--quarters", "4", "--out", run.toString()));
        List<String> trace = Files.readAllLines(run.resolve("trace.jsonl"));
        List<String> doubled = new ArrayList<>(trace);
        doubled.addAll(trace);
        Files.write(run.resolve("trace.jsonl"), doubled);
        Cli.Result result = Cli.run("report", run.toString());
        assertEquals(2, result.status(), result.toString());
        assertTrue(result.err().contains("trace.jsonl has 8 quarters, from 2024Q1 to 2024Q4 but not one after another"),
                result.err());
        assertTrue(result.err().contains("quarters.csv 4 quarters, 2024Q1 to 2024Q4"), result.err());
        assertTrue(result.err().contains("the first difference is record 5: 2024Q1 against none"), result.err());
    }

    @Test
    void aGameFileReportsEveryProblemAtOnce() {
        String game = """
                kind: matrix
                name: bad game
                colour: red
                players: [row, col]
                strategies: {row: [a, b], col: [a, b]}
                payoffs:
                  a: {a: [1, 1], b: [0, x]}
                  b: {a: [2, 0], b: [1]}
                """;
        Path file = write(tmp, "game.yaml", game);
        Cli.Result result = Cli.run("game", file.toString(), "--out", tmp.resolve("never").toString());
        assertEquals(2, result.status(), result.toString());
        assertProblem(result.err(), file.toString(), placeOf(game, "name:"), "name", "unsafe in a folder name", "use letters");
        assertProblem(result.err(), file.toString(), placeOf(game, "colour:"), "colour", "unknown key 'colour'", "valid names");
        assertProblem(result.err(), file.toString(), placeOf(game, "x]"), "payoffs.a.b[1]", "payoff must be a number",
                "write a number");
        assertProblem(result.err(), file.toString(), placeOf(game, "b: [1]"), "payoffs.b.b", "expected 2 payoffs",
                "write a list of 2 payoffs");
    }

    @Test
    void aSimulatedGameReportsItsKeysAndItsStrategiesAtOnce() {
        String game = """
                kind: simulated
                scenario: bundled:baseline
                quarters: 0
                roles:
                  washington:
                    open: {policy: static, params: {}}
                    strict: {policy: statc}
                  beijing:
                    allow: {}
                    bar: {params: {discourageBelowDomestic: 5}}
                """;
        Path file = write(tmp, "sim.yaml", game);
        Cli.Result result = Cli.run("game", file.toString(), "--out", tmp.resolve("never").toString());
        assertEquals(2, result.status(), result.toString());
        assertTrue(result.err().contains("quarters"), result.err());
        assertTrue(result.err().contains("statc"), result.err());
    }
}
