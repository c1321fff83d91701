package chipsim.agents;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Checked parameter values: every declared parameter present (given or defaulted), every value of
 * its declared type and range. Built by {@link #resolve}, which reports every problem at once.
 */
public final class Params {

    private final SortedMap<String, Object> values;

    private Params(SortedMap<String, Object> values) {
        this.values = values;
    }

    /**
     * Checks {@code given} against {@code specs} and fills in defaults.
     *
     * @throws ParamsException listing every unknown key, missing value, wrong type and out-of-range value
     */
    public static Params resolve(List<ParamSpec> specs, Map<String, ?> given) {
        List<ParamProblem> problems = new ArrayList<>();
        SortedMap<String, Object> values = new TreeMap<>();
        Map<String, ParamSpec> byName = new TreeMap<>();
        for (ParamSpec spec : specs) {
            byName.put(spec.name(), spec);
        }
        for (String key : new TreeMap<>(given).keySet()) {
            if (!byName.containsKey(key)) {
                problems.add(new ParamProblem(key, "unknown parameter '" + key + "'",
                        Names.suggestion(key, byName.keySet())));
            }
        }
        for (ParamSpec spec : specs) {
            Object raw = given.get(spec.name());
            if (raw == null) {
                if (spec.defaultValue() == null) {
                    problems.add(new ParamProblem(spec.name(), "missing required parameter '" + spec.name() + "'",
                            "add " + spec.name() + ": " + spec.description()));
                } else {
                    values.put(spec.name(), spec.defaultValue());
                }
                continue;
            }
            Object value = convert(spec, raw, problems);
            if (value != null) {
                values.put(spec.name(), value);
            }
        }
        if (!problems.isEmpty()) {
            throw new ParamsException(problems);
        }
        return new Params(chipsim.market.FrozenSortedMap.copyOf(values));
    }

    public static Params empty() {
        return new Params(new TreeMap<>());
    }

    private static Object convert(ParamSpec spec, Object raw, List<ParamProblem> problems) {
        String name = spec.name();
        switch (spec.type()) {
            case NUMBER:
            case INTEGER: {
                if (!(raw instanceof Number number)) {
                    problems.add(new ParamProblem(name, name + " must be a number, not '" + raw + "'",
                            "write a number" + range(spec)));
                    return null;
                }
                double value = number.doubleValue();
                if (spec.type() == ParamSpec.Type.INTEGER && value != Math.rint(value)) {
                    problems.add(new ParamProblem(name, name + " must be a whole number, not " + raw,
                            "write a whole number" + range(spec)));
                    return null;
                }
                if (!inRange(spec, value)) {
                    problems.add(new ParamProblem(name, name + " = " + raw + " is out of range",
                            "use a value" + range(spec)));
                    return null;
                }
                return spec.type() == ParamSpec.Type.INTEGER ? (Object) number.longValue() : (Object) value;
            }
            case BOOLEAN:
                if (!(raw instanceof Boolean)) {
                    problems.add(new ParamProblem(name, name + " must be true or false, not '" + raw + "'",
                            "write true or false"));
                    return null;
                }
                return raw;
            case TEXT:
                if (!(raw instanceof String)) {
                    problems.add(new ParamProblem(name, name + " must be text, not '" + raw + "'", "write a word"));
                    return null;
                }
                return raw;
            case TEXT_LIST: {
                if (!(raw instanceof List<?> list)) {
                    problems.add(new ParamProblem(name, name + " must be a list, not '" + raw + "'",
                            "write a list such as [a, b]"));
                    return null;
                }
                List<String> texts = new ArrayList<>();
                for (Object item : list) {
                    texts.add(String.valueOf(item));
                }
                return List.copyOf(texts);
            }
            case NUMBER_MAP:
            default: {
                if (!(raw instanceof Map<?, ?> map)) {
                    problems.add(new ParamProblem(name, name + " must be a map such as {H20: 100000}, not '" + raw + "'",
                            "write key: number pairs"));
                    return null;
                }
                SortedMap<String, Double> numbers = new TreeMap<>();
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    String key = String.valueOf(entry.getKey());
                    if (!(entry.getValue() instanceof Number number)) {
                        problems.add(new ParamProblem(name + "." + key,
                                name + "." + key + " must be a number, not '" + entry.getValue() + "'",
                                "write a number" + range(spec)));
                        continue;
                    }
                    if (!inRange(spec, number.doubleValue())) {
                        problems.add(new ParamProblem(name + "." + key,
                                name + "." + key + " = " + number + " is out of range",
                                "use a value" + range(spec)));
                        continue;
                    }
                    numbers.put(key, number.doubleValue());
                }
                return Collections.unmodifiableSortedMap(numbers);
            }
        }
    }

    private static boolean inRange(ParamSpec spec, double value) {
        return !Double.isNaN(value) && (spec.min() == null || value >= spec.min())
                && (spec.max() == null || value <= spec.max());
    }

    private static String range(ParamSpec spec) {
        if (spec.min() != null && spec.max() != null) {
            return " from " + Names.plain(spec.min()) + " to " + Names.plain(spec.max())
                    + (spec.unit().isEmpty() ? "" : " (" + spec.unit() + ")");
        }
        return spec.unit().isEmpty() ? "" : " (" + spec.unit() + ")";
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    public double number(String name) {
        return ((Number) get(name)).doubleValue();
    }

    public long integer(String name) {
        return ((Number) get(name)).longValue();
    }

    public boolean flag(String name) {
        return (Boolean) get(name);
    }

    public String text(String name) {
        return (String) get(name);
    }

    /**
     * The map as checked, unmodifiable: no copy, as agents read some of theirs every quarter (a
     * buyer's by-year budget and demand).
     */
    @SuppressWarnings("unchecked")
    public SortedMap<String, Double> numberMap(String name) {
        Map<String, Double> map = (Map<String, Double>) get(name);
        if (map.isEmpty()) {
            return Collections.emptySortedMap();
        }
        // A given map is checked into an unmodifiable sorted map; only a default (empty) is not.
        return map instanceof SortedMap<String, Double> sorted ? sorted
                : Collections.unmodifiableSortedMap(new TreeMap<>(map));
    }

    @SuppressWarnings("unchecked")
    public List<String> textList(String name) {
        return (List<String>) get(name);
    }

    /** All values, defaults included, for the resolved scenario. */
    public SortedMap<String, Object> asMap() {
        return values;
    }

    private Object get(String name) {
        Object value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("parameter '" + name + "' is not declared");
        }
        return value;
    }
}
