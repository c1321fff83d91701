package chipsim.runner.report;

import chipsim.runner.report.SweepData.Point;
import chipsim.runner.report.SweepData.Stat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A sweep's charts: each metric against each axis with its 95% band, and a heatmap for pairs of
 * axes. With other axes in the sweep, a line is drawn for each of their settings when there are
 * few; otherwise (random and latin-hypercube designs) each point is a dot.
 */
final class SweepFigures {

    /** More lines than this in one chart would hide each other. */
    static final int MAX_LINES = 6;
    /** A heatmap with more rows or columns than this would be mostly empty cells (sampled designs). */
    static final int MAX_HEATMAP_SIDE = 30;
    static final int MAX_HEATMAPS = 3;

    private final SweepData sweep;

    SweepFigures(SweepData sweep) {
        this.sweep = sweep;
    }

    Figure againstAxis(int axisIndex) {
        SweepAxis axis = SweepAxis.of(sweep.axes().get(axisIndex), sweep.points());
        List<String> others = new ArrayList<>(sweep.axes());
        others.remove(axis.name());
        Map<String, List<Point>> groups = new LinkedHashMap<>();
        for (Point p : sweep.points()) {
            List<String> setting = new ArrayList<>();
            others.forEach(o -> setting.add(shortName(o) + " = " + p.axisValues().get(o)));
            groups.computeIfAbsent(String.join(", ", setting), k -> new ArrayList<>()).add(p);
        }
        boolean lines = groups.size() <= MAX_LINES;
        List<Figure.Choice> choices = new ArrayList<>();
        for (String metric : sweep.metrics()) {
            SeriesChart chart = lines ? linesChart(axis, metric, groups) : axis.numeric() ? dotsChart(axis, metric)
                    : marginalChart(axis, metric);
            choices.add(new Figure.Choice(metric, choiceLabel(metric), chart));
        }
        return new Figure("axis-" + (axisIndex + 1), "Outcomes against " + axis.name(), "metric", choices);
    }

    private SeriesChart linesChart(SweepAxis axis, String metric, Map<String, List<Point>> groups) {
        Unit unit = MetricLabels.unit(metric);
        List<Series> series = new ArrayList<>();
        String reading = "";
        int index = 0;
        for (Map.Entry<String, List<Point>> group : groups.entrySet()) {
            List<Double> mean = new ArrayList<>();
            List<Double> low = new ArrayList<>();
            List<Double> high = new ArrayList<>();
            boolean band = false;
            for (String value : axis.values()) {
                Optional<Stat> stat = group.getValue().stream().filter(p -> value.equals(p.axisValues().get(
                        axis.name()))).findFirst().map(p -> p.stats().get(metric));
                mean.add(stat.map(Stat::mean).orElse(null));
                low.add(stat.filter(Stat::hasInterval).map(Stat::ciLow).orElse(null));
                high.add(stat.filter(Stat::hasInterval).map(Stat::ciHigh).orElse(null));
                band |= stat.map(Stat::hasInterval).orElse(false);
            }
            String name = group.getKey().isEmpty() ? "mean" : group.getKey();
            Series s = band ? Series.band(name, mean, low, high) : Series.line(name, mean);
            series.add(s.withColor(Palette.series(index++)));
            if (reading.isEmpty()) {
                reading = endsReading(axis, metric, unit, mean, low, high, band)
                        + (groups.size() > 1 ? " (at " + group.getKey() + "; one line per setting of the other"
                        + " axes)" : "");
            }
        }
        return new SeriesChart(metricLabel(metric) + " against " + axis.name(), reading, axis.name(), axis.values(),
                false, metricLabel(metric) + ": mean, 95% CI", unit, series);
    }

    private String endsReading(SweepAxis axis, String metric, Unit unit, List<Double> mean, List<Double> low,
            List<Double> high, boolean band) {
        int first = Values.firstPresent(mean).orElse(0);
        int last = Values.lastPresent(mean).orElse(0);
        String text = metricLabel(metric) + " is " + unit.format(orNaN(mean.get(first))) + " at " + axis.name() + " = "
                + axis.values().get(first) + " and " + unit.format(orNaN(mean.get(last))) + " at "
                + axis.values().get(last);
        if (!band || first == last || !Values.present(low.get(first)) || !Values.present(low.get(last))) {
            return text + (band ? "." : "; summary.csv gives no confidence interval.");
        }
        boolean apart = high.get(first) < low.get(last) || high.get(last) < low.get(first);
        return text + (apart ? "; their 95% intervals do not overlap." : "; their 95% intervals overlap, so the"
                + " difference may be noise.");
    }

    private SeriesChart dotsChart(SweepAxis axis, String metric) {
        Unit unit = MetricLabels.unit(metric);
        List<String> x = new ArrayList<>();
        List<Double> mean = new ArrayList<>();
        List<Double> low = new ArrayList<>();
        List<Double> high = new ArrayList<>();
        for (Point p : sweep.points()) {
            Stat stat = p.stats().get(metric);
            x.add(p.axisValues().get(axis.name()).trim());
            mean.add(stat.mean());
            low.add(stat.ciLow());
            high.add(stat.ciHigh());
        }
        Series dots = new Series("points", Series.Style.POINTS, null, mean, List.of(), List.of(), Palette.series(0));
        String reading = "Each dot is one point, whose other axes vary too (hover for its 95% CI); correlation of "
                + metricLabel(metric) + " with " + axis.name() + ": r = " + Unit.PLAIN.format(correlation(x, mean))
                + ".";
        SeriesChart chart = new SeriesChart(metricLabel(metric) + " against " + axis.name(), reading, axis.name(), x,
                true, metricLabel(metric) + ", mean per point", unit, List.of(dots));
        return withIntervals(chart, low, high);
    }

