package chipsim.runner.game;

import chipsim.agents.PolicyRegistry;
import chipsim.market.report.AgentReport;
import chipsim.runner.engine.RunEngine;
import chipsim.runner.scenario.Scenario;
import chipsim.runner.sim.QuarterRecord;
import chipsim.runner.sim.RunInputs;
import chipsim.runner.sim.RunResult;
import chipsim.runner.sim.Simulation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a game's simulations through the one {@link RunEngine}, a few at a time: a simulated game
 * is a grid over strategy profiles. Each run is deterministic in its scenario and seed, so the
 * results do not depend on the order or the number of runs in flight.
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

    /** One run of the game: a profile's scenario with one replication's seed. */
    private record ProfileRun(Scenario scenario) implements RunEngine.Job {}

    @Override
    public List<RunPayoffs> run(List<Scenario> scenarios, Progress progress) {
        List<ProfileRun> runs = scenarios.stream().map(ProfileRun::new).toList();
        AtomicInteger finished = new AtomicInteger();
        chipsim.runner.engine.Progress counted = new chipsim.runner.engine.Progress() {
            @Override
            public void step(boolean failed) {
                progress.done(finished.incrementAndGet(), scenarios.size());
            }

            @Override
            public void tick() {}

            @Override
            public void close() {}
        };
        try (Simulation simulation = Simulation.start(threads, registry)) {
            // Payoffs only: the market's left-on-table diagnostic is not measured.
            return new RunEngine(simulation, parallel, RunInputs.LEAN.withoutLeftOnTable())
                    .runAll(runs, (run, result) -> payoffs(result), counted);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the game's runs ran", e);
        }
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
