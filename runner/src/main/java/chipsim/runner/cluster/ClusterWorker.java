package chipsim.runner.cluster;

import akka.actor.typed.ActorRef;
import akka.actor.typed.ActorSystem;
import akka.actor.typed.Props;
import akka.actor.typed.javadsl.AskPattern;
import akka.actor.typed.javadsl.Behaviors;
import akka.actor.typed.receptionist.Receptionist;
import akka.cluster.typed.Cluster;
import akka.cluster.typed.Leave;
import chipsim.agents.PolicyRegistry;
import chipsim.runner.engine.RunEngine;
import chipsim.runner.output.Csv;
import chipsim.runner.scenario.Scenario;
import chipsim.runner.scenario.ScenarioException;
import chipsim.runner.scenario.ScenarioLoader;
import chipsim.runner.sim.Simulation;
import chipsim.runner.sweep.MetricSet;
import chipsim.runner.sweep.RunSpec;
import chipsim.runner.sweep.RunsTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * A worker: joins a coordinator's cluster, then asks for chunks of runs, runs each chunk through
 * the local {@link RunEngine} and sends back one runs.csv line per run, until the sweep is done.
 */
public final class ClusterWorker {

    /** Exit statuses, as the command reports them. */
    public static final int DONE = 0;
    public static final int LOST = 1;
    public static final int REFUSED = 2;

    /** How long a worker looks for its coordinator before it gives up. */
    static final Duration FIND = Duration.ofSeconds(60);
    /** An answer to a request is immediate; a longer silence means the coordinator is gone. */
    static final Duration ANSWER = Duration.ofSeconds(30);
    /** How long a worker waits before asking again when every remaining run is out with others. */
    static final long WAIT_MILLIS = 200;

    private final ClusterNode.HostPort coordinatorAddress;
    private final ClusterNode.HostPort self;
    private final int parallel;
    private final PolicyRegistry registry;
    private final String version;
    private final PrintWriter out;
    private final PrintWriter err;

    public ClusterWorker(ClusterNode.HostPort coordinatorAddress, String host, int parallel, PolicyRegistry registry,
            String version, PrintWriter out, PrintWriter err) {
        this.coordinatorAddress = coordinatorAddress;
        this.self = new ClusterNode.HostPort(host != null ? host : ClusterNode.addressFacing(coordinatorAddress), 0);
        this.parallel = parallel;
        this.registry = registry;
        this.version = version;
        this.out = out;
        this.err = err;
    }

