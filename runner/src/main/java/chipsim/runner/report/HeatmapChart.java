package chipsim.runner.report;

import java.util.List;

/**
 * A grid of coloured cells: x by y, one value per cell.
 *
 * @param values {@code values[yIndex][xIndex]}; NaN leaves a cell empty
 * @param levels named values with their colours (an export status: open, licensed, banned), or
 *     empty for a continuous colour scale. A categorical heatmap lists its rows top down (chips,
 *     in catalogue order); a continuous one has a numeric y axis that grows upwards.
 */
public record HeatmapChart(String title, String reading, String xName, List<String> x, String yName, List<String> y,
        double[][] values, Unit unit, List<Level> levels) implements Chart {

    /** A named value of a categorical heatmap. */
    public record Level(double value, String label, String color) {}

    public HeatmapChart {
        x = List.copyOf(x);
        y = List.copyOf(y);
        levels = List.copyOf(levels);
        if (values.length != y.size()) {
            throw new IllegalArgumentException(title + ": " + values.length + " rows for " + y.size() + " y values");
        }
        for (double[] row : values) {
            if (row.length != x.size()) {
                throw new IllegalArgumentException(title + ": a row has " + row.length + " cells for " + x.size()
                        + " x values");
            }
        }
    }

    /** The label of a categorical value, or the value in this chart's unit. */
    public String describe(double value) {
        for (Level level : levels) {
            if (level.value() == value) {
                return level.label();
            }
        }
        return unit.format(value);
    }
}
