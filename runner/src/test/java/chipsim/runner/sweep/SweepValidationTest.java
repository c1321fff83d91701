package chipsim.runner.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.runner.Cli;
import chipsim.runner.cli.ExitCodes;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bad sweep is refused before anything runs, every problem at its line with a hint, and nothing is written. */
class SweepValidationTest {

    @TempDir
    Path dir;

    private Cli.Result sweep(String yaml, String... extra) throws Exception {
        Path file = SweepDesignTest.write(dir, "bad.yaml", yaml);
        String[] args = new String[3 + extra.length];
        args[0] = "sweep";
        args[1] = file.toString();
        args[2] = "--out=" + dir.resolve("out");
        System.arraycopy(extra, 0, args, 3, extra.length);
        Cli.Result result = Cli.run(args);
        assertEquals(ExitCodes.BAD_INPUT, result.status(), result.toString());
        assertFalse(Files.exists(dir.resolve("out")), "nothing written");
        assertFalse(result.err().contains("Exception"), "no stack trace: " + result.err());
        return result;
    }

    @Test
    void fileProblemsAreListedWithLineColumnAndHint() throws Exception {
        Cli.Result result = sweep("""
                base: bundled:baseline
                replication: 3
                design: {type: grid}
                axes:
                  washington.params.revenueShare:
                    distribution: {type: uniform, min: 0, max: 0.5}
                  beijing.params.domesticRatio:
                    range: {from: 0.5, to: 0.1, step: 0.1}
                  seed: {values: [1, 2]}
                """);
        String err = result.err();
        assertTrue(err.contains("bad.yaml:2:1: replication: unknown key 'replication'"), err);
        assertTrue(err.contains("did you mean 'replications'?"), err);
        assertTrue(err.contains("bad.yaml:6:5: axes.washington.params.revenueShare.distribution: a grid cannot take"
                + " a distribution"), err);
        assertTrue(err.contains("bad.yaml:8:") && err.contains("the range ends (0.1) before it starts (0.5)"), err);
        assertTrue(err.contains("bad.yaml:9:3: axes.seed: the seed is not an axis"), err);
    }

    @Test
    void aPointWhoseScenarioIsInvalidIsNamedAtItsAxisValue() throws Exception {
        Cli.Result result = sweep("""
                base: bundled:baseline
                axes:
                  washington.params.revenueShare:
                    values: [0.1, 1.5]
                  beijing.params.domesticRatio:
                    values: [0.2, 0.3, 0.4]
                """);
        String err = result.err();
        assertTrue(err.contains("bad.yaml:4:19: agents.washington.params.revenueShare: points 4, 5, 6: "
                + "washington.params.revenueShare=1.5: revenueShare = 1.5 is out of range"), err);
        assertTrue(err.contains("hint: use a value from 0 to 1"), err);
    }

    @Test
    void unknownMetricsAreSuggestedAndAMissingBaseIsNamed() throws Exception {
        Cli.Result result = sweep("""
                base: bundled:baseline
                metrics: [end.china_compute_h100e, sum.fees_us, payoff.nobody]
                """, "--quarters", "1");
        assertTrue(result.err().contains("bad.yaml:2:36: metrics[1]: unknown metric 'sum.fees_us'"), result.err());
        assertTrue(result.err().contains("did you mean 'sum.fees_usd'?"), result.err());
        assertTrue(result.err().contains("metrics[2]: unknown metric 'payoff.nobody'"), result.err());

        Cli.Result missing = sweep("base: ../nowhere.yaml\n");
        assertTrue(missing.err().contains("bad.yaml:1:1: base: no scenario file"), missing.err());
    }

    @Test
    void aBadOverrideOnTheCommandLineIsNamedAsSuch() throws Exception {
        Cli.Result result = sweep("base: bundled:baseline\n", "--set", "washington.params.revenueShare=2");
        assertTrue(result.err().contains("--set washington.params.revenueShare=2: washington.params.revenueShare"
                + ": revenueShare = 2 is out of range") || result.err().contains("revenueShare = 2 is out of range"),
                result.err());
        assertTrue(result.err().contains("--set washington.params.revenueShare=2"), result.err());
    }
}
