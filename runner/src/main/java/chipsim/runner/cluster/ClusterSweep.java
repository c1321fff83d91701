package chipsim.runner.cluster;

import akka.actor.typed.ActorSystem;
import akka.cluster.typed.Cluster;
import chipsim.runner.engine.Progress;
import chipsim.runner.engine.RunEngine;
import chipsim.runner.sweep.RunSpec;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The coordinator's side of a distributed sweep: serves the runs a sweep still lacks to whatever
 * workers join, records each line as it arrives, and returns when every run is recorded.
 */
public final class ClusterSweep {

    /** Where a recorded line goes: runs.csv. */
    public interface LineSink {
        void append(String line) throws IOException;
    }

    /** The coordinator could not open its address. */
    public static final class CannotListen extends IOException {
        CannotListen(String message) {
            super(message);
        }
    }

    /** How long a finished coordinator waits for its workers to hear so and leave. */
    private static final long FAREWELL_MILLIS = 5_000;

    private ClusterSweep() {}

    public static RunEngine.Outcome serve(ClusterNode.HostPort address, String version, Coordinator.Welcome welcome,
            List<RunSpec> runs, Coordinator.ScenarioText scenarioText, LineSink sink, Progress progress,
            PrintWriter err) throws IOException, InterruptedException {
        CompletableFuture<Void> done = new CompletableFuture<>();
        AtomicInteger finished = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicReference<IOException> writeFailure = new AtomicReference<>();
        Coordinator.Recorder recorder = new Coordinator.Recorder() {
            @Override
            public void record(String line, boolean ok) {
                try {
                    sink.append(line);
                } catch (IOException e) {
                    writeFailure.compareAndSet(null, e);
                    done.complete(null);
                    return;
                }
                finished.incrementAndGet();
                if (!ok) {
                    failed.incrementAndGet();
                }
                progress.step(!ok);
            }

            @Override
            public void mismatch(String run, String second) {
                failed.incrementAndGet();
                synchronized (err) {
                    err.println("chipsim sweep: the run at " + run + " gave different rows on two workers, so the "
                            + "model is not deterministic there; runs.csv keeps the first, the second was:");
                    err.print("  " + second);
                    err.flush();
                }
            }

            @Override
            public void allRecorded() {
                done.complete(null);
            }
        };
        ActorSystem<Coordinator.Command> system;
        try {
            system = ActorSystem.create(Coordinator.create(version, welcome, runs, scenarioText, recorder),
                    ClusterNode.SYSTEM, ClusterNode.config(address, address));
        } catch (RuntimeException e) {
            // Artery binds while the system starts: a port in use or an address not of this machine.
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            throw new CannotListen("cannot listen at " + address + ": " + cause.getMessage()
                    + " (another process on that port? an address of another machine?)");
        }
        try {
            while (!done.isDone()) {
                try {
                    done.get(RunEngine.TICK.toMillis(), TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    progress.tick();
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
            }
            if (writeFailure.get() != null) {
                throw writeFailure.get();
            }
            farewell(system);
        } finally {
            system.terminate();
            try {
                system.getWhenTerminated().toCompletableFuture().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                // Shutting down: every line is already in runs.csv.
            }
        }
        return new RunEngine.Outcome(finished.get(), failed.get(), false);
    }

    /** Gives workers a moment to ask again, hear Finished and leave, so none reports a lost coordinator. */
    private static void farewell(ActorSystem<?> system) throws InterruptedException {
        Cluster cluster = Cluster.get(system);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(FAREWELL_MILLIS);
        while (System.nanoTime() < deadline) {
            int others = 0;
            for (akka.cluster.Member member : cluster.state().getMembers()) {
                if (!member.address().equals(cluster.selfMember().address())) {
                    others++;
                }
            }
            if (others == 0) {
                return;
            }
            Thread.sleep(100);
        }
    }
}
