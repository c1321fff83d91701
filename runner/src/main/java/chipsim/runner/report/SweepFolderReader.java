package chipsim.runner.report;

import chipsim.runner.report.SweepColumns.Statistic;
import chipsim.runner.report.SweepData.Point;
import chipsim.runner.report.SweepData.Stat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a sweep folder for its report: summary.csv (required: one row per point), runs.csv (if
 * there, to count runs and failures) and sweep.resolved.yaml (if there, for the name and the
 * axes' order). Columns are recognised by name as {@link SweepColumns} describes.
 */
public final class SweepFolderReader {

    public static final String SUMMARY = "summary.csv";
    public static final String RUNS = "runs.csv";
    public static final String SWEEP = "sweep.resolved.yaml";
    public static final String SENSITIVITY = "sensitivity.csv";

    private static final YAMLMapper YAML = new YAMLMapper();

    private SweepFolderReader() {}

    public static SweepData read(Path folder) throws ReportInputException {
        Path summaryFile = folder.resolve(SUMMARY);
        CsvTable summary = CsvTable.read(summaryFile);
        SweepColumns columns = SweepColumns.of(summary.header());
        if (columns.metrics.isEmpty()) {
            throw new ReportInputException(SUMMARY + " has no metric columns: expected <metric>_mean (with _sd,"
                    + " _ci_low and _ci_high) for each metric; its columns are " + summary.header());
        }
        if (summary.size() == 0) {
            throw new ReportInputException(SUMMARY + " has no points: the sweep has not finished a run yet");
        }
        JsonNode resolved = readSweepFile(folder.resolve(SWEEP));
        // chipsim sweep nests the sweep under `sweep:` beside its provenance; a hand-written file may not.
        JsonNode sweep = resolved.has("sweep") ? resolved.get("sweep") : resolved;
        List<String> axes = axes(summary, columns, sweep);
        List<Point> points = new ArrayList<>();
        for (int r = 0; r < summary.size(); r++) {
            Map<String, String> axisValues = new LinkedHashMap<>();
            for (String axis : axes) {
                axisValues.put(axis, summary.text(r, axis));
            }
            Map<String, Stat> stats = new LinkedHashMap<>();
            for (Map.Entry<String, Map<Statistic, String>> metric : columns.metrics.entrySet()) {
                Map<Statistic, String> c = metric.getValue();
                stats.put(metric.getKey(), new Stat(summary.number(r, c.get(Statistic.MEAN)), cell(summary, r,
                        c.get(Statistic.SD)), cell(summary, r, c.get(Statistic.CI_LOW)), cell(summary, r,
                        c.get(Statistic.CI_HIGH))));
            }
            String id = columns.pointColumn != null ? summary.text(r, columns.pointColumn) : String.valueOf(r + 1);
            double n = columns.countColumn != null ? summary.number(r, columns.countColumn) : Double.NaN;
            points.add(new Point(id, axisValues, n, stats));
        }
        List<String> provenance = new ArrayList<>(commentLines(summaryFile));
        for (String column : columns.others) {
            if (SweepColumns.isProvenance(column) && summary.size() > 0) {
                provenance.add(column + ": " + summary.text(0, column));
            }
        }
        Optional<Integer> runs = Optional.empty();
        int failed = 0;
        if (Files.exists(folder.resolve(RUNS))) {
            CsvTable runTable = CsvTable.read(folder.resolve(RUNS));
            runs = Optional.of(runTable.size());
            if (runTable.has("status")) {
                for (int r = 0; r < runTable.size(); r++) {
                    failed += runTable.text(r, "status").equalsIgnoreCase("failed") ? 1 : 0;
                }
            }
        }
        String name = sweep.path("name").asText("");
        return new SweepData(name.isEmpty() ? String.valueOf(folder.toAbsolutePath().normalize().getFileName()) : name,
                sweep.path("description").asText("").trim(), axes, List.copyOf(columns.metrics.keySet()), points,
                provenance, runs, failed, sensitivity(folder.resolve(SENSITIVITY)));
    }

    /** The indices of sensitivity.csv, if the sweep has one (docs/sensitivity.md). */
    static List<SweepData.SensitivityIndex> sensitivity(Path file) throws ReportInputException {
        List<SweepData.SensitivityIndex> rows = new ArrayList<>();
        if (!Files.exists(file)) {
            return rows;
        }
        CsvTable table = CsvTable.read(file);
        for (String column : List.of("metric", "parameter", "index", "estimate", "ci95_low", "ci95_high")) {
            if (!table.has(column)) {
                throw new ReportInputException(SENSITIVITY + " has no column " + column + "; rewrite it with chipsim"
                        + " sensitivity");
            }
        }
        for (int r = 0; r < table.size(); r++) {
            rows.add(new SweepData.SensitivityIndex(table.text(r, "metric"), table.text(r, "parameter"),
                    table.has("parameter2") ? table.text(r, "parameter2") : "", table.text(r, "index"),
                    table.number(r, "estimate"), table.number(r, "ci95_low"), table.number(r, "ci95_high"),
                    table.has("cannot_tell_from_zero") && table.text(r, "cannot_tell_from_zero").equals("true"),
                    table.has("noise_share") ? table.number(r, "noise_share") : Double.NaN));
        }
        return rows;
    }

    private static double cell(CsvTable table, int row, String column) throws ReportInputException {
        return column == null ? Double.NaN : table.number(row, column);
    }

    /**
     * The axes: those sweep.resolved.yaml names that summary.csv has as columns, in the file's
     * order; without such a file, every remaining column whose value varies between points.
     */
    static List<String> axes(CsvTable summary, SweepColumns columns, JsonNode sweep) throws ReportInputException {
        List<String> declared = new ArrayList<>();
        JsonNode axes = sweep.path("axes");
        if (axes.isArray()) {
            for (JsonNode axis : axes) {
                for (String key : List.of("path", "name", "parameter", "set", "key")) {
                    if (axis.path(key).isTextual()) {
                        declared.add(axis.path(key).asText());
                        break;
                    }
                }
            }
        } else if (axes.isObject()) {
            axes.fieldNames().forEachRemaining(declared::add);
        }
        List<String> found = new ArrayList<>();
        for (String axis : declared) {
            for (String column : List.of(axis, axis.replace('.', '_'))) {
                if (columns.others.contains(column) && !found.contains(column)) {
                    found.add(column);
                    break;
                }
            }
        }
        if (!found.isEmpty()) {
            return found;
        }
        for (String column : columns.others) {
            if (!SweepColumns.isProvenance(column) && varies(summary, column)) {
                found.add(column);
            }
        }
        if (found.isEmpty()) {
            throw new ReportInputException(SUMMARY + " has no axis columns: expected one column per swept setting"
                    + " (named by its scenario path) whose value differs between points; its columns are "
                    + summary.header());
        }
        return found;
    }

    private static boolean varies(CsvTable table, String column) {
        Set<String> values = new HashSet<>();
        for (int r = 0; r < table.size(); r++) {
            values.add(table.text(r, column));
        }
        return values.size() > 1;
    }

    private static JsonNode readSweepFile(Path file) throws ReportInputException {
        if (!Files.exists(file)) {
            return YAML.createObjectNode();
        }
        try {
            JsonNode root = YAML.readTree(file.toFile());
            if (root == null || !root.isObject()) {
                throw new ReportInputException(SWEEP + " does not describe a sweep (expected a mapping)");
            }
            return root;
        } catch (IOException e) {
            throw new ReportInputException(SWEEP + " is not valid YAML: " + e.getMessage().lines().findFirst()
                    .orElse(""), e);
        }
    }

    /** Leading '#' lines, where a CSV writer may record its provenance. */
    private static List<String> commentLines(Path file) throws ReportInputException {
        List<String> comments = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.startsWith("#")) {
                    break;
                }
                comments.add(line.substring(1).trim());
            }
        } catch (IOException e) {
            throw new ReportInputException(SUMMARY + " cannot be read: " + e.getMessage(), e);
        }
        return comments;
    }
}
