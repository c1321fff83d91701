package chipsim.runner.bench;

import chipsim.agents.PolicyRegistry;
import chipsim.runner.Version;
import chipsim.runner.scenario.Scenario;
import chipsim.runner.sim.RunResult;
import chipsim.runner.sim.Simulation;
import chipsim.runner.sweep.MetricProbe;
import chipsim.runner.sweep.MetricSet;
import chipsim.runner.sweep.Point;
import chipsim.runner.sweep.RunSpec;
import chipsim.runner.sweep.RunsTable;
import chipsim.runner.engine.Seeds;
import chipsim.runner.engine.RunEngine;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * chipsim bench: the figures docs/performance.md records, measured on this machine. Every
 * figure is wall-clock time of warmed-up code, so the JIT's first minutes do not count against
 * the simulation.
 */
public final class Bench {

    private final BenchSettings settings;
    private final PolicyRegistry registry;
    private final PrintWriter out;
    private final int cores = Runtime.getRuntime().availableProcessors();

    public Bench(BenchSettings settings, PolicyRegistry registry, PrintWriter out) {
        this.settings = settings;
        this.registry = registry;
        this.out = out;
    }

    public void run(Scenario baseline) throws IOException, InterruptedException {
        Scenario base = settings.baselineQuarters() > 0 ? baseline.truncated(settings.baselineQuarters()) : baseline;
        out.printf("chipsim bench: chipsim %s, Java %s, %d cores, max heap %d MB%n", Version.get(),
                System.getProperty("java.version"), cores, Runtime.getRuntime().maxMemory() >> 20);
        out.flush();
        double simulationRate = baselineRun(base);
        sweeps(base);
        scaling(baseline);
        engine(simulationRate);
        coldSweeps();
    }

    /** A whole sweep from the command line in a cold JVM, then the same sweep on a coordinator and two workers. */
    private void coldSweeps() throws IOException, InterruptedException {
        ColdSweeps cold = new ColdSweeps(Files.createTempDirectory("chipsim-bench-"), settings.coldRuns(),
                settings.coldQuarters());
        try {
            ColdSweeps.Timed local = cold.local(cores);
            out.printf("cold sweep            %d baseline runs from the command line, a fresh JVM, parallel %d: "
                    + "%.1f s, %.1f runs/s%n", settings.coldRuns(), cores, local.seconds(),
                    settings.coldRuns() / local.seconds());
            out.flush();
            ColdSweeps.Timed cluster = cold.cluster(2);
            out.printf("cluster sweep         the same on a coordinator and 2 local workers of 1 thread: %.1f s, "
                    + "%.1f runs/s, %.2f of the local JVM's rate; runs.csv %s%n", cluster.seconds(),
                    settings.coldRuns() / cluster.seconds(), local.seconds() / cluster.seconds(),
                    ColdSweeps.sameRows(local, cluster) ? "byte-identical" : "DIFFERS (not deterministic)");
            out.flush();
            if (!ColdSweeps.sameRows(local, cluster)) {
                throw new IllegalStateException("the distributed sweep's runs.csv differs from the local one");
            }
        } finally {
            cold.clean();
        }
    }

    /** @return the baseline's messages per second */
    private double baselineRun(Scenario base) {
        try (Simulation simulation = Simulation.start(cores, registry)) {
            long warmUpEnd = System.nanoTime() + (long) (settings.warmUpSeconds() * 1e9);
            int warmUpRuns = 0;
            do {
                simulation.runToEnd(base.withSeed(warmUpRuns++));
            } while (System.nanoTime() < warmUpEnd);
            out.printf("warm-up               %d baseline runs (%.0f s), so the JIT has compiled the hot code%n",
                    warmUpRuns, settings.warmUpSeconds());
            double[] seconds = new double[settings.baselineRepeats()];
            RunResult result = null;
            long cpu = CpuTime.nanos();
            for (int i = 0; i < seconds.length; i++) {
                long start = System.nanoTime();
                result = simulation.runToEnd(base);
                seconds[i] = (System.nanoTime() - start) / 1e9;
                requireOk(result);
            }
            String cpuUsed = CpuTime.since(cpu);
            Arrays.sort(seconds);
            double median = seconds[seconds.length / 2];
            double messagesPerSecond = result.messageCount() / median;
            out.printf("baseline run          %d quarters, %d agents, %d messages: %.1f ms (median of %d), "
                            + "%.0f quarters/s, %.0f messages/s; %s for the %d runs%n", base.quarters(),
                    base.agents().size(), result.messageCount(), median * 1e3, seconds.length,
                    base.quarters() / median, messagesPerSecond, cpuUsed, seconds.length);
            out.flush();
            return messagesPerSecond;
        }
    }

