package chipsim.runner.engine;

import chipsim.runner.scenario.Scenario;
import chipsim.runner.sim.RunInputs;
import chipsim.runner.sim.RunResult;
import chipsim.runner.sim.Simulation;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

/**
 * The one engine every many-run command submits its runs to (sweep, sensitivity designs, simulated
 * games, calibration, compare, bench): many simulations at once in one {@link Simulation} (one
 * ActorSystem, each run a subtree of actors), at most {@code parallel} in flight. Results are
 * handed to the caller's thread one at a time as runs finish, so writing them needs no locking. A
 * run's outcome depends only on its scenario and seed, never on what else is in flight, which is
 * why no command's results depend on {@code parallel}.
 */
public final class RunEngine {

    /** One run to make: a complete scenario with its seed, and whatever names it for the caller. */
    public interface Job {
        Scenario scenario();
    }

    /** A finished run: its job, its result and whatever the caller prepared from them off its own thread. */
    public record Finished<J extends Job, T>(J run, RunResult result, T prepared) {}

    /** What the caller does with each finished run, on the caller's thread. */
    public interface Sink<J extends Job, T> {
        void accept(Finished<J, T> finished) throws IOException;
    }

    /** How the engine stopped. */
    public record Outcome(int finished, int failed, boolean stoppedEarly) {}

    /** How often a waiting engine calls {@code onTick}: often enough for a plain progress line to be on time. */
    public static final Duration TICK = PlainProgress.EVERY.dividedBy(10);

    private final Simulation simulation;
    private final int parallel;
    private final Duration tick;
    private final RunInputs inputs;

    public RunEngine(Simulation simulation, int parallel) {
        this(simulation, parallel, TICK, RunInputs.LEAN);
    }

    /** @param inputs what every run takes besides its scenario (a sweep's: {@code MetricSet.runInputs}) */
    public RunEngine(Simulation simulation, int parallel, RunInputs inputs) {
        this(simulation, parallel, TICK, inputs);
    }

    /** @param tick how often {@code onTick} runs while waiting, for progress lines */
    public RunEngine(Simulation simulation, int parallel, Duration tick, RunInputs inputs) {
        this.simulation = simulation;
        this.parallel = parallel;
        this.tick = tick;
        this.inputs = inputs;
    }

    /**
     * @param prepare runs on an actor thread as each run finishes, so per-run work (metrics,
     *                hashing) spreads over the cores instead of queueing on the caller's thread
     * @param failFast stop starting runs after the first failure; runs in flight still finish and are handed over
     */
    public <J extends Job, T> Outcome run(List<J> runs, BiFunction<J, RunResult, T> prepare, Sink<J, T> sink,
            boolean failFast, Runnable onTick) throws IOException, InterruptedException {
        BlockingQueue<Finished<J, T>> done = new LinkedBlockingQueue<>();
        int next = 0;
        int inFlight = 0;
        int finished = 0;
        int failed = 0;
        boolean stopping = false;
        while (inFlight > 0 || (!stopping && next < runs.size())) {
            while (!stopping && inFlight < parallel && next < runs.size()) {
                start(runs.get(next++), prepare, done);
                inFlight++;
            }
            Finished<J, T> one = done.poll(tick.toMillis(), TimeUnit.MILLISECONDS);
            if (one == null) {
                onTick.run();
                continue;
            }
            inFlight--;
            finished++;
            if (!one.result().ok()) {
                failed++;
                stopping |= failFast;
            }
            sink.accept(one);
        }
        return new Outcome(finished, failed, next < runs.size());
    }

    /** Runs every job and returns the prepared results in the jobs' order, failed runs included. */
    public <J extends Job, T> List<T> runAll(List<J> runs, BiFunction<J, RunResult, T> prepare, Progress progress)
            throws InterruptedException {
        java.util.IdentityHashMap<J, Integer> order = new java.util.IdentityHashMap<>();
        for (int i = 0; i < runs.size(); i++) {
            order.put(runs.get(i), i);
        }
        Object[] results = new Object[runs.size()];
        try {
            run(runs, prepare, finished -> {
                results[order.get(finished.run())] = finished.prepared();
                progress.step(!finished.result().ok());
            }, false, progress::tick);
        } catch (IOException e) {
            throw new IllegalStateException("a sink that writes nothing failed", e);
        }
        @SuppressWarnings("unchecked")
        List<T> list = (List<T>) java.util.Arrays.asList(results);
        return list;
    }

    private <J extends Job, T> void start(J run, BiFunction<J, RunResult, T> prepare,
            BlockingQueue<Finished<J, T>> done) {
        // On the actor system's own threads: a stage's plain whenComplete would hand the callback to
        // the JDK's common pool, which on 2 cores starts a new thread for every run.
        simulation.run(run.scenario(), inputs).whenCompleteAsync((result, failure) -> {
            RunResult outcome = result != null ? result
                    : new RunResult(run.scenario(), List.of(), "the run did not answer: " + failure.getMessage());
            T prepared;
            try {
                prepared = prepare.apply(run, outcome);
            } catch (RuntimeException e) {
                outcome = new RunResult(run.scenario(), List.of(), "its results could not be read: " + e);
                prepared = prepare.apply(run, outcome);
            }
            done.add(new Finished<>(run, outcome, prepared));
        }, simulation.executor());
    }
}
