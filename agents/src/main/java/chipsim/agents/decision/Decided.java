package chipsim.agents.decision;

/**
 * A decision given at once.
 *
 * @param decision   an instance of the point's decision type
 * @param decidedBy  who decided, as decisions.jsonl says it: {@code policy:NAME}, {@code program},
 *                   {@code person}, {@code fallback:NAME}
 */
public record Decided(Object decision, String decidedBy) {}
