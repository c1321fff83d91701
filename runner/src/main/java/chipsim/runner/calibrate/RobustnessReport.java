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

    /** One row per draw: its parameter values, every target's simulated value, its regime and headline figures. */
    public static void draws(Writer out, List<CalibratedParameters.Parameter> parameters, List<Robustness.Draw> draws)
            throws IOException {
        List<String> header = new ArrayList<>(List.of("draw"));
        parameters.forEach(p -> header.add(p.path()));
        Targets.all().forEach(t -> header.add(t.id()));
        header.add("regime");
        Headlines.all().forEach(h -> header.add(h.id()));
        Csv.row(out, header);
        for (Robustness.Draw draw : draws) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(draw.index())));
            for (int p = 0; p < parameters.size(); p++) {
                row.add(ParameterDraws.text(parameters.get(p), draw.values()[p]));
            }
            Targets.all().forEach(t -> row.add(Numbers.format(draw.targets().getOrDefault(t.id(), Double.NaN))));
            row.add(draw.regime());
            Headlines.all().forEach(h -> row.add(Numbers.format(draw.headlines().getOrDefault(h.id(), Double.NaN))));
            Csv.row(out, row);
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

    public static void headlines(Writer out, List<RobustnessSummary.HeadlineRow> rows) throws IOException {
        Csv.row(out, List.of("id", "title", "unit", "measured_draws", "min", "p10", "median", "p90", "max"));
        for (RobustnessSummary.HeadlineRow row : rows) {
            Csv.row(out, List.of(row.id(), row.title(), row.unit(), Integer.toString(row.measured()),
                    Numbers.format(row.min()), Numbers.format(row.p10()), Numbers.format(row.median()),
                    Numbers.format(row.p90()), Numbers.format(row.max())));
        }
    }

    public static void print(PrintWriter out, int draws, double spread, List<RobustnessSummary.TargetRow> targets,
            List<RobustnessSummary.RegimeRow> regimes, List<RobustnessSummary.HeadlineRow> headlines) {
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
