package chipsim.runner.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.runner.ChildJvm;
import chipsim.runner.Cli;
import chipsim.runner.cli.ExitCodes;
import chipsim.runner.output.FolderLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One writer per sweep folder: a second start is refused, and a resume checks runs.csv before it runs anything. */
class SweepFolderLockTest {

    @TempDir
    Path dir;

    /**
     * Point 0 runs; point 1's TSMC never answers within its (long) phase timeout, so the sweep is
     * still holding its folder however fast the machine is, until the test stops it.
     */
    static final String STALLING = """
            name: stalling
            base: bundled:baseline
            quarters: 2
            seed: 3
            replications: 2
            set: {phaseTimeoutMillis: 600000}
            axes:
              tsmc.policy: {values: [demand-expansion, test-stalls]}
            """;

    @Test
    void aSecondProcessIsRefusedWhileASweepRunsAndTheLockDiesWithItsProcess() throws Exception {
        Path file = SweepDesignTest.write(dir, "stalling.yaml", STALLING);
        Path out = dir.resolve("shared");
        Path runs = out.resolve(SweepFolder.RUNS);
        try (ChildJvm first = ChildJvm.start(dir, "first", List.of(), "sweep", file.toString(), "--out",
                out.toString(), "--parallel", "1")) {
            first.await("point 0's rows in runs.csv", () -> ChildJvm.rowCount(runs) >= 2);

            Cli.Result second = Cli.run("sweep", file.toString(), "--out", out.toString(), "--resume");
            assertEquals(ExitCodes.BAD_INPUT, second.status(), second.toString());
            assertTrue(second.err().contains("the sweep folder " + out + " is being written by another chipsim"),
                    second.err());
            assertTrue(second.err().contains("pid " + first.pid() + " on "), "names the owner: " + second.err());
            assertTrue(second.err().contains("started "), second.err());
            Cli.Result fresh = Cli.run("sweep", file.toString(), "--out", out.toString());
            assertEquals(ExitCodes.BAD_INPUT, fresh.status(), fresh.toString());
            assertEquals(2, ChildJvm.rowCount(runs), "the refused starts ran nothing");

            first.process().destroyForcibly(); // SIGKILL: no hook runs, the OS drops the lock
            first.exitStatus();
        }
        FolderLock.acquire(out, "the sweep folder").close();
    }

    @Test
    void twoLocksOnOneFolderFromSeparateChannelsExcludeEachOther() throws Exception {
        try (FolderLock held = FolderLock.acquire(dir, "the folder")) {
            FolderLock.Held refused = assertThrows(FolderLock.Held.class, () -> FolderLock.acquire(dir, "the folder"));
            assertTrue(refused.getMessage().contains("pid " + ProcessHandle.current().pid()), refused.getMessage());
        }
        FolderLock.acquire(dir, "the folder").close();
    }

    @Test
    void aRepeatedRowIsNamedAndNothingRuns() throws Exception {
        Path file = SweepDesignTest.write(dir, "small.yaml", SweepRunTest.SWEEP);
        Path out = dir.resolve("out");
        assertEquals(ExitCodes.OK, Cli.run("sweep", file.toString(), "--out", out.toString()).status());
        Path runs = out.resolve(SweepFolder.RUNS);
        List<String> lines = Files.readAllLines(runs);
        Files.writeString(runs, String.join("\n", lines) + "\n" + lines.get(3) + "\n", StandardCharsets.UTF_8);
        Files.delete(out.resolve(SweepFolder.SUMMARY));
        byte[] before = Files.readAllBytes(runs);

        Cli.Result resumed = Cli.run("sweep", file.toString(), "--out", out.toString(), "--resume");
        assertEquals(ExitCodes.BAD_INPUT, resumed.status(), resumed.toString());
        assertTrue(resumed.err().contains(runs + " is damaged"), resumed.err());
        assertTrue(resumed.err().contains("line " + (lines.size() + 1) + ": repeats the run of line 4"), resumed.err());
        assertTrue(resumed.err().contains("two chipsim processes wrote this folder at once"), resumed.err());
        assertFalse(resumed.out().contains("runs (0 failed)"), "nothing ran: " + resumed.out());
        assertArrayEquals(before, Files.readAllBytes(runs));
        assertFalse(Files.exists(out.resolve(SweepFolder.SUMMARY)), "no summary from a damaged table");
    }

