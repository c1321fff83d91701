package chipsim.runner.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One named series of a {@link SeriesChart}; a null value is a gap (no trade, no data).
 *
 * @param stack bars with the same stack name are stacked; null draws them side by side
 * @param low lower bounds of a band around the values (95% confidence), or empty
 * @param high upper bounds of the band, or empty
 * @param color a CSS hex colour, or null for the next colour of the palette
 */
public record Series(String name, Style style, String stack, List<Double> values, List<Double> low, List<Double> high,
        String color) {

    public enum Style { LINE, BAR, POINTS }

    public Series {
        values = Collections.unmodifiableList(new ArrayList<>(values));
        low = Collections.unmodifiableList(new ArrayList<>(low));
        high = Collections.unmodifiableList(new ArrayList<>(high));
        if (low.size() != high.size() || (!low.isEmpty() && low.size() != values.size())) {
            throw new IllegalArgumentException("series " + name + ": band bounds do not match its values");
        }
    }

    public static Series line(String name, List<Double> values) {
        return new Series(name, Style.LINE, null, values, List.of(), List.of(), null);
    }

    public static Series bar(String name, String stack, List<Double> values) {
        return new Series(name, Style.BAR, stack, values, List.of(), List.of(), null);
    }

    public static Series points(String name, List<Double> values) {
        return new Series(name, Style.POINTS, null, values, List.of(), List.of(), null);
    }

    /** A line with a shaded band from {@code low} to {@code high}. */
    public static Series band(String name, List<Double> values, List<Double> low, List<Double> high) {
        return new Series(name, Style.LINE, null, values, low, high, null);
    }

    public Series withColor(String cssColor) {
        return new Series(name, style, stack, values, low, high, cssColor);
    }

    public boolean hasBand() {
        return !low.isEmpty();
    }
}
