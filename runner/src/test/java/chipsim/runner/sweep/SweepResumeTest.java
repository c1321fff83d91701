package chipsim.runner.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import chipsim.runner.Cli;
import chipsim.runner.cli.ExitCodes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing is lost: a sweep killed with SIGKILL and resumed ends with the files of an uninterrupted one. */
class SweepResumeTest {

    /** Enough runs that the sweep is still going when its first rows appear, even on a fast machine. */
    static final String SWEEP = """
            name: resumable
            base: bundled:baseline
            quarters: 3
            seed: 9
            replications: 40
            axes:
              washington.params.revenueShare: {values: [0.1, 0.3]}
            metrics: [end.china_compute_h100e, sum.nvidia_revenue_usd, payoff.nvidia]
            """;
    static final int RUNS = 80;
    /** Generous: the machine may be shared and busy; the test waits on file content, not on time. */
    static final Duration DEADLINE = Duration.ofMinutes(3);

    @TempDir
    Path dir;

    @Test
    void aKilledSweepResumesToTheSameFilesAsAnUninterruptedOne() throws Exception {
        Path file = SweepDesignTest.write(dir, "resumable.yaml", SWEEP);
        Path killed = dir.resolve("killed");
        Process process = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                "chipsim.runner.Main", "sweep", file.toString(), "--out", killed.toString(), "--parallel", "2")
                .redirectOutput(dir.resolve("child.out").toFile())
                .redirectError(dir.resolve("child.err").toFile())
                .start();
        try {
            waitForRows(process, killed.resolve(SweepFolder.RUNS), 5);
        } finally {
            process.destroyForcibly(); // SIGKILL on Unix: no shutdown hook, no flush, no cleanup
            process.waitFor(1, TimeUnit.MINUTES);
        }
        int rowsAtKill = rowCount(killed.resolve(SweepFolder.RUNS));
        assertTrue(rowsAtKill < RUNS, "killed mid-sweep, with " + rowsAtKill + " rows");
        assertFalse(Files.exists(killed.resolve(SweepFolder.SUMMARY)));

        Cli.Result resumed = Cli.run("sweep", file.toString(), "--out", killed.toString(), "--resume");
        assertEquals(ExitCodes.OK, resumed.status(), resumed.toString());
        assertTrue(resumed.out().contains("done before"), resumed.out());

        Path whole = dir.resolve("whole");
        Cli.Result uninterrupted = Cli.run("sweep", file.toString(), "--out", whole.toString(), "--parallel", "1");
        assertEquals(ExitCodes.OK, uninterrupted.status(), uninterrupted.toString());
        for (String name : List.of(SweepFolder.RUNS, SweepFolder.SUMMARY, ResolvedSweep.FILE)) {
            assertArrayEquals(Files.readAllBytes(whole.resolve(name)), Files.readAllBytes(killed.resolve(name)), name);
        }
        assertEquals(RUNS, rowCount(killed.resolve(SweepFolder.RUNS)));
    }

    @Test
    void resumeRunsOnlyWhatIsMissingAndDropsARowCutShort() throws Exception {
        Path file = SweepDesignTest.write(dir, "small.yaml", SweepRunTest.SWEEP);
        Path out = dir.resolve("out");
        assertEquals(ExitCodes.OK, Cli.run("sweep", file.toString(), "--out", out.toString()).status());
        Path runs = out.resolve(SweepFolder.RUNS);
        byte[] complete = Files.readAllBytes(runs);
        byte[] summary = Files.readAllBytes(out.resolve(SweepFolder.SUMMARY));
        // As if killed mid-write: the last row loses its end, and another row was never written.
        List<String> lines = Files.readAllLines(runs);
        String cut = String.join("\n", lines.subList(0, lines.size() - 2)) + "\n"
                + lines.get(lines.size() - 1).substring(0, 20);
        Files.writeString(runs, cut, StandardCharsets.UTF_8);
        Files.delete(out.resolve(SweepFolder.SUMMARY));

        Cli.Result resumed = Cli.run("sweep", file.toString(), "--out", out.toString(), "--resume");
        assertEquals(ExitCodes.OK, resumed.status(), resumed.toString());
        assertTrue(resumed.out().contains("12 runs (10 done before)"), resumed.out());
        assertTrue(resumed.out().contains("2 runs (0 failed)"), resumed.out());
        assertArrayEquals(complete, Files.readAllBytes(runs));
        assertArrayEquals(summary, Files.readAllBytes(out.resolve(SweepFolder.SUMMARY)));
    }

    @Test
    void resumeRefusesAFolderStartedFromADifferentSweep() throws Exception {
        Path file = SweepDesignTest.write(dir, "small.yaml", SweepRunTest.SWEEP);
        Path out = dir.resolve("out");
        assertEquals(ExitCodes.OK, Cli.run("sweep", file.toString(), "--out", out.toString()).status());
        byte[] runs = Files.readAllBytes(out.resolve(SweepFolder.RUNS));

        Files.writeString(file, SweepRunTest.SWEEP.replace("[0.1, 0.4]", "[0.1, 0.5]"));
        Cli.Result changed = Cli.run("sweep", file.toString(), "--out", out.toString(), "--resume");
        assertEquals(ExitCodes.BAD_INPUT, changed.status(), changed.toString());
        assertTrue(changed.err().contains("was started from a different sweep"), changed.err());
        assertTrue(changed.err().contains("was '- 0.4', now '- 0.5'"), changed.err());

        Files.writeString(file, SweepRunTest.SWEEP);
        Cli.Result otherQuarters = Cli.run("sweep", file.toString(), "--out", out.toString(), "--resume",
                "--quarters", "2");
        assertEquals(ExitCodes.BAD_INPUT, otherQuarters.status(), otherQuarters.toString());

        Cli.Result withoutResume = Cli.run("sweep", file.toString(), "--out", out.toString());
        assertEquals(ExitCodes.BAD_INPUT, withoutResume.status(), withoutResume.toString());
        assertTrue(withoutResume.err().contains("add --resume"), withoutResume.err());
        assertArrayEquals(runs, Files.readAllBytes(out.resolve(SweepFolder.RUNS)), "a refused resume writes nothing");
    }

    /** Waits until runs.csv holds {@code rows} finished rows, pausing on the process itself rather than sleeping. */
    private static void waitForRows(Process process, Path runs, int rows) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(runs) && rowCount(runs) >= rows) {
                return;
            }
            if (process.waitFor(20, TimeUnit.MILLISECONDS)) {
                fail("the sweep ended (exit " + process.exitValue() + ") before it could be killed");
            }
        }
        fail("runs.csv did not reach " + rows + " rows within " + DEADLINE);
    }

    /** Finished rows: complete lines after the header. */
    private static int rowCount(Path runs) throws IOException {
        String text = Files.readString(runs, StandardCharsets.UTF_8);
        return Math.max(0, (int) text.chars().filter(c -> c == '\n').count() - 1);
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
