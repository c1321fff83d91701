package chipsim.runner.sim;

import chipsim.agents.decision.Decider;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * What a run takes besides its scenario: whether it keeps its decision log, and deciders that
 * replace agents' policies (a replay, a program, a person), by agent id.
 *
 * @param keepDecisions write every decision for decisions.jsonl (a run folder keeps it; sweeps do not)
 * @param deciders      agent id to the decider that takes its role; the others play their policies
 * @param onQuarter     told each quarter's record as soon as the quarter closes, before the next opens
 *                      (how an outside program learns its reward); called on the clock's thread
 */
public record RunInputs(boolean keepDecisions, Map<String, Decider> deciders, Consumer<QuarterRecord> onQuarter) {

    /** A sweep's run: policies only, no decision log. */
    public static final RunInputs LEAN = new RunInputs(false, Map.of());

    /** A run that writes a folder: policies only, every decision logged. */
    public static final RunInputs LOGGED = new RunInputs(true, Map.of());

    public RunInputs {
        deciders = Map.copyOf(new TreeMap<>(deciders));
    }

    public RunInputs(boolean keepDecisions, Map<String, Decider> deciders) {
        this(keepDecisions, deciders, record -> {});
    }

    public RunInputs withQuarterListener(Consumer<QuarterRecord> listener) {
        return new RunInputs(keepDecisions, deciders, listener);
    }

    public RunInputs with(String agentId, Decider decider) {
        Map<String, Decider> more = new TreeMap<>(deciders);
        more.put(agentId, decider);
        return new RunInputs(keepDecisions, more, onQuarter);
    }
}
