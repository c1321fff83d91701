package chipsim.runner.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.runner.ChildJvm;
import chipsim.runner.Cli;
import chipsim.runner.cli.ExitCodes;
import chipsim.runner.sweep.SweepFolder;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A distributed sweep with real JVMs on 127.0.0.1: a coordinator and workers, each its own
 * process. Every wait is on a line of a child's output or a file, never on the clock.
 */
class ClusterSweepTest {

    /**
     * Short runs, many of them: a worker's chunk takes about a second, so there is work left to
     * share and to lose, and one worker alone takes several seconds, longer than a second JVM
     * needs to start and join.
     */
    static final String SWEEP = """
            name: distributed
            base: bundled:baseline
            quarters: 3
            seed: 5
            replications: 600
            axes:
              washington.params.revenueShare: {values: [0.1, 0.3]}
            metrics: [end.china_compute_h100e, sum.nvidia_revenue_usd, payoff.nvidia]
            """;
    static final int RUNS = 1200;

    /** A crashed node is removed two seconds after it is found unreachable (docs/cluster.md: stable-after). */
    static final List<String> COORDINATOR_JVM = List.of("-Dakka.cluster.split-brain-resolver.stable-after=2s");

    @TempDir
    static Path shared;
    static Path file;
    static Path local;

    @TempDir
    Path dir;

    @BeforeAll
    static void localSweep() throws IOException {
        file = Files.writeString(shared.resolve("distributed.yaml"), SWEEP);
        local = shared.resolve("local");
        Cli.Result result = Cli.run("sweep", file.toString(), "--out", local.toString(), "--parallel", "2");
        assertEquals(ExitCodes.OK, result.status(), result.toString());
    }

    @Test
    void aLateWorkerTakesWorkAndAKilledOneLosesAndDuplicatesNothing() throws Exception {
        String address = "127.0.0.1:" + freePort();
        Path out = dir.resolve("out");
        try (ChildJvm coordinator = ChildJvm.start(dir, "coordinator", COORDINATOR_JVM, "sweep", file.toString(),
                "--out", out.toString(), "--cluster", address);
                ChildJvm first = ChildJvm.start(dir, "first", List.of(), "worker", "--join", address, "--parallel", "1")) {
            first.await("the first worker's first chunk", () -> chunks(first) >= 1);
            try (ChildJvm late = ChildJvm.start(dir, "late", List.of(), "worker", "--join", address, "--parallel", "1")) {
                late.await("a chunk for the worker that joined late", () -> chunks(late) >= 1);
                int held = chunks(first);
                first.await("a chunk the first worker is still running", () -> chunks(first) > held);
                first.process().destroyForcibly(); // SIGKILL: its chunk is lost with it
                first.exitStatus();
                assertEquals(ExitCodes.OK, coordinator.exitStatus(), coordinator.err());
                assertEquals(ExitCodes.OK, late.exitStatus(), late.err());
            }
            String log = Files.readString(out.resolve(SweepFolder.LOG));
            assertTrue(log.matches("(?s).*worker \\S+ left; [1-9]\\d* of its runs go to the others.*"),
                    "the killed worker held runs, given to the other: " + log);
        }
        assertSameOutputs(local, out);
    }

