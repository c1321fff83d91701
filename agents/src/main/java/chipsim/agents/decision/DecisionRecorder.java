package chipsim.agents.decision;

/**
 * Writes one decision as a line of decisions.jsonl. Runs that keep no log (sweeps) have none, so
 * they pay nothing for it. Called from the agents' threads: implementations are thread-safe.
 */
public interface DecisionRecorder {

    /**
     * The JSON line for one decision applied.
     *
     * @param refusal why the decider's own answer was refused, when a fallback decided; else empty
     */
    String line(DecisionAsk<?, ?> ask, Object decision, String decidedBy, String refusal);
}
