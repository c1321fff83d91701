package chipsim.agents.decision;

import akka.actor.typed.ActorRef;
import chipsim.market.Quarter;
import chipsim.market.protocol.Phase;
import chipsim.market.protocol.QuarterProtocol;
import chipsim.market.protocol.Step;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Watches decisions that are computed on an agent's own thread (policies, replays): one that does
 * not return within its deadline ends its run with an error naming the agent, the phase and the
 * quarter, and its thread is stopped where the JDK still allows it, so that a policy stuck in a
 * loop cannot hold the threads the rest of a sweep runs on. The watcher is one daemon thread per
 * actor system; an agent pays two volatile writes per decision.
 */
public final class PolicyWatch implements AutoCloseable {

    /** One agent's slot: set while it computes a decision on its own thread. */
    public static final class Slot {
        private final String agentId;
        private volatile long deadlineNanos;
        private volatile Thread thread;
        private volatile String what;
        private volatile ActorRef<QuarterProtocol.PhaseReply> clock;
        private volatile Quarter quarter;
        private volatile Phase phase;
        private volatile Step step;
        private volatile long limitMillis;
        private volatile boolean stopping;

        private Slot(String agentId) {
            this.agentId = agentId;
        }

        /** A decision is being computed on this thread from now on. */
        public void enter(String what, long limitMillis, Quarter quarter, Phase phase, Step step,
                ActorRef<QuarterProtocol.PhaseReply> clock) {
            this.what = what;
            this.limitMillis = limitMillis;
            this.quarter = quarter;
            this.phase = phase;
            this.step = step;
            this.clock = clock;
            this.thread = Thread.currentThread();
            this.deadlineNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(limitMillis);
        }

        /** The decision returned. */
        public synchronized void exit() {
            deadlineNanos = 0;
            thread = null;
        }

        /** True when the watcher stopped this slot's decision: the caller turns that into a clear failure. */
        public boolean stopped() {
            return stopping;
        }

        public String what() {
            return what;
        }

        public long limitMillis() {
            return limitMillis;
        }
    }

    private final Set<Slot> slots = ConcurrentHashMap.newKeySet();
    private final Thread watcher;
    private volatile boolean closed;

    public PolicyWatch() {
        watcher = new Thread(this::watch, "chipsim-decision-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    public Slot register(String agentId) {
        Slot slot = new Slot(agentId);
        slots.add(slot);
        return slot;
    }

    public void unregister(Slot slot) {
        slots.remove(slot);
    }

    private void watch() {
        long pause = Duration.ofMillis(20).toNanos();
        while (!closed) {
            LockSupport.parkNanos(pause);
            long now = System.nanoTime();
            for (Slot slot : slots) {
                long deadline = slot.deadlineNanos;
                if (deadline != 0 && now - deadline > 0) {
                    overran(slot);
                }
            }
        }
    }

    @SuppressWarnings({"deprecation", "removal"})
    private static void overran(Slot slot) {
        Thread stuck;
        synchronized (slot) {
            stuck = slot.thread;
            if (stuck == null || slot.deadlineNanos == 0) {
                return;
            }
            slot.deadlineNanos = 0;
            slot.stopping = true;
            ActorRef<QuarterProtocol.PhaseReply> clock = slot.clock;
            if (clock != null) {
                clock.tell(new QuarterProtocol.PhaseFailed(slot.agentId, slot.quarter, slot.phase, slot.step,
                        slot.what + " did not return within " + slot.limitMillis
                                + " ms (decisionTimeoutMillis); is it stuck in a loop?"));
            }
            try {
                // Frees the thread for the other runs. Safe here: the run is already failed and a
                // policy shares no state with anything else; where the JDK no longer allows it the
                // thread stays busy until the process ends.
                stuck.stop();
            } catch (UnsupportedOperationException | SecurityException e) {
                // The run still ends; only the thread is lost.
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        watcher.interrupt();
    }
}
