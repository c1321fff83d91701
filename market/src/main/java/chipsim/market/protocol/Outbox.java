package chipsim.market.protocol;

import akka.actor.typed.ActorRef;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Sends messages and counts them by type, so every participant can report what it said in a
 * quarter (the trace's message counts, and the benchmark's messages per second). Counting is on
 * the hot path of every message, so it keys by class and sorts only when drained.
 */
public final class Outbox {

    private final Map<Class<?>, long[]> countsByType = new HashMap<>();
    /** The counter of the type counted last: messages come in runs of one type (acks, fills, bids). */
    private Class<?> lastType;
    private long[] lastCount;

    public <T> void tell(ActorRef<T> to, T message) {
        count(message.getClass());
        to.tell(message);
    }

    private void count(Class<?> type) {
        if (type != lastType) {
            lastCount = countsByType.computeIfAbsent(type, t -> new long[1]);
            lastType = type;
        }
        lastCount[0]++;
    }

    /**
     * Counts a message this participant received rather than sent, for the trace's tally of the
     * replies participants send straight to the clock, past their own outbox.
     */
    public void countReceived(Object message) {
        count(message.getClass());
    }

    /** The counts since the last drain, by simple type name, and a fresh start. */
    public SortedMap<String, Long> drain() {
        SortedMap<String, Long> counts = new TreeMap<>();
        countsByType.forEach((type, count) -> {
            if (count[0] > 0) {
                counts.merge(type.getSimpleName(), count[0], Long::sum);
            }
            count[0] = 0;
        });
        return counts;
    }
}
