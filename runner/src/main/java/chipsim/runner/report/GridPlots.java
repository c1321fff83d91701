package chipsim.runner.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.geom.Ellipse2D;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** JFreeChart plots laid on a grid of categories: heatmaps and the events timeline. */
final class GridPlots {

    private static final Color GRID = new Color(0xdde2ea);

    private GridPlots() {}

    static Plot heatmap(HeatmapChart chart) {
        int cells = 0;
        for (double[] row : chart.values()) {
            for (double v : row) {
                cells += Double.isNaN(v) ? 0 : 1;
            }
        }
        double[][] xyz = new double[3][cells];
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int n = 0;
        for (int yi = 0; yi < chart.y().size(); yi++) {
            for (int xi = 0; xi < chart.x().size(); xi++) {
                double v = chart.values()[yi][xi];
                if (!Double.isNaN(v)) {
                    xyz[0][n] = xi;
                    xyz[1][n] = yi;
                    xyz[2][n++] = v;
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(chart.title(), xyz);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setBlockAnchor(RectangleAnchor.CENTER);
        LegendItemCollection legend = new LegendItemCollection();
        if (chart.levels().isEmpty()) {
            renderer.setPaintScale(new BluesScale(min, max == min ? min + 1 : max));
        } else {
            LookupPaintScale scale = new LookupPaintScale(-0.5, chart.levels().size() + 0.5, Color.LIGHT_GRAY);
            for (HeatmapChart.Level level : chart.levels()) {
                Color color = Color.decode(level.color());
                scale.add(level.value() - 0.5, color);
                legend.add(new LegendItem(level.label(), color));
            }
            renderer.setPaintScale(scale);
        }
        SymbolAxis y = symbolAxis(chart.yName(), chart.y());
        y.setInverted(!chart.levels().isEmpty());
        XYPlot plot = new XYPlot(data, symbolAxis(chart.xName(), chart.x()), y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setFixedLegendItems(legend);
        if (chart.levels().isEmpty() && chart.x().size() * chart.y().size() <= 100) {
            for (int i = 0; i < n; i++) {
                double mid = (min + max) / 2;
                XYTextAnnotation label = new XYTextAnnotation(chart.describe(xyz[2][i]), xyz[0][i], xyz[1][i]);
                label.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
                label.setPaint(xyz[2][i] > mid ? Color.WHITE : Color.BLACK);
                plot.addAnnotation(label);
            }
        }
        return plot;
    }

    static Plot timeline(TimelineChart chart) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (int lane = 0; lane < chart.lanes().size(); lane++) {
            XYSeries series = new XYSeries(chart.lanes().get(lane), false, true);
            for (TimelineChart.Mark mark : chart.marks()) {
                if (mark.laneIndex() == lane) {
                    series.add(mark.quarterIndex(), lane);
                }
            }
            data.addSeries(series);
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        for (int lane = 0; lane < chart.lanes().size(); lane++) {
            renderer.setSeriesPaint(lane, Color.decode(Palette.series(lane)));
            renderer.setSeriesShape(lane, new Ellipse2D.Double(-9, -9, 18, 18));
        }
        SymbolAxis y = symbolAxis("", chart.lanes());
        y.setInverted(true);
        XYPlot plot = new XYPlot(data, symbolAxis("quarter", chart.quarters()), y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        for (TimelineChart.Mark mark : chart.marks()) {
            XYTextAnnotation count = new XYTextAnnotation(String.valueOf(mark.events().size()), mark.quarterIndex(),
                    mark.laneIndex());
            count.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 11));
            count.setPaint(Color.WHITE);
            plot.addAnnotation(count);
        }
        plot.setFixedLegendItems(new LegendItemCollection());
        return plot;
    }

    private static SymbolAxis symbolAxis(String name, java.util.List<String> labels) {
        SymbolAxis axis = new SymbolAxis(name, labels.toArray(new String[0]));
        axis.setTickLabelFont(PngCharts.AXIS_FONT);
        axis.setLabelFont(PngCharts.AXIS_FONT);
        axis.setGridBandsVisible(false);
        if (labels.size() > 10) {
            axis.setVerticalTickLabels(true);
        }
        return axis;
    }

    /** White to dark blue, as the page's continuous heatmaps. */
    private record BluesScale(double lower, double upper) implements PaintScale {

        private static final Color LOW = Color.decode("#f7fbff");
        private static final Color MID = Color.decode("#6baed6");
        private static final Color HIGH = Color.decode("#08306b");

        @Override
        public double getLowerBound() {
            return lower;
        }

        @Override
        public double getUpperBound() {
            return upper;
        }

        @Override
        public Paint getPaint(double value) {
            double t = Math.max(0, Math.min(1, (value - lower) / (upper - lower)));
            return t < 0.5 ? mix(LOW, MID, t * 2) : mix(MID, HIGH, (t - 0.5) * 2);
        }

        private static Color mix(Color a, Color b, double t) {
            return new Color((int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
                    (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                    (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
        }
    }
}
