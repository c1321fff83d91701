package chipsim.runner.game;

import chipsim.agents.PolicyRegistry;
import chipsim.market.report.AgentReport;
import chipsim.runner.scenario.Scenario;
import chipsim.runner.sim.QuarterRecord;
import chipsim.runner.sim.RunResult;
import chipsim.runner.sim.Simulation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Runs a game's simulations in one local {@link Simulation}, a few at a time. Each run is
 * deterministic in its scenario and seed, so the results do not depend on the order or the
 * number of runs in flight.
 */
public final class SimulationProfileRunner implements ProfileRunner {

    private final PolicyRegistry registry;
    private final int threads;
    private final int parallel;

    /**
     * @param threads  the actor dispatcher's threads
     * @param parallel runs in flight at once; a bound keeps each run's phases well inside their timeouts
     */
    public SimulationProfileRunner(PolicyRegistry registry, int threads, int parallel) {
        this.registry = registry;
        this.threads = threads;
        this.parallel = parallel;
    }

    @Override
    public List<RunPayoffs> run(List<Scenario> scenarios, Progress progress) {
        AtomicReferenceArray<RunPayoffs> results = new AtomicReferenceArray<>(scenarios.size());
        AtomicInteger next = new AtomicInteger();
        AtomicInteger finished = new AtomicInteger();
        try (Simulation simulation = Simulation.start(threads, registry)) {
            List<CompletableFuture<Void>> lanes = new ArrayList<>();
            for (int lane = 0; lane < Math.min(parallel, scenarios.size()); lane++) {
                lanes.add(lane(simulation, scenarios, next, finished, results, progress));
            }
            CompletableFuture.allOf(lanes.toArray(CompletableFuture[]::new)).join();
        }
        List<RunPayoffs> list = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            list.add(results.get(i));
        }
        return list;
    }

    /** Runs scenarios one after another, taking the next unstarted one each time, until none is left. */
    private static CompletableFuture<Void> lane(Simulation simulation, List<Scenario> scenarios, AtomicInteger next,
            AtomicInteger finished, AtomicReferenceArray<RunPayoffs> results, Progress progress) {
        int i = next.getAndIncrement();
        if (i >= scenarios.size()) {
            return CompletableFuture.completedFuture(null);
        }
        return simulation.run(scenarios.get(i)).toCompletableFuture()
                .handle((result, failure) -> {
                    results.set(i, failure != null ? new RunPayoffs(new TreeMap<>(), "the run did not answer: "
                            + failure.getMessage()) : payoffs(result));
                    progress.done(finished.incrementAndGet(), scenarios.size());
                    return (Void) null;
                })
                .thenCompose(ignored -> lane(simulation, scenarios, next, finished, results, progress));
    }

    /** Each agent's payoff per quarter. */
    public static RunPayoffs payoffs(RunResult result) {
        if (!result.ok()) {
            return new RunPayoffs(new TreeMap<>(), result.error());
        }
        List<QuarterRecord> quarters = result.quarters();
        SortedMap<String, double[]> byAgent = new TreeMap<>();
        for (int q = 0; q < quarters.size(); q++) {
            for (AgentReport report : quarters.get(q).agents()) {
                double[] series = byAgent.computeIfAbsent(report.agentId(), id -> {
                    double[] empty = new double[quarters.size()];
                    Arrays.fill(empty, Double.NaN);
                    return empty;
                });
                series[q] = report.payoff();
            }
        }
        return new RunPayoffs(byAgent, null);
    }
}
