package chipsim.runner.sweep;

import chipsim.runner.scenario.NodeReader;
import chipsim.runner.scenario.Problems;
import chipsim.agents.Names;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the axes: section, one axis per scenario path, each checked where it stands in the file. */
final class AxisReader {

    static final String VALUES = "values";
    static final String RANGE = "range";
    static final String DISTRIBUTION = "distribution";
    private static final List<String> KINDS = List.of(VALUES, RANGE, DISTRIBUTION);
    /** Beyond this, a range is almost surely a typo in its step. */
    static final int MAX_VALUES = 10_000;

    private AxisReader() {}

    static List<Axis> read(Map<String, JsonNode> entries, Problems problems) {
        List<Axis> axes = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : entries.entrySet()) {
            String path = entry.getKey();
            String at = "axes." + path;
            if (!path.matches("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*")) {
                problems.add(at, "'" + path + "' is not a scenario path",
                        "write it as --set takes it, e.g. washington.params.revenueShare");
                continue;
            }
            if (path.equals("seed")) {
                problems.add(at, "the seed is not an axis", "use replications: N; each point runs with N seeds");
                continue;
            }
            if (!entry.getValue().isObject()) {
                problems.add(at, "an axis must be a mapping with values:, range: or distribution:",
                        "e.g. " + path + ": {values: [0.1, 0.2]}");
                continue;
            }
            NodeReader axis = new NodeReader(entry.getValue(), at, problems);
            axis.allowOnly(KINDS);
            List<String> given = KINDS.stream().filter(axis::has).toList();
            if (given.size() != 1) {
                problems.add(at, given.isEmpty() ? "the axis gives no values"
                        : "the axis gives " + String.join(" and ", given) + "; give one",
                        "use one of values: [..], range: {from, to, step} or distribution: {type, ...}");
                continue;
            }
            Axis read = switch (given.get(0)) {
                case VALUES -> values(path, axis, problems);
                case RANGE -> range(path, axis, problems);
                default -> distribution(path, axis, problems);
            };
            if (read != null) {
                axes.add(read);
            }
        }
        return axes;
    }

    private static Axis values(String path, NodeReader axis, Problems problems) {
        List<JsonNode> values = axis.list(VALUES);
        if (values.isEmpty()) {
            problems.add(axis.at(VALUES), "the list of values is empty", "give at least one value");
            return null;
        }
        Set<String> seen = new HashSet<>();
        boolean ok = true;
        for (int i = 0; i < values.size(); i++) {
            JsonNode value = values.get(i);
            String at = axis.at(VALUES) + "[" + i + "]";
            if (!value.isValueNode() || value.isNull()) {
                problems.add(at, "a value must be a number, a word or true/false, not " + NodeReader.describe(value),
                        "sweep one value at a time; a list or mapping is set with set:");
                ok = false;
            } else if (!seen.add(AxisValues.text(value))) {
                problems.add(at, "the value " + AxisValues.text(value) + " is given twice", "keep one");
                ok = false;
            }
        }
        return ok ? new Axis(path, values, null, VALUES) : null;
    }

    /** from, from + step, ... up to and including to; exact decimals, so 0.1 steps give 0.3, not 0.30000000000000004. */
    private static Axis range(String path, NodeReader axis, Problems problems) {
        if (!axis.get(RANGE).isObject()) {
            problems.add(axis.at(RANGE), "range must be a mapping {from, to, step}", "e.g. range: {from: 0, to: 0.5, step: 0.1}");
            return null;
        }
        NodeReader range = new NodeReader(axis.get(RANGE), axis.at(RANGE), problems);
        range.allowOnly(List.of("from", "to", "step"));
        Double from = range.number("from", null, -1e18, 1e18);
        Double to = range.number("to", null, -1e18, 1e18);
        Double step = range.number("step", null, 0, 1e18);
        if (from == null || to == null || step == null) {
            return null;
        }
        if (step <= 0) {
            problems.add(range.at("step"), "step must be more than 0", "e.g. step: 0.05");
            return null;
        }
        if (to < from) {
            problems.add(range.at("to"), "the range ends (" + Names.plain(to) + ") before it starts ("
                    + Names.plain(from) + ")", "make to at least from");
            return null;
        }
        BigDecimal start = BigDecimal.valueOf(from);
        BigDecimal end = BigDecimal.valueOf(to);
        BigDecimal increment = BigDecimal.valueOf(step);
        // Exact, and compared before it is made a long: a tiny step (1e-100) gives a count past 2^63.
        BigDecimal exactCount = end.subtract(start).divideToIntegralValue(increment).add(BigDecimal.ONE);
        if (exactCount.compareTo(BigDecimal.valueOf(MAX_VALUES)) > 0) {
            problems.add(range.at("step"), "the range from " + Names.plain(from) + " to " + Names.plain(to)
                    + " in steps of " + Names.plain(step) + " has " + countText(exactCount) + " values, more than "
                    + MAX_VALUES, "use a larger step, or a distribution with a random or latin-hypercube design");
            return null;
        }
        long count = exactCount.longValueExact();
        List<JsonNode> values = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            values.add(AxisValues.number(start.add(increment.multiply(BigDecimal.valueOf(i))).doubleValue()));
        }
        return new Axis(path, values, null, RANGE);
    }

    /** 1234567 as it is; a count of 1e100 + 1 as "about 1.0e100". */
    private static String countText(BigDecimal count) {
        return count.precision() <= 15 ? count.toPlainString()
                : "about " + String.format(java.util.Locale.ROOT, "%.1e", count.doubleValue());
    }

    private static Axis distribution(String path, NodeReader axis, Problems problems) {
        if (!axis.get(DISTRIBUTION).isObject()) {
            problems.add(axis.at(DISTRIBUTION), "distribution must be a mapping such as {type: uniform, min: 0, max: 1}",
                    "types: " + String.join(", ", Distribution.TYPES));
            return null;
        }
        NodeReader d = new NodeReader(axis.get(DISTRIBUTION), axis.at(DISTRIBUTION), problems);
        String type = d.text("type", null);
        if (type == null || !Distribution.TYPES.contains(type)) {
            problems.add(d.at("type"),
                    type == null ? "missing 'type'" : "unknown distribution '" + type + "'",
                    Names.suggestion(type == null ? "" : type, Distribution.TYPES));
            return null;
        }
        boolean integer = d.flag("integer", false);
        if (type.equals(Distribution.NORMAL)) {
            d.allowOnly(List.of("type", "mean", "sd", "min", "max", "integer"));
            Double mean = d.number("mean", null, -1e18, 1e18);
            Double sd = d.number("sd", null, 0, 1e18);
            Double min = d.number("min", Double.NEGATIVE_INFINITY, -1e18, 1e18);
            Double max = d.number("max", Double.POSITIVE_INFINITY, -1e18, 1e18);
            if (mean == null || sd == null || min == null || max == null) {
                return null;
            }
            if (sd <= 0) {
                problems.add(d.at("sd"), "sd must be more than 0", "a fixed value is values: [x]");
                return null;
            }
            if (max <= min) {
                problems.add(d.at("max"), "max must be more than min", "truncate the normal to [min, max]");
                return null;
            }
            return new Axis(path, List.of(), new Distribution(type, min, max, mean, sd, integer), DISTRIBUTION);
        }
        d.allowOnly(List.of("type", "min", "max", "integer"));
        Double min = d.number("min", null, -1e18, 1e18);
        Double max = d.number("max", null, -1e18, 1e18);
        if (min == null || max == null) {
            return null;
        }
        if (max <= min) {
            problems.add(d.at("max"), "max must be more than min", "a fixed value is values: [x]");
            return null;
        }
        if (type.equals(Distribution.LOG_UNIFORM) && min <= 0) {
            problems.add(d.at("min"), "a log-uniform distribution needs min > 0", "e.g. min: 0.001");
            return null;
        }
        return new Axis(path, List.of(), new Distribution(type, min, max, 0, 0, integer), DISTRIBUTION);
    }
}
