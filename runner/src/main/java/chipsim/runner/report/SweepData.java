package chipsim.runner.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a sweep report needs from a sweep folder, read by {@link SweepFolderReader}.
 *
 * @param axes the swept settings, as named by summary.csv's columns
 * @param metrics the summarised metrics, in summary.csv's column order
 * @param provenance lines that say where the results came from (comment lines of summary.csv, version, hashes)
 * @param runs how many runs runs.csv lists, if it exists
 * @param failedRuns how many of them failed
 * @param sensitivity the rows of sensitivity.csv (morris and sobol sweeps), empty without one
 */
public record SweepData(String name, String description, List<String> axes, List<String> metrics, List<Point> points,
        List<String> provenance, Optional<Integer> runs, int failedRuns, List<SensitivityIndex> sensitivity) {

    /** One row of sensitivity.csv: an index of a parameter (or pair) for a metric, with its 95% interval. */
    public record SensitivityIndex(String metric, String parameter, String parameter2, String index, double estimate,
            double low, double high, boolean cannotTellFromZero, double noiseShare) {}

    /** One point of the sweep: its axis values, its number of runs and each metric's statistics. */
    public record Point(String id, Map<String, String> axisValues, double n, Map<String, Stat> stats) {}

    /** A metric's summary over a point's runs; NaN where summary.csv has no such column or value. */
    public record Stat(double mean, double sd, double ciLow, double ciHigh) {

        public boolean hasInterval() {
            return !Double.isNaN(ciLow) && !Double.isNaN(ciHigh);
        }
    }
}
