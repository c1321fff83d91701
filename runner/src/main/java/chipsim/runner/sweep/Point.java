package chipsim.runner.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One combination of axis values.
 *
 * @param id     1-based, in the design's order; the point column of runs.csv and summary.csv
 * @param values one value per axis, in axis order
 */
public record Point(int id, List<JsonNode> values) {

    public Point {
        values = List.copyOf(values);
    }

    /** The --set assignments that turn the base scenario into this point's scenario. */
    public List<String> overrides(List<Axis> axes) {
        List<String> assignments = new ArrayList<>();
        for (int i = 0; i < axes.size(); i++) {
            assignments.add(axes.get(i).path() + "=" + AxisValues.text(values.get(i)));
        }
        return assignments;
    }

    public List<String> cells() {
        return values.stream().map(AxisValues::text).toList();
    }
}
