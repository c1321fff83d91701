package chipsim.runner.cluster;

import akka.actor.typed.ActorRef;
import akka.actor.typed.Behavior;
import akka.actor.typed.javadsl.AbstractBehavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Behaviors;
import akka.actor.typed.javadsl.Receive;
import akka.actor.typed.receptionist.Receptionist;
import akka.actor.typed.receptionist.ServiceKey;
import chipsim.runner.sweep.Hashes;
import chipsim.runner.sweep.RunSpec;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Serves one sweep to workers: hands out chunks of runs on request, records each run's runs.csv
 * line exactly once, and gives a dead worker's unfinished runs to the others. A run that comes
 * back twice (its first worker was thought dead) must come back as the same bytes: that is the
 * determinism check the cluster gets for free.
 */
public final class Coordinator extends AbstractBehavior<Coordinator.Command> {

    public static final ServiceKey<Command> KEY = ServiceKey.create(Command.class, "chipsim-sweep");

    public interface Command extends ClusterMessage {}

    public interface Reply extends ClusterMessage {}

    /** A worker asks to take part; {@code presence} is watched, so its death frees its runs. */
    public record Join(String version, String workerId, ActorRef<Reply> presence, ActorRef<Reply> replyTo)
            implements Command {}

    /** What every row of this sweep needs: the metric columns, the sweep's hash and chipsim's version. */
    public record Welcome(String sweepHash, String version, List<String> metrics) implements Reply {}

    public record Refused(String reason) implements Reply {}

    /** The next runs, please; {@code runsPerSecond} (0 before the first chunk) sizes the chunk. */
    public record Request(String sweepHash, String workerId, double runsPerSecond, ActorRef<Reply> replyTo)
            implements Command {}

    /**
     * @param scenarios resolved scenario text (scenario.resolved.yaml) of each point this worker
     *                  has not been sent before, by point id
     */
    public record Chunk(long id, List<ChunkRun> runs, Map<Integer, String> scenarios) implements Reply {}

    /** @param values the point's axis values as a JSON array */
    public record ChunkRun(int point, String values, int replication, long seed) {}

    /** Nothing to hand out now (the rest is out with other workers); ask again shortly. */
    public enum Wait implements Reply { INSTANCE }

    /** Every run is recorded: the worker can stop. */
    public enum Finished implements Reply { INSTANCE }

    /** @param line the run's runs.csv line with its line break */
    public record Result(int point, long seed, boolean ok, String line) {}

    public record Results(long chunkId, String workerId, List<Result> results) implements Command {}

    private record WorkerGone(String workerId) implements Command {}

    /** Where recorded lines go: runs.csv, and the progress display. Called on the actor's thread. */
    public interface Recorder {
        void record(String line, boolean ok);

        /** A run came back with different bytes from two workers; the first is in runs.csv. */
        void mismatch(String run, String second);

        /** Every run is recorded. */
        void allRecorded();
    }

    /** How long a chunk should take a worker: long enough that asking costs nothing, short enough to share the tail. */
    static final double CHUNK_SECONDS = 1.0;
    static final int MAX_CHUNK = 2000;
    /** Resolved scenarios in one chunk: keeps a message well inside Artery's frame size. */
    static final int MAX_SCENARIO_CHARS = 2_000_000;

    private record Assigned(String workerId, List<RunSpec> runs) {}

    private final String version;
    private final Welcome welcome;
    private final Recorder recorder;
    private final ScenarioText scenarioText;
    private final Deque<RunSpec> pending;
    private final Map<Long, Assigned> assigned = new HashMap<>();
    private final Map<String, Integer> workerParallel = new HashMap<>();
    private final Map<String, Set<Integer>> pointsSent = new HashMap<>();
    /** SHA-256 of each recorded line, by run: enough to compare a duplicate, small for 100,000 runs. */
    private final Map<String, String> recorded = new HashMap<>();
    private final int total;
    private long nextChunk = 1;

    /** The resolved text of a run's point scenario, as the worker will load it. */
    public interface ScenarioText {
        String of(RunSpec run);
    }

    private Coordinator(ActorContext<Command> context, String version, Welcome welcome, List<RunSpec> runs,
            ScenarioText scenarioText, Recorder recorder) {
        super(context);
        this.version = version;
        this.welcome = welcome;
        this.recorder = recorder;
        this.scenarioText = scenarioText;
        this.pending = new ArrayDeque<>(runs);
        this.total = runs.size();
        context.getSystem().receptionist().tell(Receptionist.register(KEY, context.getSelf()));
        if (total == 0) {
            recorder.allRecorded();
        }
    }

    public static Behavior<Command> create(String version, Welcome welcome, List<RunSpec> runs,
            ScenarioText scenarioText, Recorder recorder) {
        return Behaviors.setup(ctx -> new Coordinator(ctx, version, welcome, runs, scenarioText, recorder));
    }