    public int run() throws InterruptedException {
        ActorSystem<Void> system = ActorSystem.create(Behaviors.empty(), ClusterNode.SYSTEM,
                ClusterNode.config(self, coordinatorAddress));
        try {
            return serve(system);
        } finally {
            Cluster cluster = Cluster.get(system);
            cluster.manager().tell(Leave.create(cluster.selfMember().address()));
            system.terminate();
            try {
                system.getWhenTerminated().toCompletableFuture().get(15, TimeUnit.SECONDS);
            } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                // Leaving: nothing of the sweep is held here.
            }
        }
    }

    private int serve(ActorSystem<Void> system) throws InterruptedException {
        ActorRef<Coordinator.Command> coordinator = find(system);
        if (coordinator == null) {
            err.println("chipsim worker: no coordinator answered at " + coordinatorAddress + " within "
                    + FIND.toSeconds() + " s; start chipsim sweep FILE --cluster " + coordinatorAddress
                    + " there first (or check the address and that the port is open)");
            return LOST;
        }
        String id = Cluster.get(system).selfMember().address().toString();
        ActorRef<Coordinator.Reply> presence = system.systemActorOf(Behaviors.ignore(), "presence", Props.empty());
        Coordinator.Reply answer = ask(system, coordinator, r -> new Coordinator.Join(version, id, presence, r));
        if (answer == null) {
            return lost(system);
        }
        if (answer instanceof Coordinator.Refused refused) {
            err.println("chipsim worker: the coordinator at " + coordinatorAddress + " refused this worker: "
                    + refused.reason());
            return REFUSED;
        }
        Coordinator.Welcome welcome = (Coordinator.Welcome) answer;
        out.printf("worker %s joined the sweep at %s, %d runs at a time%n", id, coordinatorAddress, parallel);
        out.flush();
        RunsTable table = new RunsTable(List.of(), MetricSet.of(welcome.metrics()), welcome.sweepHash(),
                welcome.version());
        try (Simulation simulation = Simulation.start(parallel, registry)) {
            return work(system, coordinator, id, welcome, table, new RunEngine(simulation, parallel,
                    table.metrics().runInputs()));
        }
    }

    private int work(ActorSystem<Void> system, ActorRef<Coordinator.Command> coordinator, String id,
            Coordinator.Welcome welcome, RunsTable table, RunEngine engine) throws InterruptedException {
        ScenarioLoader loader = new ScenarioLoader(registry);
        Map<Integer, Scenario> scenarios = new HashMap<>();
        double rate = 0;
        int done = 0;
        while (true) {
            double lastRate = rate;
            Coordinator.Reply answer = ask(system, coordinator,
                    r -> new Coordinator.Request(welcome.sweepHash(), id, lastRate, r));
            if (answer == null) {
                return lost(system);
            } else if (answer instanceof Coordinator.Refused refused) {
                err.println("chipsim worker: the coordinator at " + coordinatorAddress + " refused this worker: "
                        + refused.reason());
                return REFUSED;
            } else if (answer instanceof Coordinator.Finished) {
                out.printf("worker %s: the sweep is finished; %d runs made here%n", id, done);
                out.flush();
                return DONE;
            } else if (answer instanceof Coordinator.Wait) {
                Thread.sleep(WAIT_MILLIS);
                continue;
            }
            Coordinator.Chunk chunk = (Coordinator.Chunk) answer;
            out.printf("worker: chunk %d of %d runs%n", chunk.id(), chunk.runs().size());
            out.flush();
            for (Map.Entry<Integer, String> text : chunk.scenarios().entrySet()) {
                try {
                    scenarios.put(text.getKey(), loader.load("point " + text.getKey() + " of the sweep at "
                            + coordinatorAddress, new StringReader(text.getValue()), false, List.of()));
                } catch (ScenarioException e) {
                    err.println("chipsim worker: point " + text.getKey() + "'s scenario cannot run here (a policy "
                            + "jar the coordinator has? give the worker the same --policy-jar):");
                    err.println(e.getMessage());
                    return REFUSED;
                }
            }
            List<RunSpec> runs = new ArrayList<>();
            for (Coordinator.ChunkRun run : chunk.runs()) {
                runs.add(new RunSpec(Json.point(run.point(), run.values()), run.replication(), run.seed(),
                        scenarios.get(run.point()).withSeed(run.seed())));
            }
            long start = System.nanoTime();
            List<Coordinator.Result> results = new ArrayList<>();
            try {
                engine.run(runs, (run, result) -> line(table.row(run, result)), finished -> results.add(
                        new Coordinator.Result(finished.run().point().id(), finished.run().seed(),
                                finished.result().ok(), finished.prepared())), false, () -> { });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            rate = runs.size() / Math.max(seconds, 1e-3);
            done += runs.size();
            coordinator.tell(new Coordinator.Results(chunk.id(), id, results));
            out.printf("worker: chunk %d done in %.2f s%n", chunk.id(), seconds);
            out.flush();
        }
    }

    private int lost(ActorSystem<Void> system) {
        err.println("chipsim worker: lost the coordinator at " + coordinatorAddress + " (it stopped or cannot be "
                + "reached); its runs.csv keeps every run it recorded, and chipsim sweep --resume goes on from there");
        return LOST;
    }

    private static String line(List<String> fields) {
        StringWriter text = new StringWriter();
        try {
            Csv.row(text, fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private ActorRef<Coordinator.Command> find(ActorSystem<Void> system) throws InterruptedException {
        long deadline = System.nanoTime() + FIND.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                Receptionist.Listing listing = AskPattern.<Receptionist.Command, Receptionist.Listing>ask(
                        system.receptionist(), r -> Receptionist.find(Coordinator.KEY, r), Duration.ofSeconds(5),
                        system.scheduler()).toCompletableFuture().get();
                for (ActorRef<Coordinator.Command> found : listing.getServiceInstances(Coordinator.KEY)) {
                    return found;
                }
            } catch (ExecutionException e) {
                // Not yet in the cluster: look again.
            }
            Thread.sleep(WAIT_MILLIS);
        }
        return null;
    }

    private static Coordinator.Reply ask(ActorSystem<Void> system, ActorRef<Coordinator.Command> coordinator,
            akka.japi.function.Function<ActorRef<Coordinator.Reply>, Coordinator.Command> message)
            throws InterruptedException {
        if (system.getWhenTerminated().toCompletableFuture().isDone()) {
            return null; // downed: the split-brain resolver removed this worker from the cluster
        }
        try {
            // Bounded here too: a system shut down by its own downing may never fire the ask's timeout.
            return AskPattern.ask(coordinator, message, ANSWER, system.scheduler()).toCompletableFuture()
                    .get(ANSWER.toSeconds() + 5, TimeUnit.SECONDS);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            return null;
        }
    }
}
