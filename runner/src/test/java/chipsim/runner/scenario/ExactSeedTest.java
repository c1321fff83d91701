package chipsim.runner.scenario;

import static chipsim.runner.scenario.ScenarioFixtures.assertOk;
import static chipsim.runner.scenario.ScenarioFixtures.assertProblem;
import static chipsim.runner.scenario.ScenarioFixtures.baselineText;
import static chipsim.runner.scenario.ScenarioFixtures.placeOf;
import static chipsim.runner.scenario.ScenarioFixtures.replaceOnce;
import static chipsim.runner.scenario.ScenarioFixtures.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.runner.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeds are exact 64-bit integers everywhere a user gives one: --seed, the scenario file, the
 * resolved file a run writes, --set seed=; a seed past 2^53 is never rounded through a double.
 */
class ExactSeedTest {

    @TempDir
    Path tmp;

    private static String seedLine(Path run) throws IOException {
        return Files.readAllLines(run.resolve("scenario.resolved.yaml")).stream().filter(l -> l.startsWith("seed:"))
                .findFirst().orElseThrow();
    }

    /** The resolved file of a run re-runs the run: same seed, same trace, byte for byte. */
    @ParameterizedTest
    @ValueSource(strings = {"4611686018427387001", "9223372036854775807", "-9223372036854775808", "9007199254740993"})
    void theResolvedFileOfAnySeedReRunsTheSameRun(String seed) throws IOException {
        Path first = tmp.resolve("first");
        assertOk(Cli.run("run", "--seed", seed, "--quarters", "2", "--out", first.toString()));
        assertEquals("seed: " + seed, seedLine(first));
        Path again = tmp.resolve("again");
        assertOk(Cli.run("run", first.resolve("scenario.resolved.yaml").toString(), "--out", again.toString()));
        assertEquals("seed: " + seed, seedLine(again));
        assertArrayEquals(Files.readAllBytes(first.resolve("trace.jsonl")), Files.readAllBytes(again.resolve("trace.jsonl")));
    }

    @Test
    void setSeedAndTheFileKeepEveryDigit() throws IOException {
        Path bySet = tmp.resolve("by-set");
        assertOk(Cli.run("run", "--set", "seed=4611686018427387001", "--quarters", "1", "--out", bySet.toString()));
        assertEquals("seed: 4611686018427387001", seedLine(bySet));
        Path file = write(tmp, "seeded.yaml", replaceOnce(baselineText(), "seed: 42", "seed: 4_611_686_018_427_387_003"));
        Path byFile = tmp.resolve("by-file");
        assertOk(Cli.run("run", file.toString(), "--quarters", "1", "--out", byFile.toString()));
        assertEquals("seed: 4611686018427387003", seedLine(byFile));
    }

    @Test
    void aSeedPastSixtyFourBitsIsOutOfRangeWithTheExactLimits() {
        String text = replaceOnce(baselineText(), "seed: 42", "seed: 9223372036854775808");
        Path file = write(tmp, "too-big.yaml", text);
        Cli.Result result = Cli.run("validate", file.toString());
        assertEquals(2, result.status(), result.toString());
        assertProblem(result.err(), file.toString(), placeOf(text, "seed:"), "seed",
                "seed = 9223372036854775808 is out of range",
                "use a value from -9223372036854775808 to 9223372036854775807");
        Cli.Result fraction = Cli.run("validate", "--set", "seed=1.5");
        assertEquals(2, fraction.status(), fraction.toString());
        assertTrue(fraction.err().contains("--set seed=1.5: seed: seed must be a whole number, not 1.5"), fraction.err());
    }
}
