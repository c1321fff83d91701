package chipsim.runner.scenario;

import static chipsim.runner.scenario.ScenarioFixtures.assertNothingWritten;
import static chipsim.runner.scenario.ScenarioFixtures.assertProblem;
import static chipsim.runner.scenario.ScenarioFixtures.validateOrRun;
import static chipsim.runner.scenario.ScenarioFixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import chipsim.runner.Cli;
import chipsim.runner.scenario.ScenarioFixtures.Place;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenario files that cannot be read at all, or whose {@code base:} cannot be: a missing file, a
 * folder, a missing base, bases in a loop. Exit status 2 and nothing written, as for bad content.
 */
class ScenarioFileProblemsTest {

    @TempDir
    Path tmp;

    @Test
    void aMissingFileIsNamedWithWhereScenariosLive() {
        Path missing = tmp.resolve("missing.yaml");
        for (String command : List.of("validate", "run")) {
            Path out = tmp.resolve("run");
            Cli.Result result = Cli.run(validateOrRun(command, missing, out));
            assertEquals(2, result.status(), result.toString());
            assertProblem(result.err(), missing.toString(), null, "", "no such scenario file",
                    "shipped scenarios are in configs/");
            assertNothingWritten(tmp, out);
        }
    }

    @Test
    void aFolderGivenAsTheFileIsCalledAFolder() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("scenarios"));
        for (String command : List.of("validate", "run")) {
            Path out = tmp.resolve("run");
            Cli.Result result = Cli.run(validateOrRun(command, folder, out));
            assertEquals(2, result.status(), result.toString());
            assertProblem(result.err(), folder.toString(), null, "", "is a folder, not a scenario file",
                    "give a .yaml or .json file");
            assertNothingWritten(tmp, out);
        }
    }

    @Test
    void aBaseThatDoesNotExistIsNamedAtItsLine() {
        String text = "# a counterfactual whose base was moved\nbase: ../nowhere/baseline.yaml\nname: orphan\n";
        Path file = write(tmp, "cf/orphan.yaml", text);
        for (String command : List.of("validate", "run")) {
            Path out = tmp.resolve("run");
            Cli.Result result = Cli.run(validateOrRun(command, file, out));
            assertEquals(2, result.status(), result.toString());
            assertProblem(result.err(), file.toString(), new Place(2, 1), "base",
                    "base scenario " + tmp.resolve("nowhere/baseline.yaml") + " does not exist",
                    "give a path relative to " + file);
            assertNothingWritten(tmp, out);
        }
    }

    @Test
    void basesThatLoopAreReportedOnceRound() {
        write(tmp, "loop/first.yaml", "base: second.yaml\nname: first\n");
        write(tmp, "loop/second.yaml", "name: second\nbase: ./../loop/first.yaml\n");
        // Named relative to the working folder, as a user types it: the names of the bases then
        // stay relative too, and the same file reached by another path is still the same file.
        Path first = Path.of("").toAbsolutePath().relativize(tmp.resolve("loop/first.yaml"));
        Path second = first.resolveSibling("second.yaml");
        for (String command : List.of("validate", "run")) {
            Path out = tmp.resolve("run");
            Cli.Result result = Cli.run(validateOrRun(command, first, out));
            assertEquals(2, result.status(), result.toString());
            assertProblem(result.err(), second.toString(), new Place(2, 1), "base",
                    "scenarios extend each other in a loop: " + first + " -> " + second + " -> " + first,
                    "a scenario's base must not lead back to it");
            assertNothingWritten(tmp, out);
        }
    }

    @Test
    void aScenarioThatIsItsOwnBaseIsALoop() {
        Path self = write(tmp, "self.yaml", "name: self\nbase: self.yaml\n");
        Cli.Result result = Cli.run("validate", self.toString());
        assertEquals(2, result.status(), result.toString());
        assertProblem(result.err(), self.toString(), new Place(2, 1), "base",
                "scenarios extend each other in a loop: " + self + " -> " + self, "must not lead back");
    }

    @Test
    void aBundledBaseIsTheScenarioShippedInTheJar() {
        Path mine = write(tmp, "mine.yaml", "base: bundled:baseline\nname: mine\nend: 2024Q4\n");
        Cli.Result result = Cli.run("validate", mine.toString());
        assertEquals(0, result.status(), result.toString());

        Path wrong = write(tmp, "wrong.yaml", "name: wrong\nbase: bundled:basline\n");
        Path out = tmp.resolve("run");
        result = Cli.run(validateOrRun("run", wrong, out));
        assertEquals(2, result.status(), result.toString());
        assertProblem(result.err(), wrong.toString(), new Place(2, 1), "base",
                "no scenario bundled:basline is bundled in chipsim", "write bundled:baseline");
        assertNothingWritten(tmp, out);
    }
}
