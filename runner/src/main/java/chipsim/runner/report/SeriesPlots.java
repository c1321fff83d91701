package chipsim.runner.report;

import java.awt.Color;
import java.util.List;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** JFreeChart plots for {@link SeriesChart}s: bars and lines over quarters, lines with bands, points. */
final class SeriesPlots {

    private static final Color GRID = new Color(0xdde2ea);

    private SeriesPlots() {}

    static Plot plot(SeriesChart chart) {
        boolean band = chart.series().stream().anyMatch(Series::hasBand);
        return band || chart.numericX() ? xyPlot(chart) : categoryPlot(chart);
    }

    /** Bars (stacked when they share a stack) under lines, over categories. */
    private static Plot categoryPlot(SeriesChart chart) {
        DefaultCategoryDataset bars = new DefaultCategoryDataset();
        DefaultCategoryDataset lines = new DefaultCategoryDataset();
        boolean stacked = false;
        for (Series s : chart.series()) {
            DefaultCategoryDataset target = s.style() == Series.Style.BAR ? bars : lines;
            stacked |= s.style() == Series.Style.BAR && s.stack() != null;
            for (int i = 0; i < chart.x().size(); i++) {
                Double v = s.values().get(i);
                target.addValue(Values.present(v) ? v : null, s.name(), chart.x().get(i));
            }
        }
        CategoryAxis x = new CategoryAxis(chart.xName());
        x.setTickLabelFont(PngCharts.AXIS_FONT);
        x.setLabelFont(PngCharts.AXIS_FONT);
        if (chart.x().size() > 10) {
            x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        CategoryPlot plot = new CategoryPlot();
        plot.setDomainAxis(x);
        plot.setRangeAxis(yAxis(chart));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(GRID);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        int index = 0;
        if (bars.getRowCount() > 0) {
            BarRenderer renderer = stacked ? new StackedBarRenderer() : new BarRenderer();
            renderer.setBarPainter(new StandardBarPainter());
            renderer.setShadowVisible(false);
            renderer.setItemMargin(0.02);
            colour(chart, bars.getRowKeys(), (row, color) -> renderer.setSeriesPaint(row, color));
            plot.setDataset(index, bars);
            plot.setRenderer(index++, renderer);
        }
        if (lines.getRowCount() > 0) {
            LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
            int[] depths = Coincidence.depths(chart, Series.Style.LINE);
            colour(chart, lines.getRowKeys(), (row, color) -> {
                renderer.setSeriesPaint(row, color);
                renderer.setSeriesStroke(row, Coincidence.stroke(depths[row]));
                renderer.setSeriesShape(row, Coincidence.marker(depths[row], 6));
            });
            plot.setDataset(index, lines);
            plot.setRenderer(index, renderer);
        }
        return plot;
    }

    /** Lines with shaded 95% bands, or points, over a numeric axis or over categories placed at 0, 1, 2... */
    private static Plot xyPlot(SeriesChart chart) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (Series s : chart.series()) {
            YIntervalSeries series = new YIntervalSeries(s.name(), false, true);
            for (int i = 0; i < chart.x().size(); i++) {
                Double v = s.values().get(i);
                if (!Values.present(v)) {
                    continue;
                }
                double low = s.hasBand() && Values.present(s.low().get(i)) ? s.low().get(i) : v;
                double high = s.hasBand() && Values.present(s.high().get(i)) ? s.high().get(i) : v;
                series.add(chart.numericX() ? Double.parseDouble(chart.x().get(i)) : i, v, low, high);
            }
            data.addSeries(series);
        }
        NumberAxis x;
        if (chart.numericX()) {
            x = new NumberAxis(chart.xName());
            x.setAutoRangeIncludesZero(false);
        } else {
            SymbolAxis symbols = new SymbolAxis(chart.xName(), chart.x().toArray(new String[0]));
            symbols.setGridBandsVisible(false);
            x = symbols;
        }
        x.setTickLabelFont(PngCharts.AXIS_FONT);
        x.setLabelFont(PngCharts.AXIS_FONT);
        boolean points = chart.series().stream().allMatch(s -> s.style() == Series.Style.POINTS);
        XYLineAndShapeRenderer renderer;
        if (points) {
            renderer = new XYErrorBarRenderer();
        } else {
            DeviationRenderer deviation = new DeviationRenderer(true, true);
            deviation.setAlpha(0.18f);
            renderer = deviation;
        }
        List<List<Double>> all = new java.util.ArrayList<>();
        chart.series().forEach(s -> all.add(s.values()));
        int[] depths = Coincidence.depths(all);
        for (int row = 0; row < chart.series().size(); row++) {
            Series s = chart.series().get(row);
            Color color = Color.decode(s.color() != null ? s.color() : Palette.series(row));
            renderer.setSeriesPaint(row, color);
            renderer.setSeriesFillPaint(row, color);
            renderer.setSeriesStroke(row, Coincidence.stroke(depths[row]));
            renderer.setSeriesShape(row, Coincidence.marker(depths[row], 8));
        }
        XYPlot plot = new XYPlot(data, x, yAxis(chart), renderer);
        // First series first, as in the category plot, so each (wider) earlier line lies beneath the next.
        plot.setSeriesRenderingOrder(org.jfree.chart.plot.SeriesRenderingOrder.FORWARD);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlinePaint(GRID);
        return plot;
    }

    /** Points with vertical bars from each interval's low to its high. */
    private static final class XYErrorBarRenderer extends XYErrorRenderer {

        XYErrorBarRenderer() {
            setDrawXError(false);
            setDrawYError(true);
            setDefaultLinesVisible(false);
            setErrorPaint(new Color(0x8a94a6));
        }
    }

    private static NumberAxis yAxis(SeriesChart chart) {
        NumberAxis y = new NumberAxis(chart.yName());
        y.setNumberFormatOverride(new UnitFormat(chart.unit()));
        y.setTickLabelFont(PngCharts.AXIS_FONT);
        y.setLabelFont(PngCharts.AXIS_FONT);
        y.setAutoRangeIncludesZero(chart.unit() != Unit.PLAIN);
        return y;
    }

    private interface Colouring {
        void apply(int row, Color color);
    }

    private static void colour(SeriesChart chart, List<?> rowKeys, Colouring colouring) {
        for (int row = 0; row < rowKeys.size(); row++) {
            for (int i = 0; i < chart.series().size(); i++) {
                Series s = chart.series().get(i);
                if (s.name().equals(rowKeys.get(row))) {
                    colouring.apply(row, Color.decode(s.color() != null ? s.color() : Palette.series(i)));
                }
            }
        }
    }
}
