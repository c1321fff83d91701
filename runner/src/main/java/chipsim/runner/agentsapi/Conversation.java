package chipsim.runner.agentsapi;

import chipsim.agents.decision.DecisionAsk;
import chipsim.runner.sim.QuarterRecord;
import chipsim.runner.sim.RunResult;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Everything that happens to one program's connection, in the order it happened, for the one
 * thread that talks to the program: its lines, the agents' asks and refusals, the quarters closing
 * and the run ending. Agents, the clock and the reader only post; nothing blocks them.
 */
final class Conversation {

    sealed interface Event permits Received, Lost, Asked, Refused, QuarterClosed, Ended {}

    /** A line from the program; null when it was longer than {@link Protocol#MAX_LINE_CHARS}. */
    record Received(String line) implements Event {}

    /** The connection ended. */
    record Lost(String reason) implements Event {}

    /** An agent of this program asks for a decision; {@code proposal} is its fallback policy's decision. */
    record Asked(long episode, DecisionAsk<?, ?> ask, JsonNode proposal) implements Event {}

    /** An agent refused what this program answered (or did not answer in time); its fallback decided. */
    record Refused(long episode, DecisionAsk<?, ?> ask, String reason) implements Event {}

    record QuarterClosed(long episode, QuarterRecord record) implements Event {}

    record Ended(long episode, RunResult result) implements Event {}

    private final Link link;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();

    Conversation(Link link) {
        this.link = link;
        link.startReading(events::add);
    }

    Link link() {
        return link;
    }

    void post(Event event) {
        events.add(event);
    }

    /** The next event, or null when none came within the bound. */
    Event next(long timeoutMillis) {
        try {
            return events.poll(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Lost("interrupted");
        }
    }

    void send(JsonNode message) {
        link.send(message);
    }
}
