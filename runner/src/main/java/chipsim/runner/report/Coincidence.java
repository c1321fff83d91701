package chipsim.runner.report;

import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps lines that coincide visible. Series are drawn in order, later ones on top; a line that
 * another drawn after it covers (equal values, to within half a percent of the chart's range, at
 * most of the x values where both have one) is drawn wider, once per line that covers it, so its
 * edges show around them. Lines that merely cross or meet at a point keep one width: width never
 * suggests importance.
 */
final class Coincidence {

    static final float BASE_WIDTH = 2.5f;
    static final float WIDTH_STEP = 2.5f;
    private static final double TOLERANCE = 0.005;

    private Coincidence() {}

    /** For each series, how many of the series after it cover it somewhere. */
    static int[] depths(List<List<Double>> series) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (List<Double> values : series) {
            for (Double v : values) {
                if (Values.present(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        double tolerance = max > min ? TOLERANCE * (max - min) : 1e-9 * Math.max(1, Math.abs(max));
        int[] depths = new int[series.size()];
        for (int a = 0; a < series.size(); a++) {
            for (int b = a + 1; b < series.size(); b++) {
                if (meet(series.get(a), series.get(b), tolerance)) {
                    depths[a]++;
                }
            }
        }
        return depths;
    }

    /** The depths of a chart's series, in the chart's order. */
    static int[] depths(SeriesChart chart, Series.Style style) {
        List<List<Double>> values = new ArrayList<>();
        for (Series s : chart.series()) {
            if (s.style() == style) {
                values.add(s.values());
            }
        }
        return depths(values);
    }

    static BasicStroke stroke(int depth) {
        return new BasicStroke(BASE_WIDTH + WIDTH_STEP * depth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    /** Markers grow with the line, so coinciding points show as rings. */
    static Shape marker(int depth, double size) {
        double d = size + 2 * WIDTH_STEP * depth;
        return new Ellipse2D.Double(-d / 2, -d / 2, d, d);
    }

    private static boolean meet(List<Double> a, List<Double> b, double tolerance) {
        int shared = 0;
        int equal = 0;
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            if (Values.present(a.get(i)) && Values.present(b.get(i))) {
                shared++;
                equal += Math.abs(a.get(i) - b.get(i)) <= tolerance ? 1 : 0;
            }
        }
        return shared > 0 && 2 * equal > shared;
    }
}
