package chipsim.runner.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Does the market clear? The diagnostics of quarters.csv (docs/trace.md): the value left on the
 * table and the budgets left unspent, in dollars; unsold stock by seller, in units, with the supply
 * constraints that bound.
 */
final class ClearingFigures {

    private static final String QUARTER = "quarter";

    private final RunData run;
    private final List<String> quarters;

    ClearingFigures(RunData run) {
        this.run = run;
        this.quarters = run.quarters();
    }

    Optional<Figure> clearing() {
        Optional<List<Double>> left = run.metric("left_on_table_usd");
        if (left.isEmpty()) {
            return Optional.empty();
        }
        List<Figure.Choice> choices = new ArrayList<>();
        choices.add(new Figure.Choice("money", "value left and unspent budgets", money(left.get())));
        stock().ifPresent(chart -> choices.add(new Figure.Choice("stock", "unsold stock and binding supply", chart)));
        return Optional.of(new Figure("clearing", "Does the market clear?", "diagnostic", choices));
    }

    private Chart money(List<Double> left) {
        List<Series> series = new ArrayList<>();
        series.add(Series.bar("value left on the table", null, left).withColor(Palette.series(3)));
        run.metric("unspent_cash_usd_china").ifPresent(v -> series.add(Series.line("unspent, China", v)
                .withColor(Palette.CHINA)));
        run.metric("unspent_cash_usd_us").ifPresent(v -> series.add(Series.line("unspent, US", v)
                .withColor(Palette.US)));
        List<Double> traded = run.metric("traded_value_usd").orElse(Values.zeros(quarters.size()));
        int quartersLeft = 0;
        int worst = -1;
        double worstShare = 0;
        for (int i = 0; i < left.size(); i++) {
            double value = Values.present(left.get(i)) ? left.get(i) : 0;
            if (value > 0) {
                quartersLeft++;
                double share = traded.get(i) > 0 ? value / traded.get(i) : Double.POSITIVE_INFINITY;
                if (worst < 0 || share > worstShare) {
                    worst = i;
                    worstShare = share;
                }
            }
        }
        String reading = quartersLeft == 0
                ? "The market cleared in every quarter: every bid a legal seller's stock could fill at its price, "
                        + "within the buyer's budget, was filled."
                : "The market left value on the table in " + quartersLeft + " of " + quarters.size() + " quarters; "
                        + "the most in " + quarters.get(worst) + ", " + Unit.USD.format(left.get(worst))
                        + (Double.isInfinite(worstShare) ? " with nothing traded." : " (" + Unit.SHARE.format(worstShare)
                        + " of the value traded).");
        int last = quarters.size() - 1;
        Optional<List<Double>> china = run.metric("unspent_cash_usd_china");
        Optional<List<Double>> us = run.metric("unspent_cash_usd_us");
        if (china.isPresent() && us.isPresent()) {
            reading += " Buyers ended " + quarters.get(last) + " with " + Unit.USD.format(china.get().get(last))
                    + " unspent in China and " + Unit.USD.format(us.get().get(last)) + " in the US.";
        }
        return SeriesChart.overCategories("Value left on the table and unspent budgets", reading, QUARTER, quarters,
                "USD", Unit.USD, series);
    }

    private Optional<Chart> stock() {
        Optional<List<Double>> nvidia = run.metric("unsold_units_nvidia");
        Optional<List<Double>> huawei = run.metric("unsold_units_huawei");
        if (nvidia.isEmpty() && huawei.isEmpty()) {
            return Optional.empty();
        }
        List<Series> series = new ArrayList<>();
        nvidia.ifPresent(v -> series.add(Series.line("unsold, Nvidia", v).withColor(Palette.NVIDIA)));
        huawei.ifPresent(v -> series.add(Series.line("unsold, Huawei", v).withColor(Palette.HUAWEI)));
        int last = quarters.size() - 1;
        List<String> parts = new ArrayList<>();
        nvidia.ifPresent(v -> parts.add("Nvidia held " + Unit.UNITS.format(v.get(last)) + " unsold units"));
        huawei.ifPresent(v -> parts.add("Huawei " + Unit.UNITS.format(v.get(last))));
        String reading = "In " + quarters.get(last) + " " + String.join(", ", parts) + ".";
        Optional<List<Double>> tsmc = run.metric("tsmc_capacity_binds");
        if (tsmc.isPresent()) {
            long binds = tsmc.get().stream().filter(v -> Values.present(v) && v > 0.5).count();
            reading += " TSMC's CoWoS capacity bound in " + binds + " of " + quarters.size() + " quarters.";
        }
        Optional<List<Double>> input = run.metric("huawei_binding_input");
        if (input.isPresent()) {
            String[] names = {"dies", "HBM stacks", "packaging", "its expected sales"};
            List<String> counts = new ArrayList<>();
            for (int code = 1; code <= 4; code++) {
                final int c = code;
                long n = input.get().stream().filter(v -> Values.present(v) && Math.round(v) == c).count();
                if (n > 0) {
                    counts.add(names[code - 1] + " in " + n);
                }
            }
            reading += counts.isEmpty() ? " No input bound Huawei's output."
                    : " Huawei's output was bound by " + String.join(", ", counts) + " quarters.";
        }
        return Optional.of(SeriesChart.overCategories("Unsold stock by seller, and the supply that bound", reading,
                QUARTER, quarters, "units held at the end of the quarter", Unit.UNITS, series));
    }
}