    /** The dots' intervals go in a band-free series the tooltips read from. */
    private static SeriesChart withIntervals(SeriesChart chart, List<Double> low, List<Double> high) {
        Series dots = chart.series().get(0);
        Series withBand = new Series(dots.name(), dots.style(), null, dots.values(), low, high, dots.color());
        return new SeriesChart(chart.title(), chart.reading(), chart.xName(), chart.x(), true, chart.yName(),
                chart.unit(), List.of(withBand));
    }

    private SeriesChart marginalChart(SweepAxis axis, String metric) {
        Unit unit = MetricLabels.unit(metric);
        List<Double> mean = new ArrayList<>();
        for (String value : axis.values()) {
            List<Double> means = new ArrayList<>();
            sweep.points().stream().filter(p -> value.equals(p.axisValues().get(axis.name())))
                    .forEach(p -> means.add(p.stats().get(metric).mean()));
            mean.add(Values.countPresent(means) == 0 ? null : Values.sum(means) / Values.countPresent(means));
        }
        String reading = metricLabel(metric) + " averaged over the other axes' settings (too many to draw one line"
                + " each): " + unit.format(orNaN(mean.get(0))) + " at " + axis.first() + ", "
                + unit.format(orNaN(mean.get(mean.size() - 1))) + " at " + axis.last() + ".";
        return new SeriesChart(metricLabel(metric) + " against " + axis.name(), reading, axis.name(), axis.values(),
                false, metricLabel(metric) + ", mean over the other axes", unit, List.of(Series.line("mean", mean)));
    }

    /** Heatmaps of each metric over the first pairs of axes whose values form a grid. */
    List<Figure> heatmaps() {
        List<Figure> figures = new ArrayList<>();
        for (int a = 0; a < sweep.axes().size(); a++) {
            for (int b = a + 1; b < sweep.axes().size() && figures.size() < MAX_HEATMAPS; b++) {
                SweepAxis x = SweepAxis.of(sweep.axes().get(a), sweep.points());
                SweepAxis y = SweepAxis.of(sweep.axes().get(b), sweep.points());
                if (x.values().size() > MAX_HEATMAP_SIDE || y.values().size() > MAX_HEATMAP_SIDE) {
                    continue;
                }
                List<Figure.Choice> choices = new ArrayList<>();
                for (String metric : sweep.metrics()) {
                    choices.add(new Figure.Choice(metric, choiceLabel(metric), heatmap(x, y, metric)));
                }
                figures.add(new Figure("heatmap-" + (a + 1) + "-" + (b + 1), "Heatmap over " + x.name() + " and "
                        + y.name(), "metric", choices));
            }
        }
        return figures;
    }

    private HeatmapChart heatmap(SweepAxis x, SweepAxis y, String metric) {
        double[][] sum = new double[y.values().size()][x.values().size()];
        int[][] count = new int[y.values().size()][x.values().size()];
        for (Point p : sweep.points()) {
            int xi = x.values().indexOf(p.axisValues().get(x.name()));
            int yi = y.values().indexOf(p.axisValues().get(y.name()));
            double mean = p.stats().get(metric).mean();
            if (!Double.isNaN(mean)) {
                sum[yi][xi] += mean;
                count[yi][xi]++;
            }
        }
        double[][] values = new double[y.values().size()][x.values().size()];
        int bestX = -1;
        int bestY = -1;
        for (int yi = 0; yi < values.length; yi++) {
            for (int xi = 0; xi < values[yi].length; xi++) {
                values[yi][xi] = count[yi][xi] == 0 ? Double.NaN : sum[yi][xi] / count[yi][xi];
                if (!Double.isNaN(values[yi][xi]) && (bestX < 0 || values[yi][xi] > values[bestY][bestX])) {
                    bestX = xi;
                    bestY = yi;
                }
            }
        }
        Unit unit = MetricLabels.unit(metric);
        boolean averaged = sweep.axes().size() > 2;
        String reading = "Mean " + metricLabel(metric) + (averaged ? " (averaged over the other axes)" : "")
                + (bestX < 0 ? ": no values." : "; highest at " + x.name() + " = " + x.values().get(bestX) + ", "
                + y.name() + " = " + y.values().get(bestY) + " (" + unit.format(values[bestY][bestX]) + ").");
        return new HeatmapChart(metricLabel(metric) + " over " + x.name() + " and " + y.name(), reading, x.name(),
                x.values(), y.name(), y.values(), values, unit, List.of());
    }

    /** A legend names an axis by the last part of its path: {@code licenceCeilingTpp}, not {@code washington.params.licenceCeilingTpp}. */
    static String shortName(String axisPath) {
        return axisPath.substring(axisPath.lastIndexOf('.') + 1);
    }

    static String metricLabel(String metric) {
        return MetricLabels.label(metric);
    }

    /** The list entry of a metric: its readable name with its column, so both can be searched for. */
    static String choiceLabel(String metric) {
        String label = MetricLabels.label(metric);
        return label.equals(metric) ? metric : label + " [" + metric + "]";
    }

    private static double orNaN(Double v) {
        return v == null ? Double.NaN : v;
    }

    static double correlation(List<String> x, List<Double> y) {
        double n = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (int i = 0; i < x.size(); i++) {
            if (!Values.present(y.get(i))) {
                continue;
            }
            double a = Double.parseDouble(x.get(i));
            double b = y.get(i);
            n++;
            sx += a;
            sy += b;
            sxx += a * a;
            syy += b * b;
            sxy += a * b;
        }
        double cov = sxy - sx * sy / n;
        double vx = sxx - sx * sx / n;
        double vy = syy - sy * sy / n;
        return vx <= 0 || vy <= 0 ? Double.NaN : cov / Math.sqrt(vx * vy);
    }
}
