package chipsim.runner.datapackage;

import static chipsim.runner.datapackage.ColumnDefinition.of;
import static chipsim.runner.datapackage.FieldType.INTEGER;
import static chipsim.runner.datapackage.FieldType.NUMBER;
import static chipsim.runner.datapackage.FieldType.STRING;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns of a sweep folder's runs.csv and summary.csv (docs/sweeps.md). A run's metrics are
 * derived from quarters.csv's definitions, so {@code sum.fees_usd} is titled "Fees collected by
 * Washington (USD), summed over the run" in datapackage.json and on the report's axes alike.
 */
public final class SweepTables {

    /** Any column no other definition covers: an axis, named by its scenario path; its type is read from its values. */
    public static final ColumnDefinition AXIS = of("<axis>", STRING, Units.NONE, "<axis>",
            "the value of the scenario setting `<axis>` at this point (a sweep axis)");

    /** How each aggregate over a run's quarters reads in a title and a description. */
    private static final List<String[]> AGGREGATES = List.of(
            new String[] {"end", ", final quarter", "in the last quarter"},
            new String[] {"sum", ", summed over the run", "summed over the run's quarters"},
            new String[] {"mean", ", mean over the quarters", "averaged over the run's quarters that have a value"},
            new String[] {"min", ", lowest quarter", "its lowest over the run's quarters"},
            new String[] {"max", ", highest quarter", "its highest over the run's quarters"});

    /** The statistics of summary.csv: the column's suffix, a title suffix and a description. */
    private static final List<String[]> STATISTICS = List.of(
            new String[] {"mean", " (mean)", "the mean of `%s` over the point's completed runs"},
            new String[] {"sd", " (sd)", "the sample standard deviation of `%s` over those runs; empty when n < 2"},
            new String[] {"ci95_low", " (95% CI, low)", "the lower end of the 95% confidence interval of its mean"
                    + " (Student's t); empty when n < 2"},
            new String[] {"ci95_high", " (95% CI, high)", "the upper end of that interval; empty when n < 2"});

    /** The suffixes of summary.csv's statistic columns, in order: {@code sum.fees_usd.mean}, ... */
    public static final List<String> STATISTIC_NAMES = STATISTICS.stream().map(s -> s[0]).toList();

    public static final ColumnDefinition POINT = of("point", INTEGER, Units.NONE, "Point",
            "the point's number, from 1 (docs/sweeps.md, designs)");
    public static final ColumnDefinition REPLICATION = of("replication", INTEGER, Units.NONE, "Replication",
            "which of the sweep's seeds, from 1 to `replications`");
    public static final ColumnDefinition SEED = of("seed", INTEGER, Units.NONE, "Seed", "the run's scenario seed");
    public static final ColumnDefinition STATUS = of("status", STRING, Units.NONE, "Status",
            "`ok`, or `failed` (an agent error, a missed phase, a broken invariant)");
    public static final ColumnDefinition ERROR = of("error", STRING, Units.NONE, "Error",
            "empty, or why the run failed: the agent, the phase and the quarter");
    public static final ColumnDefinition SCENARIO_HASH = of("scenario_sha256", STRING, Units.NONE, "Scenario hash",
            "SHA-256 of the run's scenario.resolved.yaml as `chipsim run` writes it");
    public static final ColumnDefinition RUNS_OF_POINT = of("runs", INTEGER, Units.COUNT, "Runs",
            "runs of this point (the replications)");
    public static final ColumnDefinition COMPLETED = of("n", INTEGER, Units.COUNT, "Completed runs",
            "of them, the runs that completed: the statistics are over these");
    public static final ColumnDefinition FAILED = of("failed", INTEGER, Units.COUNT, "Failed runs", "runs that failed");
    public static final ColumnDefinition SWEEP_HASH = of("sweep_sha256", STRING, Units.NONE, "Sweep hash",
            "SHA-256 of sweep.resolved.yaml after its first two lines: the sweep's identity");
    public static final ColumnDefinition VERSION = of("chipsim_version", STRING, Units.NONE, "chipsim version",
            "the chipsim that wrote the row: its version and commit (`+unknown` if built without git, `.dirty`"
                    + " if built with uncommitted changes)");

    private SweepTables() {}

    /** Every metric a sweep can record, derived from quarters.csv's columns, then the agents' payoffs. */
    public static List<ColumnDefinition> metrics() {
        List<ColumnDefinition> metrics = new ArrayList<>();
        for (String[] aggregate : AGGREGATES) {
            for (ColumnDefinition column : RunTables.QUARTERS.columns()) {
                if (column == RunTables.QUARTER) {
                    continue;
                }
                metrics.add(of(aggregate[0] + "." + column.name(), NUMBER, column.unit(), column.title() + aggregate[1],
                        "quarters.csv's `" + column.name() + "` " + aggregate[2]));
            }
        }
        metrics.add(of("payoff.<agent>", NUMBER, Units.PAYOFF, "<agent>'s payoff, summed over the run",
                "the payoff of agent `<agent>` summed over the run's quarters (its cumulative payoff)"));
        return metrics;
    }

    public static final TableDefinition RUNS = runs();

    public static final TableDefinition SUMMARY = summary();

    private static TableDefinition runs() {
        List<ColumnDefinition> columns = new ArrayList<>();
        columns.addAll(List.of(POINT, REPLICATION, SEED, STATUS, ERROR, SCENARIO_HASH));
        columns.addAll(metrics());
        columns.add(SWEEP_HASH);
        columns.add(VERSION);
        columns.add(AXIS);
        return new TableDefinition("runs.csv", "Runs", "one row per run, sorted by point and replication", columns);
    }

    private static TableDefinition summary() {
        List<ColumnDefinition> columns = new ArrayList<>();
        columns.addAll(List.of(POINT, RUNS_OF_POINT, COMPLETED, FAILED));
        for (String[] statistic : STATISTICS) {
            for (ColumnDefinition metric : metrics()) {
                columns.add(of(metric.name() + "." + statistic[0], NUMBER, metric.unit(), metric.title() + statistic[1],
                        statistic[2].replace("%s", metric.name())));
            }
        }
        columns.add(SWEEP_HASH);
        columns.add(VERSION);
        columns.add(AXIS);
        return new TableDefinition("summary.csv", "Summary", "one row per point: per metric the mean, sd and 95%"
                + " confidence interval over its runs", columns);
    }

    /** The metric a summary.csv statistic column is of: {@code sum.fees_usd.mean} gives {@code sum.fees_usd}. */
    public static String metricOf(String summaryColumn) {
        for (String[] statistic : STATISTICS) {
            String suffix = "." + statistic[0];
            if (summaryColumn.endsWith(suffix)) {
                return summaryColumn.substring(0, summaryColumn.length() - suffix.length());
            }
        }
        return summaryColumn;
    }
}
