package chipsim.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.runner.cli.ExitCodes;
import chipsim.runner.engine.PlainProgress;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sweeps and simulated games show progress from their start, in the same form. */
class ProgressTest {

    @TempDir
    Path tmp;

    @Test
    void theFirstLineComesAtOnceNotAfterTheFirstInterval() {
        StringWriter text = new StringWriter();
        try (PlainProgress progress = new PlainProgress(new PrintWriter(text), "game", 36, 0)) {
            assertEquals("game: 0/36 runs done (0 failed), 0.0 runs/s\n", text.toString());
        }
    }

    @Test
    void aSweepSaysItStartedBeforePlanningAndCountsFromZero() throws IOException {
        Path file = Files.writeString(tmp.resolve("s.yaml"), """
                name: s
                base: bundled:baseline
                quarters: 2
                replications: 2
                axes:
                  washington.params.revenueShare: {values: [0.1, 0.4]}
                """);
        Cli.Result result = Cli.run("sweep", file.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(ExitCodes.OK, result.status(), result.toString());
        assertTrue(result.err().startsWith("sweep: checking " + file + " and the scenario of each point...\n"),
                result.err());
        assertTrue(result.err().contains("sweep: 0/4 runs done (0 failed)"), result.err());
    }

    @Test
    void aSimulatedGameShowsTheSweepsProgress() throws IOException {
        Path file = Files.writeString(tmp.resolve("g.yaml"), """
                kind: simulated
                scenario: bundled:baseline
                quarters: 2
                replications: 2
                roles:
                  washington:
                    ban: {policy: static}
                    open: {policy: static, set: [washington.setup.licenceAboveTpp=10000000, washington.setup.banAboveTpp=10000000]}
                  beijing:
                    self-reliance: {policy: self-reliance}
                    pragmatic-quota: {policy: pragmatic-quota}
                """);
        Cli.Result result = Cli.run("game", file.toString(), "--out", tmp.resolve("game").toString());
        assertEquals(ExitCodes.OK, result.status(), result.toString());
        assertTrue(result.err().contains("game: 0/8 runs done (0 failed)"), result.err());
    }
}
