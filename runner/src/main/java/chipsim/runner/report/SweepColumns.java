package chipsim.runner.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells the columns of a sweep's summary.csv apart: for each metric {@code <metric>_mean},
 * {@code <metric>_sd}, {@code <metric>_ci_low} and {@code <metric>_ci_high} (a few spellings of
 * each are accepted, with '_' or '.' before the statistic); the point's id, its run count
 * {@code n}, provenance columns, and the axes, which are every other column that varies.
 */
final class SweepColumns {

    enum Statistic { MEAN, SD, CI_LOW, CI_HIGH }

    private static final Pattern STAT = Pattern.compile(
            "^(.+?)[._](mean|sd|std|stdev|ci_low|ci95_low|ci_lo|ci_lower|low|lower|ci_high|ci95_high|ci_hi|ci_upper"
                    + "|high|upper)$");
    static final List<String> POINT_COLUMNS = List.of("point", "point_id", "pointId", "id");
    static final List<String> COUNT_COLUMNS = List.of("n", "runs", "n_runs", "replications");
    private static final Set<String> NOT_AXES = Set.of("seed", "status", "error", "hash", "version",
            "chipsim_version", "sweep_hash", "scenario_hash", "failed", "ok", "n_failed", "n_ok");

    final Map<String, Map<Statistic, String>> metrics = new LinkedHashMap<>();
    String pointColumn;
    String countColumn;
    final List<String> others = new ArrayList<>();

    static SweepColumns of(List<String> header) {
        SweepColumns columns = new SweepColumns();
        Map<String, Map<Statistic, String>> candidates = new LinkedHashMap<>();
        for (String column : header) {
            Matcher m = STAT.matcher(column);
            if (m.matches()) {
                candidates.computeIfAbsent(m.group(1), k -> new LinkedHashMap<>()).put(statistic(m.group(2)), column);
            }
        }
        // A metric is a prefix with a mean; "_low" alone could be part of an axis's name.
        candidates.forEach((metric, stats) -> {
            if (stats.containsKey(Statistic.MEAN)) {
                columns.metrics.put(metric, stats);
            }
        });
        Set<String> statColumns = new java.util.HashSet<>();
        columns.metrics.values().forEach(stats -> statColumns.addAll(stats.values()));
        for (String column : header) {
            if (statColumns.contains(column)) {
                continue;
            }
            if (columns.pointColumn == null && POINT_COLUMNS.contains(column)) {
                columns.pointColumn = column;
            } else if (columns.countColumn == null && COUNT_COLUMNS.contains(column)) {
                columns.countColumn = column;
            } else {
                columns.others.add(column);
            }
        }
        return columns;
    }

    /** Whether a column that is neither a statistic, the point id nor the run count can still not be an axis. */
    static boolean isProvenance(String column) {
        String c = column.toLowerCase(Locale.ROOT);
        return NOT_AXES.contains(c) || c.endsWith("_hash") || c.endsWith("_version") || c.startsWith("provenance");
    }

    private static Statistic statistic(String suffix) {
        return switch (suffix) {
            case "mean" -> Statistic.MEAN;
            case "sd", "std", "stdev" -> Statistic.SD;
            case "ci_low", "ci95_low", "ci_lo", "ci_lower", "low", "lower" -> Statistic.CI_LOW;
            default -> Statistic.CI_HIGH;
        };
    }
}