    private void sweeps(Scenario base) throws IOException, InterruptedException {
        double one = sweepRate(base, 1);
        double all = sweepRate(base, cores);
        out.printf("sweep of the baseline %d runs: %.1f runs/s at parallel 1, %.1f runs/s at parallel %d, "
                + "speed-up %.2f%n", settings.sweepRuns(), one, all, cores, all / one);
        out.printf("                      CPU per run: %s at parallel 1, %s at parallel %d%n",
                cpuPerRun[0], cpuPerRun[1], cores);
        out.flush();
    }

    /** CPU per timed sweep run, at parallel 1 and at all cores, for the line under the sweep figures. */
    private final String[] cpuPerRun = new String[2];

    /** Runs per second of a sweep engine over the baseline with distinct seeds, rows prepared as a sweep does. */
    private double sweepRate(Scenario base, int parallel) throws IOException, InterruptedException {
        try (Simulation simulation = Simulation.start(parallel, registry)) {
            RunsTable table;
            try {
                table = new RunsTable(List.of(), MetricSet.defaults(MetricProbe.columns(simulation, base),
                        MetricProbe.agentIds(base)), "", Version.get());
            } catch (MetricProbe.Failed e) {
                throw new IllegalStateException(e.getMessage());
            }
            RunEngine engine = new RunEngine(simulation, parallel, Duration.ofSeconds(1), table.metrics().runInputs());
            // Untimed runs on other seeds first: a fresh actor system's threads and pools start cold.
            long warmUpEnd = System.nanoTime() + (long) (settings.sweepWarmUpSeconds() * 1e9);
            long warmUpSeed = 1_000;
            do {
                engine.run(runs(base, parallel * 2, warmUpSeed++), table::row, f -> { }, false, () -> { });
            } while (System.nanoTime() < warmUpEnd);
            List<RunSpec> runs = runs(base, settings.sweepRuns(), 2);
            int[] failed = {0};
            long cpu = CpuTime.nanos();
            long start = System.nanoTime();
            engine.run(runs, table::row, f -> failed[0] += f.result().ok() ? 0 : 1, false, () -> { });
            double seconds = (System.nanoTime() - start) / 1e9;
            long cpuNow = CpuTime.nanos();
            cpuPerRun[parallel == 1 ? 0 : 1] = cpu < 0 ? "n/a" : String.format("%.1f ms", (cpuNow - cpu) / 1e6 / runs.size());
            if (failed[0] > 0) {
                throw new IllegalStateException(failed[0] + " baseline runs failed in the sweep benchmark");
            }
            return runs.size() / seconds;
        }
    }

    private static List<RunSpec> runs(Scenario base, int count, long sweepSeed) {
        Point point = new Point(1, List.of());
        List<RunSpec> runs = new ArrayList<>();
        List<Long> seeds = Seeds.derive(sweepSeed, count);
        for (int i = 0; i < count; i++) {
            runs.add(new RunSpec(point, i + 1, seeds.get(i), base.withSeed(seeds.get(i))));
        }
        return runs;
    }

    private void scaling(Scenario baseline) {
        int quarters = settings.scalingQuarters();
        out.printf("scaling               the baseline plus synthetic small buyers, %d quarters each:%n", quarters);
        try (Simulation simulation = Simulation.start(cores, registry)) {
            requireOk(simulation.runToEnd(SyntheticBuyers.grow(baseline, quarters, settings.extraBuyers().get(0))));
            for (int extra : settings.extraBuyers()) {
                Scenario grown = SyntheticBuyers.grow(baseline, quarters, extra);
                HeapPeak.reset();
                long cpu = CpuTime.nanos();
                long start = System.nanoTime();
                RunResult result = simulation.runToEnd(grown);
                double seconds = (System.nanoTime() - start) / 1e9;
                long heap = HeapPeak.bytes();
                requireOk(result);
                out.printf("  +%-6d buyers %6d agents: %8.2f s (%s), %9.0f messages/s, %5.1f messages per agent-quarter,"
                                + " peak heap %5d MB%n", extra, grown.agents().size(), seconds, CpuTime.since(cpu),
                        result.messageCount() / seconds,
                        result.messageCount() / (double) grown.agents().size() / quarters, heap >> 20);
                out.flush();
            }
        }
    }

    private void engine(double simulationRate) throws InterruptedException {
        int messages = settings.pingPongMessages();
        PingPong.messagesPerSecond(cores, cores, messages / 4);
        double onePair = PingPong.messagesPerSecond(cores, 1, messages);
        double pairs = PingPong.messagesPerSecond(cores, cores, messages);
        out.printf("akka ping-pong        %.0f messages/s with 1 pair, %.0f messages/s with %d pairs (typed actors, "
                + "this JVM, %d threads)%n", onePair, pairs, cores, cores);
        out.printf("one baseline run moves %.1f%% of the messages per second of one ping-pong pair%n",
                100 * simulationRate / onePair);
        out.flush();
    }

    private static void requireOk(RunResult result) {
        if (!result.ok()) {
            throw new IllegalStateException("a benchmark run failed: " + result.error());
        }
    }
}