    @Test
    void aDamagedRowIsFoundBeforeAnyRunAndNamedWithItsLine() throws Exception {
        Path file = SweepDesignTest.write(dir, "small.yaml", SweepRunTest.SWEEP);
        Path out = dir.resolve("out");
        assertEquals(ExitCodes.OK, Cli.run("sweep", file.toString(), "--out", out.toString()).status());
        Path runs = out.resolve(SweepFolder.RUNS);
        List<String> lines = Files.readAllLines(runs);
        // Line 3 loses its last fields (an index past the row's end once crashed the resume); line 5 a number.
        lines.set(2, lines.get(2).substring(0, lines.get(2).indexOf(",ok,") + 3));
        lines.set(4, lines.get(4).replaceFirst("^[0-9]+,", "x,"));
        // Two runs missing: a resume would compute them first, then crash on the damage.
        Files.writeString(runs, String.join("\n", lines.subList(0, lines.size() - 2)) + "\n", StandardCharsets.UTF_8);
        Files.delete(out.resolve(SweepFolder.SUMMARY));

        Cli.Result resumed = Cli.run("sweep", file.toString(), "--out", out.toString(), "--resume");
        assertEquals(ExitCodes.BAD_INPUT, resumed.status(), resumed.toString());
        assertTrue(resumed.err().contains("line 3: has "), resumed.err());
        assertTrue(resumed.err().contains("line 5: point 'x' is not a point of this sweep"), resumed.err());
        assertFalse(resumed.err().contains("Exception"), resumed.err());
        assertFalse(resumed.out().contains("runs (0 failed)"), "nothing ran: " + resumed.out());
        assertFalse(Files.exists(out.resolve(SweepFolder.SUMMARY)));
    }

    @Test
    void aRefusedFolderOfTheUsersGetsNoLockFile() throws Exception {
        Path file = SweepDesignTest.write(dir, "small.yaml", SweepRunTest.SWEEP);
        Path mine = Files.createDirectory(dir.resolve("mine"));
        Files.writeString(mine.resolve("keep.txt"), "mine");
        assertEquals(ExitCodes.BAD_INPUT, Cli.run("sweep", file.toString(), "--out", mine.toString()).status());
        Cli.Result resume = Cli.run("sweep", file.toString(), "--out", mine.toString(), "--resume");
        assertEquals(ExitCodes.BAD_INPUT, resume.status(), resume.toString());
        assertTrue(resume.err().contains("it is not a sweep folder to resume"), resume.err());
        try (java.util.stream.Stream<Path> entries = Files.list(mine)) {
            assertEquals(List.of(mine.resolve("keep.txt")), entries.toList());
        }
    }

    @Test
    void resumeWithoutOutIsRefusedWithTheReason() {
        Cli.Result result = Cli.run("sweep", Cli.config("sweeps/washington-revenue.yaml"), "--resume");
        assertEquals(ExitCodes.BAD_INPUT, result.status(), result.toString());
        assertTrue(result.err().contains("--resume needs --out DIR"), result.err());
        assertTrue(result.err().contains("named with the time"), result.err());
    }

    @Test
    void aStoppedSweepPrintsTheExactResumeCommand() throws Exception {
        Path file = SweepDesignTest.write(dir, "stalling.yaml", STALLING);
        Path out = dir.resolve("stopped");
        try (ChildJvm sweep = ChildJvm.start(dir, "stopped", List.of(), "sweep", file.toString(), "--out",
                out.toString(), "--parallel", "1", "--set", "seed=9", "--quarters", "2")) {
            sweep.await("a progress line", () -> sweep.err().contains("sweep: 0/4 runs done"));
            sweep.await("point 0's rows", () -> ChildJvm.rowCount(out.resolve(SweepFolder.RUNS)) >= 2);
            sweep.process().destroy(); // SIGTERM, as Ctrl-C: the JVM runs its shutdown hooks
            sweep.exitStatus();
            assertTrue(sweep.err().contains("continue with: chipsim sweep " + file + " --out " + out
                    + " --resume --set seed=9 --quarters 2\n"), sweep.err());
        }
    }
}
