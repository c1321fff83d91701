package chipsim.runner.calibrate;

import chipsim.runner.output.Csv;
import chipsim.runner.output.Numbers;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/** draws.csv, robustness.csv, regimes.csv, headlines.csv and the terminal tables of a robustness check. */
public final class RobustnessReport {

    private RobustnessReport() {}

    /** draws.csv's header: the draw, its parameter values, every target, the regime, the headline figures. */
    public static List<String> drawHeader(List<CalibratedParameters.Parameter> parameters) {
        List<String> header = new ArrayList<>(List.of("draw"));
        parameters.forEach(p -> header.add(p.path()));
        Targets.all().forEach(t -> header.add(t.id()));
        header.add("regime");
        Headlines.all().forEach(h -> header.add(h.id()));
        header.add("policy_path");
        header.add("policy_reasons");
        return header;
    }

    public static List<String> drawRow(List<CalibratedParameters.Parameter> parameters, Robustness.Draw draw) {
        List<String> row = new ArrayList<>(List.of(Integer.toString(draw.index())));
        for (int p = 0; p < parameters.size(); p++) {
            row.add(ParameterDraws.text(parameters.get(p), draw.values()[p]));
        }
        Targets.all().forEach(t -> row.add(Numbers.format(draw.targets().getOrDefault(t.id(), Double.NaN))));
        row.add(draw.regime());
        Headlines.all().forEach(h -> row.add(Numbers.format(draw.headlines().getOrDefault(h.id(), Double.NaN))));
        row.add(String.join(PolicyPath.STEP_SEPARATOR, draw.policyPath()));
        row.add(String.join(PolicyPath.REASON_SEPARATOR, draw.policyReasons()));
        return row;
    }

    /**
     * A draw read back from draws.csv, checked against the draw the settings make.
     *
     * @throws RobustnessFolder.Refused when the row is not one this check would have written
     */
    public static Robustness.Draw parseDraw(List<CalibratedParameters.Parameter> parameters,
            ParameterDraws.Design design, double spread, long seed, List<String> row) {
        int index;
        try {
            index = Integer.parseInt(row.get(0));
        } catch (NumberFormatException e) {
            throw new RobustnessFolder.Refused("draws.csv: '" + row.get(0) + "' is not a draw number; the file is "
                    + "damaged: give a new --out");
        }
        if (index < 0) {
            throw new RobustnessFolder.Refused("draws.csv: draw " + index + " is negative; give a new --out");
        }
        if (index >= ParameterDraws.count(design, parameters, Integer.MAX_VALUE)) {
            throw new RobustnessFolder.Refused("draws.csv: point " + index + " is not one of this "
                    + design.label() + " design's; give a new --out");
        }
        double[] values = ParameterDraws.values(design, parameters, spread, seed, index);
        int cell = 1;
        for (int p = 0; p < parameters.size(); p++, cell++) {
            String expected = ParameterDraws.text(parameters.get(p), values[p]);
            if (!row.get(cell).equals(expected)) {
                throw new RobustnessFolder.Refused("draws.csv: draw " + index + " has " + parameters.get(p).path() + "="
                        + row.get(cell) + " where these settings draw " + expected + "; give a new --out");
            }
        }
        java.util.Map<String, Double> targets = new java.util.LinkedHashMap<>();
        for (Target target : Targets.all()) {
            targets.put(target.id(), number(row.get(cell++), index));
        }
        String regime = row.get(cell++);
        java.util.Map<String, Double> headlines = new java.util.LinkedHashMap<>();
        for (Headlines.Headline headline : Headlines.all()) {
            headlines.put(headline.id(), number(row.get(cell++), index));
        }
        List<String> path = PolicyPath.split(row.get(cell++), PolicyPath.STEP_SEPARATOR);
        List<String> reasons = PolicyPath.split(row.get(cell), PolicyPath.REASON_SEPARATOR);
        return new Robustness.Draw(index, values, targets, regime, headlines, path, reasons);
    }

    private static double number(String text, int draw) {
        if (text.isEmpty()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new RobustnessFolder.Refused("draws.csv: draw " + draw + " has '" + text + "' where a number belongs;"
                    + " the file is damaged: give a new --out");
        }
    }

    /** One row per draw, in the draws' order. */
    public static void draws(Writer out, List<CalibratedParameters.Parameter> parameters, List<Robustness.Draw> draws)
            throws IOException {
        Csv.row(out, drawHeader(parameters));
        for (Robustness.Draw draw : draws) {
            Csv.row(out, drawRow(parameters, draw));
        }
    }

