package chipsim.runner.sweep;

import chipsim.runner.datapackage.SweepTables;
import chipsim.runner.engine.SampleSummary;
import chipsim.runner.output.Csv;
import chipsim.runner.output.Numbers;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * summary.csv: one row per point with, per metric, the mean over the point's successful runs, the
 * sample standard deviation and the 95% confidence interval of the mean (Student's t, {@link SampleSummary}). It is
 * computed from runs.csv as written, in (point, replication) order, so a resumed sweep and an
 * uninterrupted one add the same numbers in the same order and print the same bytes.
 */
public final class Summary {

    public static final List<String> STATISTICS = SweepTables.STATISTIC_NAMES;

    private Summary() {}

    /** @param rows runs.csv's rows after the header, sorted by point and replication */
    public static void write(Path path, RunsTable table, List<List<String>> rows) throws IOException {
        Map<Integer, List<List<String>>> byPoint = new TreeMap<>();
        for (List<String> row : rows) {
            byPoint.computeIfAbsent(Integer.parseInt(row.get(0)), k -> new ArrayList<>()).add(row);
        }
        int statusColumn = table.axisCount() + 3;
        Path temporary = path.resolveSibling(path.getFileName() + ".writing");
        try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            Csv.row(out, header(table));
            for (List<List<String>> runs : byPoint.values()) {
                List<List<String>> ok = runs.stream().filter(r -> r.get(statusColumn).equals(RunsTable.OK)).toList();
                List<String> row = new ArrayList<>(runs.get(0).subList(0, 1 + table.axisCount()));
                row.add(Integer.toString(runs.size()));
                row.add(Integer.toString(ok.size()));
                row.add(Integer.toString(runs.size() - ok.size()));
                for (int m = 0; m < table.metrics().names().size(); m++) {
                    int column = table.firstMetric() + m;
                    row.addAll(statistics(ok.stream().map(r -> r.get(column)).filter(v -> !v.isEmpty())
                            .mapToDouble(Double::parseDouble).toArray()));
                }
                row.add(table.sweepHash());
                row.add(table.version());
                Csv.row(out, row);
            }
        }
        SweepFolder.replace(temporary, path);
    }

    static List<String> header(RunsTable table) {
        List<String> header = new ArrayList<>(table.header().subList(0, 1 + table.axisCount()));
        header.addAll(List.of(SweepTables.RUNS_OF_POINT.name(), SweepTables.COMPLETED.name(), SweepTables.FAILED.name()));
        for (String metric : table.metrics().names()) {
            STATISTICS.forEach(s -> header.add(metric + "." + s));
        }
        header.addAll(List.of(SweepTables.SWEEP_HASH.name(), SweepTables.VERSION.name()));
        return header;
    }

    /** Mean, sd and the 95% interval; the spread is empty below two values, everything is empty for none. */
    static List<String> statistics(double[] values) {
        SampleSummary summary = SampleSummary.of(values);
        if (summary.n() == 0) {
            return List.of("", "", "", "");
        }
        if (!summary.hasInterval()) {
            return List.of(Numbers.format(summary.mean()), "", "", "");
        }
        return List.of(Numbers.format(summary.mean()), Numbers.format(summary.sd()), Numbers.format(summary.low()),
                Numbers.format(summary.high()));
    }
}
