package chipsim.runner.calibrate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/** What a robustness check's draws say: per target, per regime and per headline figure. Pure. */
public final class RobustnessSummary {

    /** A firm figure counts as robust when it is within 25% in at least this share of draws. */
    public static final double ROBUST_SHARE = 0.8;

    /**
     * One target over the draws.
     *
     * @param shareWithin the share of all draws whose figure is within 25% of the target (an
     *                    unmeasurable figure is not within)
     * @param measured    draws in which the figure could be measured
     */
    public record TargetRow(String id, boolean emergent, boolean firm, double target, String unit, double shareWithin,
            int measured, double min, double median, double max) {

        public boolean robust() {
            return shareWithin >= ROBUST_SHARE;
        }
    }

    /** One regime: how many draws end in it. */
    public record RegimeRow(String regime, int draws, double share) {}

    /** One policy path ({@link PolicyPath}, its steps joined): how many draws take it. */
    public record PathRow(String path, int draws, double share) {}

    /** One headline figure as an interval over the draws (10th to 90th percentile, and the extremes). */
    public record HeadlineRow(String id, String title, String unit, int measured, double min, double p10,
            double median, double p90, double max) {}

    private RobustnessSummary() {}

    public static List<TargetRow> targets(List<Robustness.Draw> draws) {
        List<TargetRow> rows = new ArrayList<>();
        for (Target target : Targets.all()) {
            double[] values = draws.stream().mapToDouble(d -> d.targets().getOrDefault(target.id(), Double.NaN))
                    .filter(v -> !Double.isNaN(v)).toArray();
            long within = Arrays.stream(values)
                    .filter(v -> Math.abs((v - target.target()) / target.target()) <= CalibrationReport.TOLERANCE).count();
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            rows.add(new TargetRow(target.id(), target.emergent(), target.firm(), target.target(), target.unit(),
                    draws.isEmpty() ? Double.NaN : (double) within / draws.size(), values.length,
                    sorted.length == 0 ? Double.NaN : sorted[0], percentile(sorted, 50),
                    sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1]));
        }
        return rows;
    }

    /** Firm emergent figures within 25% in at least {@link #ROBUST_SHARE} of the draws. */
    public static long robustFirmFigures(List<TargetRow> rows) {
        return rows.stream().filter(r -> r.emergent() && r.firm() && r.robust()).count();
    }

    public static long firmFigures(List<TargetRow> rows) {
        return rows.stream().filter(r -> r.emergent() && r.firm()).count();
    }

    /** Regimes, most frequent first (ties by label). */
    public static List<RegimeRow> regimes(List<Robustness.Draw> draws) {
        return commonestFirst(draws, Robustness.Draw::regime, RegimeRow::new);
    }

    /** Policy paths, the commonest first (ties by the path's text): how often the whole sequence of decisions recurs. */
    public static List<PathRow> paths(List<Robustness.Draw> draws) {
        return commonestFirst(draws, d -> String.join(PolicyPath.STEP_SEPARATOR, d.policyPath()), PathRow::new);
    }

    private interface Counted<R> {
        R row(String label, int draws, double share);
    }

    private static <R> List<R> commonestFirst(List<Robustness.Draw> draws,
            java.util.function.Function<Robustness.Draw, String> label, Counted<R> make) {
        Map<String, Integer> counts = new TreeMap<>();
        draws.forEach(d -> counts.merge(label.apply(d), 1, Integer::sum));
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<R> rows = new ArrayList<>();
        entries.forEach(e -> rows.add(make.row(e.getKey(), e.getValue(), (double) e.getValue() / draws.size())));
        return rows;
    }

    public static List<HeadlineRow> headlines(List<Robustness.Draw> draws) {
        List<HeadlineRow> rows = new ArrayList<>();
        for (Headlines.Headline headline : Headlines.all()) {
            double[] sorted = draws.stream().mapToDouble(d -> d.headlines().getOrDefault(headline.id(), Double.NaN))
                    .filter(v -> !Double.isNaN(v)).sorted().toArray();
            rows.add(new HeadlineRow(headline.id(), headline.title(), headline.unit(), sorted.length,
                    sorted.length == 0 ? Double.NaN : sorted[0], percentile(sorted, 10), percentile(sorted, 50),
                    percentile(sorted, 90), sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1]));
        }
        return rows;
    }

    /** The p-th percentile of sorted values (commons-math's default estimate); NaN for none. */
    static double percentile(double[] sorted, double p) {
        return sorted.length == 0 ? Double.NaN : new Percentile().evaluate(sorted, p);
    }
}