    public static void targets(Writer out, List<RobustnessSummary.TargetRow> rows) throws IOException {
        Csv.row(out, List.of("id", "kind", "firm", "target", "unit", "share_within_25pct", "measured_draws", "min",
                "median", "max", "robust"));
        for (RobustnessSummary.TargetRow row : rows) {
            Csv.row(out, List.of(row.id(), row.emergent() ? "emergent" : "input", Boolean.toString(row.firm()),
                    Numbers.format(row.target()), row.unit(), Numbers.format(round(row.shareWithin())),
                    Integer.toString(row.measured()), Numbers.format(row.min()), Numbers.format(row.median()),
                    Numbers.format(row.max()), Boolean.toString(row.robust())));
        }
    }

    public static void regimes(Writer out, List<RobustnessSummary.RegimeRow> rows) throws IOException {
        Csv.row(out, List.of("regime", "draws", "share"));
        for (RobustnessSummary.RegimeRow row : rows) {
            Csv.row(out, List.of(row.regime(), Integer.toString(row.draws()), Numbers.format(round(row.share()))));
        }
    }

    public static void paths(Writer out, List<RobustnessSummary.PathRow> rows) throws IOException {
        Csv.row(out, List.of("policy_path", "draws", "share"));
        for (RobustnessSummary.PathRow row : rows) {
            Csv.row(out, List.of(row.path(), Integer.toString(row.draws()), Numbers.format(round(row.share()))));
        }
    }

    public static void headlines(Writer out, List<RobustnessSummary.HeadlineRow> rows) throws IOException {
        Csv.row(out, List.of("id", "title", "unit", "measured_draws", "min", "p10", "median", "p90", "max"));
        for (RobustnessSummary.HeadlineRow row : rows) {
            Csv.row(out, List.of(row.id(), row.title(), row.unit(), Integer.toString(row.measured()),
                    Numbers.format(row.min()), Numbers.format(row.p10()), Numbers.format(row.median()),
                    Numbers.format(row.p90()), Numbers.format(row.max())));
        }
    }

    public static void print(PrintWriter out, int draws, double spread, List<RobustnessSummary.TargetRow> targets,
            List<RobustnessSummary.RegimeRow> regimes, List<RobustnessSummary.PathRow> paths,
            List<RobustnessSummary.HeadlineRow> headlines) {
        out.printf("%d draws within ±%.0f%% of the calibrated parameters%n%n", draws, 100 * spread);
        out.printf("%-30s %14s %9s %14s %14s  %s%n", "figure", "target", "within25%", "low", "high", "kind");
        for (RobustnessSummary.TargetRow row : targets) {
            out.printf("%-30s %14s %9s %14s %14s  %s%s%n", row.id(), CalibrationReport.human(row.target(), row.unit()),
                    Double.isNaN(row.shareWithin()) ? "n/a" : String.format("%.0f%%", 100 * row.shareWithin()),
                    CalibrationReport.human(row.min(), row.unit()), CalibrationReport.human(row.max(), row.unit()),
                    row.emergent() ? "emergent" : "input", row.firm() ? "" : " (weak)");
        }
        out.printf("%n%d of %d firm emergent figures within 25%% in at least %.0f%% of draws%n%n",
                RobustnessSummary.robustFirmFigures(targets), RobustnessSummary.firmFigures(targets),
                100 * RobustnessSummary.ROBUST_SHARE);
        int width = Math.max("regime at the end".length(),
                regimes.stream().mapToInt(r -> r.regime().length()).max().orElse(0));
        out.printf("%-" + width + "s  %5s  %5s%n", "regime at the end", "draws", "share");
        for (RobustnessSummary.RegimeRow row : regimes) {
            out.printf("%-" + width + "s  %5d  %4.0f%%%n", row.regime(), row.draws(), 100 * row.share());
        }
        if (!paths.isEmpty()) {
            RobustnessSummary.PathRow commonest = paths.get(0);
            out.printf("%n%d distinct policy paths; the commonest, in %.0f%% of draws:%n", paths.size(),
                    100 * commonest.share());
            List<String> steps = PolicyPath.split(commonest.path(), PolicyPath.STEP_SEPARATOR);
            if (steps.isEmpty()) {
                out.printf("  (no change of the starting rules)%n");
            }
            steps.forEach(step -> out.printf("  %s%n", step));
        }
        out.printf("%n%-52s %14s %14s %14s%n", "headline", "p10", "median", "p90");
        for (RobustnessSummary.HeadlineRow row : headlines) {
            out.printf("%-52s %14s %14s %14s%n", row.title(), CalibrationReport.human(row.p10(), row.unit()),
                    CalibrationReport.human(row.median(), row.unit()), CalibrationReport.human(row.p90(), row.unit()));
        }
    }

    private static double round(double value) {
        return Double.isNaN(value) ? value : Math.round(value * 1e4) / 1e4;
    }
}
