package chipsim.runner.report;

import chipsim.runner.report.SweepData.SensitivityIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The charts of a sweep's sensitivity.csv: for a Morris design a tornado of mu* per metric (the
 * parameters ranked by their mean absolute elementary effect, sigma beside it), for a Sobol
 * design S1 and ST per parameter ranked by ST; and the whole file as a table with the intervals.
 */
final class SweepSensitivityFigures {

    private final List<SensitivityIndex> rows;

    SweepSensitivityFigures(List<SensitivityIndex> rows) {
        this.rows = List.copyOf(rows);
    }

    List<Block> blocks() {
        List<Block> blocks = new ArrayList<>();
        if (rows.isEmpty()) {
            return blocks;
        }
        ranked("mu_star", "sigma", "tornado", "Tornado: Morris mu* per parameter").ifPresent(blocks::add);
        ranked("ST", "S1", "sobol", "Total-effect (ST) and first-order (S1) Sobol indices").ifPresent(blocks::add);
        blocks.add(table());
        return blocks;
    }

    /** One bar chart per metric: {@code rank} and {@code beside} per parameter, largest {@code rank} first. */
    private Optional<Figure> ranked(String rank, String beside, String id, String title) {
        Map<String, List<SensitivityIndex>> byMetric = new LinkedHashMap<>();
        rows.stream().filter(r -> r.index().equals(rank) || r.index().equals(beside))
                .forEach(r -> byMetric.computeIfAbsent(r.metric(), k -> new ArrayList<>()).add(r));
        List<Figure.Choice> choices = new ArrayList<>();
        for (Map.Entry<String, List<SensitivityIndex>> metric : byMetric.entrySet()) {
            List<SensitivityIndex> ranked = metric.getValue().stream().filter(r -> r.index().equals(rank))
                    .sorted(Comparator.comparingDouble((SensitivityIndex r) -> Double.isNaN(r.estimate()) ? 0
                            : -r.estimate())).toList();
            if (ranked.isEmpty()) {
                continue;
            }
            List<String> parameters = ranked.stream().map(SensitivityIndex::parameter).toList();
            List<Double> first = new ArrayList<>();
            List<Double> second = new ArrayList<>();
            for (SensitivityIndex r : ranked) {
                first.add(value(r.estimate()));
                second.add(metric.getValue().stream().filter(o -> o.index().equals(beside)
                        && o.parameter().equals(r.parameter())).findFirst().map(o -> value(o.estimate())).orElse(null));
            }
            boolean morris = rank.equals("mu_star");
            Unit unit = morris ? Unit.guess(metric.getKey()) : Unit.PLAIN;
            SeriesChart chart = SeriesChart.overCategories(
                    SweepFigures.metricLabel(metric.getKey()) + ": " + (morris ? "mu* and sigma" : "ST and S1"),
                    reading(ranked, unit, morris), "parameter", parameters,
                    morris ? "elementary effect per unit of range" : "share of variance", unit,
                    List.of(Series.bar(label(rank), null, first).withColor(Palette.series(0)),
                            Series.bar(label(beside), null, second).withColor(Palette.series(1))));
            choices.add(new Figure.Choice(metric.getKey(), SweepFigures.choiceLabel(metric.getKey()), chart));
        }
        return choices.isEmpty() ? Optional.empty() : Optional.of(new Figure(id, title, "metric", choices));
    }

    private static String label(String index) {
        return switch (index) {
            case "mu_star" -> "mu*";
            case "ST" -> "ST (total effect)";
            case "S1" -> "S1 (first order)";
            default -> index;
        };
    }

    /** The leading parameter with its interval, and which parameters the data cannot tell from zero. */
    private static String reading(List<SensitivityIndex> ranked, Unit unit, boolean morris) {
        SensitivityIndex top = ranked.get(0);
        if (Double.isNaN(top.estimate())) {
            return "The metric does not vary over the sweep: no index can be estimated.";
        }
        String name = morris ? "mu*" : "ST";
        StringBuilder text = new StringBuilder(top.parameter() + " matters most: " + name + " = "
                + unit.format(top.estimate()) + " (95% CI " + unit.format(top.low()) + " to " + unit.format(top.high())
                + ").");
        List<String> zero = ranked.stream().filter(SensitivityIndex::cannotTellFromZero)
                .map(SensitivityIndex::parameter).toList();
        if (!zero.isEmpty()) {
            text.append(" Cannot be told from zero: ").append(String.join(", ", zero)).append('.');
        }
        double noise = top.noiseShare();
        if (!Double.isNaN(noise)) {
            text.append(String.format(Locale.ROOT, " Noise between replications: %.1f%% of the variance.", 100 * noise));
        }
        return text.toString();
    }

    private HtmlBlock table() {
        StringBuilder html = new StringBuilder("<p class=\"reading\">Every index of sensitivity.csv with its"
                + " bootstrap 95% interval; * marks an index the data cannot tell from zero. Click a heading to"
                + " sort.</p>\n<div class=\"table-scroll\"><table class=\"sortable points\"><thead><tr><th>metric</th>"
                + "<th>parameter</th><th>index</th><th>estimate</th><th>95% CI</th><th>noise share</th></tr></thead>"
                + "<tbody>\n");
        for (SensitivityIndex r : rows) {
            String parameter = r.parameter2().isEmpty() ? r.parameter() : r.parameter() + " × " + r.parameter2();
            html.append("<tr><td>").append(Html.text(r.metric())).append("</td><td>").append(Html.text(parameter))
                    .append("</td><td>").append(Html.text(r.index())).append("</td><td data-value=\"")
                    .append(number(r.estimate())).append("\">").append(Html.text(Unit.PLAIN.format(r.estimate())
                            + (r.cannotTellFromZero() ? " *" : ""))).append("</td><td>")
                    .append(Html.text(Unit.PLAIN.format(r.low()) + " to " + Unit.PLAIN.format(r.high())))
                    .append("</td><td>").append(Html.text(Double.isNaN(r.noiseShare()) ? ""
                            : Unit.SHARE.format(r.noiseShare()))).append("</td></tr>\n");
        }
        html.append("</tbody></table></div>\n");
        return new HtmlBlock("sensitivity", "Sensitivity indices", html.toString());
    }

    private static Double value(double v) {
        return Double.isNaN(v) ? null : v;
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }
}
