package chipsim.runner.calibrate;

import chipsim.runner.output.Csv;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which calibrated parameters flip the baseline's policy path when moved alone (the one-at-a-time
 * design of {@link ParameterDraws}): for each moved parameter, whether its run takes the same policy
 * decisions as the calibrated point, and if not, the first step where the two part and the
 * capitals' own reasons in that quarter (policy-flips.csv; docs/calibration.md).
 */
public final class PolicyFlips {

    /** Where a moved parameter's path parts from the calibrated point's (same: every later field empty). */
    public record Row(String parameter, double factor, String value, String calibratedValue, boolean same,
            String quarter, String calibratedStep, String movedStep, List<String> reasons) {}

    private static final String NO_STEP = "(no step)";

    private PolicyFlips() {}

    /**
     * @param draws every point of a one-at-a-time design, point 0 (the calibrated values) included
     */
    public static List<Row> of(List<CalibratedParameters.Parameter> parameters, double spread,
            List<Robustness.Draw> draws) {
        Map<Integer, Robustness.Draw> byIndex = new TreeMap<>();
        draws.forEach(d -> byIndex.put(d.index(), d));
        Robustness.Draw calibrated = byIndex.get(0);
        if (calibrated == null) {
            throw new IllegalArgumentException("the one-at-a-time design's point 0 (the calibrated values) is missing");
        }
        List<Row> rows = new ArrayList<>();
        for (Robustness.Draw draw : byIndex.values()) {
            int moved = ParameterDraws.movedParameter(draw.index());
            if (moved < 0) {
                continue;
            }
            CalibratedParameters.Parameter parameter = parameters.get(moved);
            String value = ParameterDraws.text(parameter, draw.values()[moved]);
            String calibratedValue = ParameterDraws.text(parameter, parameter.value());
            double factor = ParameterDraws.movedFactor(draw.index(), spread);
            int part = PolicyPath.firstDifference(calibrated.policyPath(), draw.policyPath());
            if (part < 0) {
                rows.add(new Row(parameter.path(), factor, value, calibratedValue, true, "", "", "", List.of()));
                continue;
            }
            String calibratedStep = stepAt(calibrated.policyPath(), part);
            String movedStep = stepAt(draw.policyPath(), part);
            String quarter = earlier(calibratedStep, movedStep);
            List<String> reasons = new ArrayList<>();
            for (String reason : draw.policyReasons()) {
                if (PolicyPath.quarterOf(reason).equals(quarter)) {
                    reasons.add(reason.substring(quarter.length() + 1));
                }
            }
            for (String reason : calibrated.policyReasons()) {
                if (PolicyPath.quarterOf(reason).equals(quarter)) {
                    reasons.add("calibrated: " + reason.substring(quarter.length() + 1));
                }
            }
            rows.add(new Row(parameter.path(), factor, value, calibratedValue, false, quarter, calibratedStep,
                    movedStep, reasons));
        }
        return rows;
    }

    public static void csv(Writer out, List<Row> rows) throws IOException {
        Csv.row(out, List.of("parameter", "factor", "value", "calibrated_value", "same_path", "first_difference",
                "calibrated_step", "moved_step", "reasons"));
        for (Row row : rows) {
            Csv.row(out, List.of(row.parameter(), chipsim.runner.output.Numbers.format(row.factor()), row.value(),
                    row.calibratedValue(), Boolean.toString(row.same()), row.quarter(), row.calibratedStep(),
                    row.movedStep(), String.join(PolicyPath.REASON_SEPARATOR, row.reasons())));
        }
    }

    public static void print(PrintWriter out, double spread, List<Row> rows) {
        long same = rows.stream().filter(Row::same).count();
        out.printf("%npolicy path, one parameter at a time at ±%.0f%%: %d of %d moves keep the calibrated point's "
                + "decisions%n", 100 * spread, same, rows.size());
        for (Row row : rows) {
            if (row.same()) {
                continue;
            }
            out.printf("  %s x%s (%s): from %s, %s where the calibrated point has %s%n", row.parameter(),
                    chipsim.runner.output.Numbers.format(row.factor()), row.value(), row.quarter(), row.movedStep(),
                    row.calibratedStep());
            for (String reason : row.reasons()) {
                out.printf("      %s%n", reason);
            }
        }
    }

    private static String stepAt(List<String> path, int index) {
        return index < path.size() ? path.get(index) : NO_STEP;
    }

    /** The quarter where two paths part: the earlier of the two steps' (a missing step has none). */
    private static String earlier(String a, String b) {
        if (a.equals(NO_STEP)) {
            return PolicyPath.quarterOf(b);
        }
        if (b.equals(NO_STEP)) {
            return PolicyPath.quarterOf(a);
        }
        String qa = PolicyPath.quarterOf(a);
        String qb = PolicyPath.quarterOf(b);
        // Quarters read 2025Q1: their text order is their time order.
        return qa.compareTo(qb) <= 0 ? qa : qb;
    }
}
