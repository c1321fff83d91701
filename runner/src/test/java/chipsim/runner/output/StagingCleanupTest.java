package chipsim.runner.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.runner.ChildJvm;
import chipsim.runner.Cli;
import chipsim.runner.cli.ExitCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hidden .NAME.partial-* folders do not outlive their process: removed on the way out, or by the next start. */
class StagingCleanupTest {

    @TempDir
    Path tmp;

    @Test
    void sigtermRemovesTheStagingFolderOnTheWayOut() throws Exception {
        Path out = tmp.resolve("terminated");
        try (ChildJvm run = ChildJvm.start(tmp, "run", List.of(), "run", "--set", "phaseTimeoutMillis=600000",
                "--set", "tsmc.policy=test-stalls", "--out", out.toString())) {
            run.await("a staging folder", () -> !staging().isEmpty());
            run.process().destroy(); // SIGTERM
            run.exitStatus();
        }
        assertEquals(List.of(), staging());
        assertFalse(Files.exists(out));
    }

    @Test
    void aStagingFolderLeftByAKilledProcessIsRemovedByTheNextStart() throws Exception {
        Path out = tmp.resolve("killed");
        long killedPid;
        try (ChildJvm run = ChildJvm.start(tmp, "run", List.of(), "run", "--set", "phaseTimeoutMillis=600000",
                "--set", "tsmc.policy=test-stalls", "--out", out.toString())) {
            run.await("a staging folder", () -> !staging().isEmpty());
            killedPid = run.pid();
            run.process().destroyForcibly(); // SIGKILL: nothing of the child runs
            run.exitStatus();
        }
        assertEquals(1, staging().size(), "SIGKILL leaves it");
        // One of a live process (this test's JVM's parent stands for any running chipsim) is left alone.
        long live = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L);
        Path busy = Files.createDirectory(tmp.resolve(StagingFolders.name("other", live, 7)));
        // One of another machine sharing the disk: its PID says nothing here.
        Path elsewhere = Files.createDirectory(tmp.resolve(".other.partial-another_host-" + killedPid + "-7"));

        Cli.Result next = Cli.run("run", "--quarters", "1", "--out", tmp.resolve("next").toString());
        assertEquals(ExitCodes.OK, next.status(), next.toString());
        assertEquals(List.of(busy, elsewhere).stream().sorted().toList(), staging());
    }

    @Test
    void aFailedRunAndAFailedGameLeaveNoStagingFolder() throws IOException {
        Cli.Result run = Cli.run("run", "--quarters", "2", "--set", "nvidia.policy=test-throws",
                "--set", "nvidia.params={failIn: 2024Q2}", "--out", tmp.resolve("run").toString());
        assertEquals(ExitCodes.RUN_FAILED, run.status(), run.toString());
        Cli.Result calibrate = Cli.run("calibrate", "--set", "nvidia.policy=test-throws",
                "--set", "nvidia.params={failIn: 2024Q2}", "--out", tmp.resolve("cal").toString());
        assertEquals(ExitCodes.RUN_FAILED, calibrate.status(), calibrate.toString());
        assertEquals(List.of(), staging());
        assertFalse(Files.exists(tmp.resolve("run")));
        assertFalse(Files.exists(tmp.resolve("cal")));
    }

    private List<Path> staging() {
        try (Stream<Path> entries = Files.list(tmp)) {
            return entries.filter(p -> p.getFileName().toString().contains(".partial-")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
