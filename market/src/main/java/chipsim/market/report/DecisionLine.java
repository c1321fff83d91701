package chipsim.market.report;

import chipsim.market.protocol.Phase;
import chipsim.market.protocol.Step;
import java.util.Comparator;

/**
 * One decision as a line of decisions.jsonl, with what places it in the file's fixed order:
 * quarter, phase, step, agent id, then the order the agent made its decisions in.
 *
 * @param order the agent's own count of decisions asked, so that its lines keep their order
 * @param json  the line itself, without the newline
 */
public record DecisionLine(Phase phase, Step step, String agentId, long order, String json) {

    /** The file's order within one quarter. */
    public static final Comparator<DecisionLine> FILE_ORDER = Comparator.comparing(DecisionLine::phase)
            .thenComparing(DecisionLine::step).thenComparing(DecisionLine::agentId)
            .thenComparingLong(DecisionLine::order);
}
