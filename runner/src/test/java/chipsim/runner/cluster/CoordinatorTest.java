package chipsim.runner.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import akka.actor.testkit.typed.javadsl.ActorTestKit;
import akka.actor.testkit.typed.javadsl.TestProbe;
import akka.actor.typed.ActorRef;
import akka.actor.typed.javadsl.Behaviors;
import chipsim.agents.PolicyRegistry;
import chipsim.runner.scenario.Scenario;
import chipsim.runner.scenario.ScenarioLoader;
import chipsim.runner.sweep.Point;
import chipsim.runner.sweep.RunSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The coordinator's bookkeeping, with probes for workers: every run recorded once, a dead worker's runs handed on. */
class CoordinatorTest {

    static final ActorTestKit testKit = ActorTestKit.create();
    static List<RunSpec> runs;

    @BeforeAll
    static void runs() throws Exception {
        Scenario base = new ScenarioLoader(PolicyRegistry.standard()).loadBundled(ScenarioLoader.BUNDLED_BASELINE,
                List.of());
        runs = new ArrayList<>();
        for (int r = 1; r <= 20; r++) {
            runs.add(new RunSpec(new Point(1 + (r - 1) / 10, List.of()), r, 100 + r, base.withSeed(100 + r)));
        }
    }

    @AfterAll
    static void stop() {
        testKit.shutdownTestKit();
    }

    /** What the recorder saw, in order. */
    static final class Record implements Coordinator.Recorder {
        final List<String> lines = Collections.synchronizedList(new ArrayList<>());
        final List<String> mismatches = Collections.synchronizedList(new ArrayList<>());
        volatile boolean all;

        @Override
        public void record(String line, boolean ok) {
            lines.add(line);
        }

        @Override
        public void mismatch(String run, String second) {
            mismatches.add(run);
        }

        @Override
        public void allRecorded() {
            all = true;
        }
    }

    @Test
    void aDeadWorkersRunsGoToAnotherAndADuplicateIsComparedNotRecorded() {
        Record record = new Record();
        Coordinator.Welcome welcome = new Coordinator.Welcome("hash", "v1", List.of("payoff.nvidia"));
        ActorRef<Coordinator.Command> coordinator = testKit.spawn(
                Coordinator.create("v1", welcome, runs, run -> "yaml of point " + run.point().id(), record));
        TestProbe<Coordinator.Reply> first = testKit.createTestProbe();
        TestProbe<Coordinator.Reply> second = testKit.createTestProbe();
        ActorRef<Coordinator.Reply> firstAlive = testKit.spawn(Behaviors.ignore());
        ActorRef<Coordinator.Reply> secondAlive = testKit.spawn(Behaviors.ignore());

        coordinator.tell(new Coordinator.Join("v1", "first", firstAlive, first.ref()));
        assertEquals(welcome, first.receiveMessage());
        coordinator.tell(new Coordinator.Join("v1", "second", secondAlive, second.ref()));
        assertEquals(welcome, second.receiveMessage());

        coordinator.tell(new Coordinator.Request("hash", "first", 0, first.ref()));
        Coordinator.Chunk lost = assertInstanceOf(Coordinator.Chunk.class, first.receiveMessage());
        assertEquals(8, lost.runs().size(), "a first chunk of 8 runs");
        assertEquals("yaml of point 1", lost.scenarios().get(1), "the point's scenario comes with its first chunk");

        // The first worker dies holding its chunk: the second gets those very runs, first, with the scenario.
        testKit.stop(firstAlive);
        Coordinator.Chunk again = null;
        for (int asked = 0; again == null; asked++) {
            assertTrue(asked < 10_000, "the dead worker's runs never came back");
            coordinator.tell(new Coordinator.Request("hash", "second", 100, second.ref()));
            Coordinator.Reply reply = second.receiveMessage();
            if (reply instanceof Coordinator.Chunk chunk && chunk.runs().get(0).seed() == lost.runs().get(0).seed()) {
                again = chunk;
            } else if (reply instanceof Coordinator.Chunk other) {
                answer(coordinator, other, "");
            }
        }
        assertEquals(lost.runs(), again.runs().subList(0, lost.runs().size()));
        answer(coordinator, again, "");
        // A late copy of the dead worker's results: the same bytes are ignored, other bytes are reported.
        answer(coordinator, lost, "");
        answer(coordinator, new Coordinator.Chunk(lost.id(), lost.runs().subList(0, 1), lost.scenarios()), "changed");
        finishAll(coordinator, second);

        assertTrue(record.all);
        assertEquals(20, record.lines.size(), "every run recorded once: " + record.lines);
        assertEquals(20, record.lines.stream().distinct().count());
        assertEquals(List.of("point 1 seed " + lost.runs().get(0).seed()), record.mismatches);
        coordinator.tell(new Coordinator.Request("hash", "second", 100, second.ref()));
        assertEquals(Coordinator.Finished.INSTANCE, second.receiveMessage());
    }

    @Test
    void anotherVersionOrAnotherSweepIsRefused() {
        Coordinator.Welcome welcome = new Coordinator.Welcome("hash", "v1", List.of());
        ActorRef<Coordinator.Command> coordinator = testKit.spawn(
                Coordinator.create("v1", welcome, runs, run -> "", new Record()));
        TestProbe<Coordinator.Reply> worker = testKit.createTestProbe();
        ActorRef<Coordinator.Reply> alive = testKit.spawn(Behaviors.ignore());
        coordinator.tell(new Coordinator.Join("v2", "w", alive, worker.ref()));
        Coordinator.Refused version = assertInstanceOf(Coordinator.Refused.class, worker.receiveMessage());
        assertTrue(version.reason().contains("chipsim v1, the worker chipsim v2"), version.reason());
        coordinator.tell(new Coordinator.Join("v1", "w", alive, worker.ref()));
        worker.expectMessage(welcome);
        coordinator.tell(new Coordinator.Request("other-hash", "w", 0, worker.ref()));
        Coordinator.Refused sweep = assertInstanceOf(Coordinator.Refused.class, worker.receiveMessage());
        assertTrue(sweep.reason().contains("serves another sweep"), sweep.reason());
    }

    private static void finishAll(ActorRef<Coordinator.Command> coordinator, TestProbe<Coordinator.Reply> worker) {
        for (int asked = 0; ; asked++) {
            assertTrue(asked < 10_000, "the sweep never finished");
            coordinator.tell(new Coordinator.Request("hash", "second", 100, worker.ref()));
            Coordinator.Reply reply = worker.receiveMessage();
            if (reply instanceof Coordinator.Chunk chunk) {
                answer(coordinator, chunk, "");
            } else if (reply == Coordinator.Finished.INSTANCE) {
                return;
            }
        }
    }

    /** The worker's answer: one line per run, naming the run, as a worker's rows do. */
    private static void answer(ActorRef<Coordinator.Command> coordinator, Coordinator.Chunk chunk, String mark) {
        List<Coordinator.Result> results = new ArrayList<>();
        for (Coordinator.ChunkRun run : chunk.runs()) {
            results.add(new Coordinator.Result(run.point(), run.seed(), true,
                    run.point() + "," + run.replication() + "," + run.seed() + mark + "\n"));
        }
        coordinator.tell(new Coordinator.Results(chunk.id(), "second", results));
    }
}