    @Test
    void aKilledCoordinatorRestartedWithResumeGoesOnFromItsRunsCsv() throws Exception {
        String address = "127.0.0.1:" + freePort();
        Path out = dir.resolve("out");
        try (ChildJvm coordinator = ChildJvm.start(dir, "coordinator", COORDINATOR_JVM, "sweep", file.toString(),
                "--out", out.toString(), "--cluster", address);
                ChildJvm worker = ChildJvm.start(dir, "worker", COORDINATOR_JVM, "worker", "--join", address,
                        "--parallel", "1")) {
            coordinator.await("rows in runs.csv", () -> ChildJvm.rowCount(out.resolve(SweepFolder.RUNS)) >= 10);
            coordinator.process().destroyForcibly();
            coordinator.exitStatus();
            assertEquals(ExitCodes.RUN_FAILED, worker.exitStatus(), "a worker stops once its coordinator is gone");
            assertTrue(worker.err().contains("chipsim worker: lost the coordinator at " + address), worker.err());
        }
        int before = ChildJvm.rowCount(out.resolve(SweepFolder.RUNS));
        assertTrue(before >= 10 && before < RUNS, before + " rows when the coordinator was killed");
        try (ChildJvm coordinator = ChildJvm.start(dir, "again", COORDINATOR_JVM, "sweep", file.toString(),
                "--out", out.toString(), "--cluster", address, "--resume");
                ChildJvm worker = ChildJvm.start(dir, "worker2", List.of(), "worker", "--join", address)) {
            assertEquals(ExitCodes.OK, coordinator.exitStatus(), coordinator.err());
            assertTrue(coordinator.out().contains("done before"), coordinator.out());
            assertEquals(ExitCodes.OK, worker.exitStatus(), worker.err());
        }
        assertSameOutputs(local, out);
    }

    @Test
    void aWorkerOfAnotherVersionIsRefused() throws Exception {
        String address = "127.0.0.1:" + freePort();
        Path out = dir.resolve("out");
        try (ChildJvm coordinator = ChildJvm.start(dir, "coordinator", COORDINATOR_JVM, "sweep", file.toString(),
                "--out", out.toString(), "--cluster", address);
                ChildJvm other = ChildJvm.start(dir, "other", List.of("-D" + WorkerVersion.PROPERTY + "=0.0.1+other"),
                        "worker", "--join", address)) {
            assertEquals(ExitCodes.BAD_INPUT, other.exitStatus(), other.err());
            assertTrue(other.err().contains("refused this worker: this coordinator runs chipsim "), other.err());
            assertTrue(other.err().contains("the worker chipsim 0.0.1+other"), other.err());
            assertEquals(0, ChildJvm.rowCount(out.resolve(SweepFolder.RUNS)), "the refused worker ran nothing");
        }
    }

    @Test
    void badAddressesAreRefusedWithTheFix() {
        Cli.Result sweep = Cli.run("sweep", file.toString(), "--cluster", "localhost");
        assertEquals(ExitCodes.BAD_INPUT, sweep.status());
        assertTrue(sweep.err().contains("--cluster 'localhost' is not HOST:PORT (e.g. 127.0.0.1:25520)"), sweep.err());
        Cli.Result worker = Cli.run("worker", "--join", "127.0.0.1:99999");
        assertEquals(ExitCodes.BAD_INPUT, worker.status());
        assertTrue(worker.err().contains("the port must be from 1 to 65535"), worker.err());
        Cli.Result traces = Cli.run("sweep", file.toString(), "--cluster", "127.0.0.1:25520", "--keep-traces");
        assertEquals(ExitCodes.BAD_INPUT, traces.status());
        assertTrue(traces.err().contains("--cluster does not take --keep-traces"), traces.err());
    }

    @Test
    void aPortInUseIsRefusedAndTheFolderCanBeResumed() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Path out = dir.resolve("out");
            Cli.Result result = Cli.run("sweep", file.toString(), "--out", out.toString(), "--cluster",
                    "127.0.0.1:" + taken.getLocalPort());
            assertEquals(ExitCodes.BAD_INPUT, result.status(), result.toString());
            assertTrue(result.err().contains("cannot listen at 127.0.0.1:" + taken.getLocalPort()), result.err());
            assertEquals(0, ChildJvm.rowCount(out.resolve(SweepFolder.RUNS)), "nothing ran");
        }
    }

    private static int chunks(ChildJvm worker) {
        return (int) worker.out().lines().filter(l -> l.startsWith("worker: chunk ") && l.endsWith(" runs")).count();
    }

    private static void assertSameOutputs(Path expected, Path actual) throws IOException {
        for (String name : List.of(SweepFolder.RUNS, SweepFolder.SUMMARY, "sweep.resolved.yaml", "datapackage.json")) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(name)), Files.readAllBytes(actual.resolve(name)),
                    name + " of the distributed sweep differs from the local one");
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