    @Override
    public Receive<Command> createReceive() {
        return newReceiveBuilder()
                .onMessage(Join.class, this::onJoin)
                .onMessage(Request.class, this::onRequest)
                .onMessage(Results.class, this::onResults)
                .onMessage(WorkerGone.class, this::onWorkerGone)
                .build();
    }

    private Behavior<Command> onJoin(Join join) {
        if (!join.version().equals(version)) {
            join.replyTo().tell(new Refused("this coordinator runs chipsim " + version + ", the worker chipsim "
                    + join.version() + "; start the worker from the same build (outputs record the version)"));
            return this;
        }
        if (!workerParallel.containsKey(join.workerId())) {
            getContext().watchWith(join.presence(), new WorkerGone(join.workerId()));
            workerParallel.put(join.workerId(), 1);
            pointsSent.put(join.workerId(), new HashSet<>());
            getContext().getLog().info("worker {} joined", join.workerId());
        }
        join.replyTo().tell(welcome);
        return this;
    }

    private Behavior<Command> onRequest(Request request) {
        if (!request.sweepHash().equals(welcome.sweepHash())) {
            request.replyTo().tell(new Refused("this coordinator serves another sweep (sweep hash "
                    + welcome.sweepHash() + ", the worker's " + request.sweepHash() + ")"));
            return this;
        }
        if (!workerParallel.containsKey(request.workerId())) {
            request.replyTo().tell(new Refused("the worker did not join this coordinator (it restarted?); start it again"));
            return this;
        }
        if (recorded.size() == total) {
            request.replyTo().tell(Finished.INSTANCE);
            return this;
        }
        if (pending.isEmpty()) {
            request.replyTo().tell(Wait.INSTANCE);
            return this;
        }
        int size = request.runsPerSecond() > 0
                ? (int) Math.max(1, Math.min(MAX_CHUNK, Math.round(request.runsPerSecond() * CHUNK_SECONDS)))
                : 8;
        Set<Integer> sent = pointsSent.get(request.workerId());
        List<RunSpec> runs = new ArrayList<>();
        List<ChunkRun> chunkRuns = new ArrayList<>();
        Map<Integer, String> scenarios = new HashMap<>();
        int scenarioChars = 0;
        while (runs.size() < size && !pending.isEmpty()) {
            RunSpec run = pending.peekFirst();
            if (recorded.containsKey(key(run.point().id(), run.seed()))) {
                pending.pollFirst();
                continue;
            }
            if (!sent.contains(run.point().id()) && !scenarios.containsKey(run.point().id())) {
                if (!runs.isEmpty() && scenarioChars > MAX_SCENARIO_CHARS) {
                    break;
                }
                String text = scenarioText.of(run);
                scenarios.put(run.point().id(), text);
                scenarioChars += text.length();
            }
            pending.pollFirst();
            runs.add(run);
            chunkRuns.add(new ChunkRun(run.point().id(), Json.values(run.point()), run.replication(), run.seed()));
        }
        if (runs.isEmpty()) {
            request.replyTo().tell(Wait.INSTANCE);
            return this;
        }
        sent.addAll(scenarios.keySet());
        long id = nextChunk++;
        assigned.put(id, new Assigned(request.workerId(), runs));
        request.replyTo().tell(new Chunk(id, chunkRuns, scenarios));
        return this;
    }

    private Behavior<Command> onResults(Results results) {
        assigned.remove(results.chunkId());
        for (Result result : results.results()) {
            String key = key(result.point(), result.seed());
            String first = recorded.get(key);
            String digest = Hashes.sha256(result.line());
            if (first == null) {
                recorded.put(key, digest);
                recorder.record(result.line(), result.ok());
                if (recorded.size() == total) {
                    recorder.allRecorded();
                }
            } else if (!first.equals(digest)) {
                recorder.mismatch("point " + result.point() + " seed " + result.seed(), result.line());
            }
        }
        return this;
    }

    private Behavior<Command> onWorkerGone(WorkerGone gone) {
        workerParallel.remove(gone.workerId());
        pointsSent.remove(gone.workerId());
        List<Long> theirs = assigned.entrySet().stream().filter(e -> e.getValue().workerId().equals(gone.workerId()))
                .map(Map.Entry::getKey).sorted().toList();
        int again = 0;
        // Back to the front, in their order, so the sweep still fills runs.csv roughly in order.
        for (int i = theirs.size() - 1; i >= 0; i--) {
            List<RunSpec> runs = assigned.remove(theirs.get(i)).runs();
            for (int r = runs.size() - 1; r >= 0; r--) {
                if (!recorded.containsKey(key(runs.get(r).point().id(), runs.get(r).seed()))) {
                    pending.addFirst(runs.get(r));
                    again++;
                }
            }
        }
        getContext().getLog().info("worker {} left; {} of its runs go to the others", gone.workerId(), again);
        return this;
    }

    private static String key(int point, long seed) {
        return point + "/" + seed;
    }
}
