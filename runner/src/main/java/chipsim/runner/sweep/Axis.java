package chipsim.runner.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One setting a sweep varies: a scenario path (as --set takes it) and either a finite list of
 * values (given, or from a numeric range) or a distribution to sample.
 *
 * @param path         the override path, e.g. washington.params.revenueShare; also the column name
 * @param values       the values a grid takes (and random or latin-hypercube designs pick from); empty when sampled
 * @param distribution the sampled distribution, or null for a list of values
 * @param kind         how the file gave it: values, range or distribution
 */
public record Axis(String path, List<JsonNode> values, Distribution distribution, String kind) {

    public Axis {
        values = List.copyOf(values);
    }

    public boolean sampled() {
        return distribution != null;
    }

    /** The value at probability {@code u} in [0, 1): a stratum of the list, or the distribution's quantile. */
    public JsonNode at(double u) {
        if (sampled()) {
            return AxisValues.number(distribution.quantile(u));
        }
        int index = Math.min(values.size() - 1, (int) Math.floor(u * values.size()));
        return values.get(index);
    }
}
