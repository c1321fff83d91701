package chipsim.runner.compare;

import chipsim.runner.scenario.Scenario;
import chipsim.runner.scenario.ScenarioWriter;
import chipsim.runner.sweep.Axis;
import chipsim.runner.sweep.Hashes;
import chipsim.runner.sweep.MetricSet;
import chipsim.runner.sweep.Point;
import chipsim.runner.sweep.RunSpec;
import chipsim.runner.sweep.RunsCheck;
import chipsim.runner.sweep.RunsFolder;
import chipsim.runner.sweep.RunsTable;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;

/**
 * A paired comparison's runs.csv, in a sweep's row format (docs/sensitivity.md): two points, A and B
 * (axis {@code scenario}), each run with every seed; its metrics are the defaults and every column's
 * value in every quarter ({@link MetricSet#withQuarters}), so a resumed comparison computes its
 * tables from the file alone. The comparison's hash (both resolved scenarios, the seeds, the
 * columns) stands in the sweep_sha256 column, so rows of another comparison are refused.
 */
public final class CompareRuns implements RunsFolder.Plan {

    public static final String AXIS = "scenario";

    private final Scenario a;
    private final Scenario b;
    private final List<Long> seeds;
    private final List<String> columns;
    private final List<String> quarters;
    private final MetricSet defaults;
    private final RunsTable table;
    private final List<Point> points;

    public CompareRuns(Scenario a, Scenario b, List<Long> seeds, List<String> columns, List<String> agentIds,
            List<String> quarters, String version) {
        this.a = a;
        this.b = b;
        this.seeds = List.copyOf(seeds);
        this.columns = List.copyOf(columns);
        this.quarters = List.copyOf(quarters);
        this.defaults = MetricSet.defaults(columns, agentIds);
        this.points = List.of(new Point(1, List.of(JsonNodeFactory.instance.textNode("A"))),
                new Point(2, List.of(JsonNodeFactory.instance.textNode("B"))));
        this.table = new RunsTable(List.of(new Axis(AXIS, List.of(), null, "scenario")),
                MetricSet.withQuarters(columns, agentIds, quarters), hash(version), version);
    }

    private String hash(String version) {
        StringBuilder text = new StringBuilder();
        text.append("compare\nseeds: ").append(seeds).append("\ncolumns: ").append(columns).append('\n');
        text.append("metrics: ").append(defaults.names()).append("\nA:\n").append(ScenarioWriter.toYaml(a, version));
        text.append("B:\n").append(ScenarioWriter.toYaml(b, version));
        return Hashes.sha256(text.toString());
    }

    @Override
    public RunsTable table() {
        return table;
    }

    @Override
    public List<String> problems(List<List<String>> rows) {
        return RunsCheck.problems(rows, table, points, seeds, "another comparison, or of this one under another "
                + "chipsim version, scenarios, --set, --quarters or seeds");
    }

    @Override
    public List<RunSpec> missing(List<List<String>> rows) {
        return RunsCheck.missing(rows, table, points, seeds, point -> point.id() == 1 ? a : b);
    }

    /** The comparison's figures from a complete, sound runs.csv's rows (every run ok). */
    public PairedRuns paired(List<List<String>> rows) {
        int n = seeds.size();
        int metrics = defaults.names().size();
        double[][][] values = new double[2][n][metrics];
        double[][][][] byQuarter = new double[2][n][columns.size()][quarters.size()];
        int replicationColumn = table.axisCount() + 1;
        int first = table.firstMetric();
        for (List<String> row : rows) {
            int side = Integer.parseInt(row.get(0)) - 1;
            int s = Integer.parseInt(row.get(replicationColumn)) - 1;
            for (int m = 0; m < metrics; m++) {
                values[side][s][m] = number(row.get(first + m));
            }
            int cell = first + metrics;
            for (int c = 0; c < columns.size(); c++) {
                for (int q = 0; q < quarters.size(); q++) {
                    byQuarter[side][s][c][q] = number(row.get(cell++));
                }
            }
        }
        return new PairedRuns(seeds, defaults.names(), values[0], values[1], quarters, columns, byQuarter[0],
                byQuarter[1]);
    }

    /** A figure the run does not have (a price nobody set) is written empty. */
    private static double number(String cell) {
        return cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
    }

    /** The first failed run's row, told as "A with seed S: error"; null when every run is ok. */
    public static String firstFailure(List<List<String>> rows, RunsTable table) {
        int statusColumn = table.axisCount() + 3;
        for (List<String> row : rows) {
            if (!RunsTable.OK.equals(row.get(statusColumn))) {
                return row.get(1) + " with seed " + row.get(statusColumn - 1) + ": " + row.get(statusColumn + 1);
            }
        }
        return null;
    }
}
