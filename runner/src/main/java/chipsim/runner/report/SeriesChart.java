package chipsim.runner.report;

import java.util.List;

/**
 * Lines, bars (stacked when they share a stack name) and points over a common x axis.
 *
 * @param x the x values in order: quarters, or a sweep axis's values
 * @param numericX whether {@code x} holds numbers to place on a value axis (points at their
 *     value) rather than categories (evenly spaced)
 * @param yName the y axis's title, with its unit
 */
public record SeriesChart(String title, String reading, String xName, List<String> x, boolean numericX, String yName,
        Unit unit, List<Series> series) implements Chart {

    public SeriesChart {
        x = List.copyOf(x);
        series = List.copyOf(series);
        for (Series s : series) {
            if (s.values().size() != x.size()) {
                throw new IllegalArgumentException(title + ": series " + s.name() + " has " + s.values().size()
                        + " values for " + x.size() + " x values");
            }
        }
    }

    /** A chart over categories (quarters, or a sweep axis with non-numeric values). */
    public static SeriesChart overCategories(String title, String reading, String xName, List<String> x, String yName,
            Unit unit, List<Series> series) {
        return new SeriesChart(title, reading, xName, x, false, yName, unit, series);
    }

}
