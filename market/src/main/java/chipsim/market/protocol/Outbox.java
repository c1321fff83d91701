package chipsim.market.protocol;

import akka.actor.typed.ActorRef;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Sends messages and counts them by type, so every participant can report what it said in a
 * quarter (the trace's message counts, and the benchmark's messages per second).
 */
public final class Outbox {

    private final TreeMap<String, Long> countsByType = new TreeMap<>();

    public <T> void tell(ActorRef<T> to, T message) {
        countsByType.merge(message.getClass().getSimpleName(), 1L, Long::sum);
        to.tell(message);
    }

    /** The counts since the last drain, and a fresh start. */
    public SortedMap<String, Long> drain() {
        SortedMap<String, Long> counts = new TreeMap<>(countsByType);
        countsByType.clear();
        return counts;
    }
}
