package chipsim.agents.decision;

/**
 * A decision given at once.
 *
 * @param decision   an instance of the point's decision type
 * @param decidedBy  who decided, as decisions.jsonl says it: {@code policy:NAME}, {@code program},
 *                   {@code person}, {@code fallback:NAME}
 * @param refusal    when a fallback decided: why the decider's own answer was refused (late,
 *                   malformed, out of range); empty otherwise
 */
public record Decided(Object decision, String decidedBy, String refusal) {

    public Decided(Object decision, String decidedBy) {
        this(decision, decidedBy, "");
    }
}
