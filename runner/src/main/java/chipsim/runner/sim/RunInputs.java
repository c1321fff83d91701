package chipsim.runner.sim;

import chipsim.agents.decision.Decider;
import java.util.List;
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
 * @param measuresLeftOnTable whether the market measures what each clearing left on the table: a
 *                      diagnostic that only the quarters.csv columns {@link #LEFT_ON_TABLE_COLUMNS} read
 *                      (no agent sees it); without it a run's records lack those columns, nothing else
 */
public record RunInputs(boolean keepDecisions, Map<String, Decider> deciders, Consumer<QuarterRecord> onQuarter,
        boolean measuresLeftOnTable) {

    /** The quarters.csv columns of the market's left-on-table diagnostic, in the order Metrics fills them. */
    public static final List<String> LEFT_ON_TABLE_COLUMNS = List.of("left_on_table_usd", "left_on_table_triples");

    /** A sweep's run: policies only, no decision log. */
    public static final RunInputs LEAN = new RunInputs(false, Map.of());

    /** A run that writes a folder: policies only, every decision logged. */
    public static final RunInputs LOGGED = new RunInputs(true, Map.of());

    public RunInputs {
        deciders = Map.copyOf(new TreeMap<>(deciders));
    }

    public RunInputs(boolean keepDecisions, Map<String, Decider> deciders) {
        this(keepDecisions, deciders, record -> {}, true);
    }

    public RunInputs withQuarterListener(Consumer<QuarterRecord> listener) {
        return new RunInputs(keepDecisions, deciders, listener, measuresLeftOnTable);
    }

    /** The same run without the left-on-table diagnostic, for callers that read none of its columns. */
    public RunInputs withoutLeftOnTable() {
        return new RunInputs(keepDecisions, deciders, onQuarter, false);
    }

    public RunInputs with(String agentId, Decider decider) {
        Map<String, Decider> more = new TreeMap<>(deciders);
        more.put(agentId, decider);
        return new RunInputs(keepDecisions, more, onQuarter, measuresLeftOnTable);
    }
}
