package chipsim.runner.sweep;

import chipsim.runner.datapackage.ColumnDefinition;
import chipsim.runner.datapackage.SweepTables;
import chipsim.runner.output.Numbers;
import chipsim.runner.sim.RunResult;
import java.util.ArrayList;
import java.util.List;

/** The columns of runs.csv and how one finished run becomes a row (docs/sweeps.md). */
public final class RunsTable {

    public static final String OK = "ok";
    public static final String FAILED = "failed";

    private final List<Axis> axes;
    private final MetricSet metrics;
    private final String sweepHash;
    private final String version;
    private final ScenarioHashes hashes;

    public RunsTable(List<Axis> axes, MetricSet metrics, String sweepHash, String version) {
        this.axes = List.copyOf(axes);
        this.metrics = metrics;
        this.sweepHash = sweepHash;
        this.version = version;
        this.hashes = new ScenarioHashes(version);
    }

    public List<String> header() {
        List<String> header = new ArrayList<>();
        header.add(SweepTables.POINT.name());
        axes.forEach(a -> header.add(a.path()));
        for (ColumnDefinition c : List.of(SweepTables.REPLICATION, SweepTables.SEED, SweepTables.STATUS,
                SweepTables.ERROR, SweepTables.SCENARIO_HASH)) {
            header.add(c.name());
        }
        header.addAll(metrics.names());
        header.addAll(List.of(SweepTables.SWEEP_HASH.name(), SweepTables.VERSION.name()));
        return header;
    }

    /** Index of the first metric column. */
    public int firstMetric() {
        return axes.size() + 6;
    }

    public int axisCount() {
        return axes.size();
    }

    public MetricSet metrics() {
        return metrics;
    }

    public String sweepHash() {
        return sweepHash;
    }

    public String version() {
        return version;
    }

    /**
     * The row of a finished run. The scenario hash is that of the scenario.resolved.yaml that
     * {@code chipsim run} writes for the same scenario, so {@code sha256sum} can match the two.
     */
    public List<String> row(RunSpec run, RunResult result) {
        List<String> row = new ArrayList<>();
        row.add(Integer.toString(run.point().id()));
        row.addAll(run.point().cells());
        row.add(Integer.toString(run.replication()));
        row.add(Long.toString(run.seed()));
        row.add(result.ok() ? OK : FAILED);
        row.add(result.ok() ? "" : oneLine(result.error()));
        row.add(hashes.of(run));
        if (result.ok()) {
            for (double value : metrics.values(result)) {
                row.add(Numbers.format(value));
            }
        } else {
            metrics.names().forEach(m -> row.add(""));
        }
        row.add(sweepHash);
        row.add(version);
        return row;
    }

    /** Errors stay on one line so a row reads as one line in a terminal too. */
    private static String oneLine(String error) {
        return error == null ? "" : error.replace('\r', ' ').replace('\n', ' ');
    }
}
