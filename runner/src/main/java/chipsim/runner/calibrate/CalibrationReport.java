package chipsim.runner.calibrate;

import chipsim.runner.output.Csv;
import chipsim.runner.output.Numbers;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;

/** calibration.csv, calibration.md and the terminal table. */
public final class CalibrationReport {

    /** Emergent figures with firm facts should fall within this relative error. */
    public static final double TOLERANCE = 0.25;

    private CalibrationReport() {}

    public static void csv(Writer out, List<Calibration.Row> rows) throws IOException {
        Csv.row(out, List.of("id", "fact", "source", "target", "simulated", "relative_error", "unit", "kind", "firm",
                "variant", "within_25pct"));
        for (Calibration.Row row : rows) {
            Csv.row(out, List.of(row.id(), row.fact(), row.source(), Numbers.format(row.target()),
                    Numbers.format(row.simulated()), Numbers.format(round(row.relativeError())), row.unit(),
                    row.emergent() ? "emergent" : "input", Boolean.toString(row.firm()), row.variant(),
                    Boolean.toString(row.within(TOLERANCE))));
        }
    }

    public static void markdown(Writer out, String scenarioName, List<Calibration.Row> rows) throws IOException {
        out.write("# Calibration of " + scenarioName + "\n\n");
        out.write("Each figure of docs/sources.md the model can produce: its target, the simulated value and the "
                + "relative error. *emergent* figures come out of the agents' interaction; *input* figures "
                + "are set in the scenario. Firm emergent figures should fall within 25%.\n\n");
        out.write("| figure | source | target | simulated | error | kind | run |\n|---|---|---|---|---|---|---|\n");
        for (Calibration.Row row : rows) {
            String mark = row.emergent() && row.firm() ? (row.within(TOLERANCE) ? " ✓" : " ✗") : "";
            out.write("| " + row.fact() + " | " + row.source() + " | " + human(row.target(), row.unit()) + " | "
                    + human(row.simulated(), row.unit()) + " | " + percent(row.relativeError()) + mark + " | "
                    + (row.emergent() ? "emergent" : "input") + (row.firm() ? "" : " (weak)") + " | "
                    + row.variant() + " |\n");
        }
        long firm = rows.stream().filter(r -> r.emergent() && r.firm()).count();
        long hit = rows.stream().filter(r -> r.emergent() && r.firm() && r.within(TOLERANCE)).count();
        out.write("\n" + hit + " of " + firm + " firm emergent figures within 25%.\n");
    }

    public static void print(PrintWriter out, List<Calibration.Row> rows) {
        out.printf("%-30s %14s %14s %8s  %s%n", "figure", "target", "simulated", "error", "kind");
        for (Calibration.Row row : rows) {
            out.printf("%-30s %14s %14s %8s  %s%s%n", row.id(), human(row.target(), row.unit()),
                    human(row.simulated(), row.unit()), percent(row.relativeError()),
                    row.emergent() ? "emergent" : "input", row.firm() ? "" : " (weak)");
        }
    }

    static String human(double value, String unit) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        if (unit.startsWith("USD")) {
            return Math.abs(value) >= 1e8 ? String.format("$%.2f bn", value / 1e9)
                    : String.format("$%,.0f", value);
        }
        if (unit.equals("share")) {
            return String.format("%.1f%%", 100 * value);
        }
        return String.format("%,.0f", value);
    }

    static String percent(double value) {
        return Double.isNaN(value) ? "n/a" : String.format("%+.0f%%", 100 * value);
    }

    private static double round(double value) {
        return Double.isNaN(value) ? value : Math.round(value * 1e4) / 1e4;
    }
}
