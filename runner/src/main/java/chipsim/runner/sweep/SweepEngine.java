package chipsim.runner.sweep;

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
 * Runs many simulations at once in one {@link Simulation} (one ActorSystem, each run a subtree of
 * actors), keeping at most {@code parallel} in flight. Results are handed to the caller's thread
 * one at a time as runs finish, so writing them needs no locking. A run's outcome depends only on
 * its scenario and seed, never on what else is in flight, which is why the sweep's results do
 * not depend on {@code parallel}.
 */
public final class SweepEngine {

    /** A finished run: its spec, its result and whatever the caller prepared from them off its own thread. */
    public record Finished<T>(RunSpec run, RunResult result, T prepared) {}

    /** What the caller does with each finished run, on the caller's thread. */
    public interface Sink<T> {
        void accept(Finished<T> finished) throws IOException;
    }

    /** How the engine stopped. */
    public record Outcome(int finished, int failed, boolean stoppedEarly) {}

    private final Simulation simulation;
    private final int parallel;
    private final Duration tick;

    /** @param tick how often {@code onTick} runs while waiting, for progress lines */
    public SweepEngine(Simulation simulation, int parallel, Duration tick) {
        this.simulation = simulation;
        this.parallel = parallel;
        this.tick = tick;
    }

    /**
     * @param prepare runs on an actor thread as each run finishes, so per-run work (metrics,
     *                hashing) spreads over the cores instead of queueing on the caller's thread
     * @param failFast stop starting runs after the first failure; runs in flight still finish and are handed over
     */
    public <T> Outcome run(List<RunSpec> runs, BiFunction<RunSpec, RunResult, T> prepare, Sink<T> sink,
            boolean failFast, Runnable onTick) throws IOException, InterruptedException {
        BlockingQueue<Finished<T>> done = new LinkedBlockingQueue<>();
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
            Finished<T> one = done.poll(tick.toMillis(), TimeUnit.MILLISECONDS);
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

    private <T> void start(RunSpec run, BiFunction<RunSpec, RunResult, T> prepare, BlockingQueue<Finished<T>> done) {
        simulation.run(run.scenario()).whenComplete((result, failure) -> {
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
        });
    }
}
