package chipsim.runner.sim;

import akka.actor.typed.ActorRef;
import akka.actor.typed.ActorSystem;
import akka.actor.typed.Behavior;
import akka.actor.typed.javadsl.AskPattern;
import akka.actor.typed.javadsl.Behaviors;
import chipsim.agents.PolicyRegistry;
import chipsim.agents.decision.PolicyWatch;
import chipsim.runner.scenario.Scenario;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * One ActorSystem that runs simulations: each run is a subtree (a {@link Clock} and its
 * participants) under the system's guardian, so many runs share one system and its threads.
 */
public final class Simulation implements AutoCloseable {

    /** Asks the guardian to start one run; the clock answers the run's result to {@code replyTo}. */
    public record StartRun(RunPlan plan, ActorRef<RunResult> replyTo) {}

    private final ActorSystem<StartRun> system;
    private final PolicyRegistry registry;
    private final PolicyWatch watch = new PolicyWatch();

    private Simulation(ActorSystem<StartRun> system, PolicyRegistry registry) {
        this.system = system;
        this.registry = registry;
    }

    /**
     * @param threads dispatcher threads; results do not depend on it (determinism), only speed
     */
    public static Simulation start(int threads, PolicyRegistry registry) {
        Config config = ConfigFactory.parseString(
                "akka.actor.default-dispatcher.fork-join-executor.parallelism-min = " + threads + "\n"
                        + "akka.actor.default-dispatcher.fork-join-executor.parallelism-max = " + threads + "\n")
                .withFallback(ConfigFactory.load());
        return new Simulation(ActorSystem.create(guardian(), "chipsim", config), registry);
    }

    private static Behavior<StartRun> guardian() {
        return Behaviors.setup(ctx -> {
            long[] counter = {0};
            return Behaviors.receiveMessage(start -> {
                counter[0]++;
                ctx.spawn(Clock.create(start.plan(), start.replyTo()), "run-" + counter[0]);
                return Behaviors.same();
            });
        });
    }

    /** Starts a run on its policies, keeping no decision log; the stage completes with its result, failed runs included. */
    public CompletionStage<RunResult> run(Scenario scenario) {
        return run(scenario, RunInputs.LEAN);
    }

    /** Starts a run with the given deciders and log; the stage completes with its result, failed runs included. */
    public CompletionStage<RunResult> run(Scenario scenario, RunInputs inputs) {
        RunPlan plan;
        try {
            plan = RunPlan.of(scenario, registry, inputs, watch);
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(new RunResult(scenario, java.util.List.of(),
                    "the run could not be set up: " + e.getMessage()));
        }
        // The clock fails a run whose barrier misses its timeout; this outer bound only guards
        // against the clock itself never answering.
        Duration bound = Duration.ofMillis((scenario.phaseTimeoutMillis() + scenario.decisionTimeoutMillis())
                * (scenario.quarters() * 12L + 2) + 60_000);
        return AskPattern.<StartRun, RunResult>ask(system, replyTo -> new StartRun(plan, replyTo), bound,
                system.scheduler());
    }

    /** Runs one scenario to its end and returns the result. */
    public RunResult runToEnd(Scenario scenario) {
        return runToEnd(scenario, RunInputs.LEAN);
    }

    /** Runs one scenario to its end with the given deciders and log, and returns the result. */
    public RunResult runToEnd(Scenario scenario, RunInputs inputs) {
        try {
            return run(scenario, inputs).toCompletableFuture().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new RunResult(scenario, java.util.List.of(), "interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            return new RunResult(scenario, java.util.List.of(), "the run did not answer: " + e.getCause().getMessage());
        }
    }

    /** The actor system's dispatcher, for work on a run's result that should share the simulation's threads. */
    public java.util.concurrent.Executor executor() {
        return system.executionContext();
    }

    public PolicyRegistry registry() {
        return registry;
    }

    @Override
    public void close() {
        watch.close();
        system.terminate();
        try {
            system.getWhenTerminated().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            // Shutting down: nothing left to save.
        }
    }
}
