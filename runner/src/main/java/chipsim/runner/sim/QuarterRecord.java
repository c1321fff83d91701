package chipsim.runner.sim;

import chipsim.market.Quarter;
import chipsim.market.report.AgentReport;
import chipsim.market.report.ChipBook;
import chipsim.market.report.FillRecord;
import chipsim.market.rules.ExportRules;
import chipsim.market.rules.ImportPolicy;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One quarter of the trace: the rules in force, the market, every agent's report, the metrics and
 * the events. docs/trace.md documents every field.
 *
 * @param agents    agent reports in agent-id order
 * @param metrics   the quarter's metrics by name (the columns of quarters.csv)
 * @param events    what happened: scripted events, agents' decisions, voided orders; in that order
 * @param messages  messages sent this quarter by all participants, by message type
 * @param decisions this quarter's lines of decisions.jsonl, in the file's order (empty when not kept)
 */
public record QuarterRecord(Quarter quarter, ExportRules exportRules, ImportPolicy importPolicy,
        SortedMap<String, ChipBook> books, List<FillRecord> fills, List<AgentReport> agents,
        SortedMap<String, Double> metrics, List<String> events, SortedMap<String, Long> messages,
        List<String> decisions) {

    public QuarterRecord {
        books = Collections.unmodifiableSortedMap(new TreeMap<>(books));
        fills = List.copyOf(fills);
        agents = List.copyOf(agents);
        metrics = Collections.unmodifiableSortedMap(new TreeMap<>(metrics));
        events = List.copyOf(events);
        messages = Collections.unmodifiableSortedMap(new TreeMap<>(messages));
        decisions = List.copyOf(decisions);
    }

    public double metric(String name) {
        Double value = metrics.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no metric '" + name + "'");
        }
        return value;
    }

    public long messageCount() {
        return messages.values().stream().mapToLong(Long::longValue).sum();
    }
}
