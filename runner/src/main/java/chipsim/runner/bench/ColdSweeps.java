package chipsim.runner.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Whole sweeps from the command line, each in fresh JVMs, so the JIT's warm-up counts as it does
 * for a user: one local JVM with all cores, and the same sweep on a coordinator plus two local
 * worker JVMs of one thread each. The children get this JVM's options (the launcher's), and both
 * sweeps' runs.csv must be byte-identical.
 */
final class ColdSweeps {

    /** Seconds from starting the JVMs to the sweep's exit, and its runs.csv. */
    record Timed(double seconds, byte[] runs) {}

    private final Path dir;
    private final int runs;
    private final int quarters;

    ColdSweeps(Path dir, int runs, int quarters) {
        this.dir = dir;
        this.runs = runs;
        this.quarters = quarters;
    }

    Path sweepFile() throws IOException {
        return Files.writeString(dir.resolve("cold.yaml"), String.join("\n",
                "name: cold",
                "base: bundled:baseline",
                quarters > 0 ? "quarters: " + quarters : "",
                "seed: 1",
                "replications: " + runs,
                "axes:",
                "  washington.params.revenueShare: {values: [0.25]}",
                ""));
    }

    Timed local(int parallel) throws IOException, InterruptedException {
        Path out = dir.resolve("local");
        long start = System.nanoTime();
        Process sweep = start("local", "sweep", sweepFile().toString(), "--out", out.toString(), "--parallel",
                Integer.toString(parallel));
        await(sweep, "the local sweep");
        return new Timed((System.nanoTime() - start) / 1e9, Files.readAllBytes(out.resolve("runs.csv")));
    }

    Timed cluster(int workers) throws IOException, InterruptedException {
        Path out = dir.resolve("cluster");
        String address = "127.0.0.1:" + freePort();
        long start = System.nanoTime();
        Process coordinator = start("coordinator", "sweep", sweepFile().toString(), "--out", out.toString(),
                "--cluster", address);
        List<Process> started = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            started.add(start("worker-" + w, "worker", "--join", address, "--parallel", "1"));
        }
        try {
            await(coordinator, "the coordinator");
            for (Process worker : started) {
                await(worker, "a worker");
            }
        } finally {
            started.forEach(Process::destroyForcibly);
        }
        return new Timed((System.nanoTime() - start) / 1e9, Files.readAllBytes(out.resolve("runs.csv")));
    }

    static boolean sameRows(Timed a, Timed b) {
        return Arrays.equals(a.runs(), b.runs());
    }

    void clean() throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private Process start(String name, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "chipsim.runner.Main"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectOutput(dir.resolve(name + ".out").toFile())
                .redirectError(dir.resolve(name + ".err").toFile()).start();
    }

    private void await(Process process, String what) throws InterruptedException, IOException {
        if (!process.waitFor(30, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(what + " of the cold-sweep benchmark did not end within 30 minutes");
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(what + " of the cold-sweep benchmark failed (exit " + process.exitValue()
                    + "); its output is in " + dir);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
