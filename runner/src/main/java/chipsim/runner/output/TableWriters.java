package chipsim.runner.output;

import chipsim.market.report.AgentReport;
import chipsim.market.report.FillRecord;
import chipsim.runner.datapackage.RunTables;
import chipsim.runner.sim.QuarterRecord;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The tidy CSVs of a run folder, for pandas and R. Their columns are defined in {@link RunTables},
 * which datapackage.json and docs/trace.md show; a price nobody set is an empty cell.
 */
public final class TableWriters {

    private TableWriters() {}

    /** quarters.csv: one row per quarter, one column per metric (wide). */
    public static void quarters(Writer out, List<QuarterRecord> quarters) throws IOException {
        if (quarters.isEmpty()) {
            Csv.row(out, List.of(RunTables.QUARTER.name()));
            return;
        }
        List<String> header = new ArrayList<>();
        header.add(RunTables.QUARTER.name());
        // Every quarter's metrics: a chip designed during the run has columns from its announcement on.
        java.util.SortedSet<String> metrics = new java.util.TreeSet<>();
        quarters.forEach(q -> metrics.addAll(q.metrics().keySet()));
        header.addAll(metrics);
        Csv.row(out, header);
        for (QuarterRecord q : quarters) {
            List<String> row = new ArrayList<>();
            row.add(q.quarter().toString());
            for (String metric : header.subList(1, header.size())) {
                row.add(Numbers.format(q.metrics().getOrDefault(metric, Double.NaN)));
            }
            Csv.row(out, row);
        }
    }

    /** flows.csv: one row per fill. */
    public static void flows(Writer out, List<QuarterRecord> quarters) throws IOException {
        Csv.row(out, RunTables.FLOWS.fixedNames());
        for (QuarterRecord q : quarters) {
            for (FillRecord fill : q.fills()) {
                Csv.row(out, List.of(q.quarter().toString(), fill.sellerId(), fill.buyerId(), fill.buyerRegion().name(),
                        fill.chipId(), Long.toString(fill.units()), Long.toString(fill.priceUsd()),
                        fill.channel().name().toLowerCase(), Long.toString(fill.feeUsd())));
            }
        }
    }

    /** agents.csv: one row per quarter, agent and variable (long); the payoff is the variable "payoff". */
    public static void agents(Writer out, List<QuarterRecord> quarters) throws IOException {
        Csv.row(out, RunTables.AGENTS.fixedNames());
        for (QuarterRecord q : quarters) {
            for (AgentReport agent : q.agents()) {
                Csv.row(out, List.of(q.quarter().toString(), agent.agentId(), agent.role(), "payoff",
                        Numbers.format(agent.payoff())));
                for (Map.Entry<String, Double> entry : agent.state().entrySet()) {
                    Csv.row(out, List.of(q.quarter().toString(), agent.agentId(), agent.role(), entry.getKey(),
                            Numbers.format(entry.getValue())));
                }
            }
        }
    }
}
