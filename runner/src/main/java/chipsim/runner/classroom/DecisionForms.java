package chipsim.runner.classroom;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Map;

/**
 * The form a student fills for a decision, built from the decision's record type: one field per
 * component, its kind (integer, number, text, yes/no, choice, map, list) and, from the contract
 * (docs/decisions.md), its unit and valid range. The browser shows and checks the ranges; the
 * server checks the decision again with the decision's own check, as it checks a policy's.
 */
final class DecisionForms {

    /** Unit and range of a field, keyed by its path: {@code asks.*} for every key of a map, {@code bids[].units}. */
    record Range(String unit, double min, double max) {}

    private static final double T = 1e12;
    private static final Map<String, Range> RANGES = Map.ofEntries(
            Map.entry("export-rules/licenceAboveTpp", new Range("TPP", 0, 1e15)),
            Map.entry("export-rules/banAboveTpp", new Range("TPP", 0, 1e15)),
            Map.entry("export-rules/revenueShare", new Range("share", 0, 1)),
            Map.entry("export-rules/chinaCapRatio", new Range("ratio", 0, 10)),
            Map.entry("export-rules/enforcement", new Range("intensity", 0, 1)),
            Map.entry("import-policy/terms.*.quotaUnits", new Range("units", 0, T)),
            Map.entry("import-policy/domesticRatio", new Range("share", 0, 1)),
            Map.entry("import-policy/subsidyUsd", new Range("USD", 0, 1e13)),
            Map.entry("supply/wafersByChip.*", new Range("wafers", 0, 1e9)),
            Map.entry("supply/forecastUnits.*", new Range("units/quarter", 0, T)),
            Map.entry("supply/designTo.*", new Range("TPP", 0, 1e15)),
            Map.entry("licence-requests/unitsByChip.*", new Range("units", 0, T)),
            Map.entry("sales/asks.*", new Range("USD", 0, 1e8)),
            Map.entry("sales/chinaAsks.*", new Range("USD", 0, 1e8)),
            Map.entry("sales/chinaUnits.*", new Range("units", 0, T)),
            Map.entry("sales/elsewhereUnits.*", new Range("units", 0, T)),
            Map.entry("capacity/grantedWafers.*", new Range("wafers", 0, 1e9)),
            Map.entry("capacity/expansionWafers", new Range("wafers/quarter", 0, 1e8)),
            Map.entry("production/unitsByChip.*", new Range("units", 0, T)),
            Map.entry("production/investmentUsd", new Range("USD", 0, 1e13)),
            Map.entry("prices/askUsdByChip.*", new Range("USD", 0, 1e8)),
            Map.entry("purchases/bids[].units", new Range("units", 0, T)),
            Map.entry("purchases/bids[].maxPriceUsd", new Range("USD", 0, 1e8)),
            Map.entry("trading/purchases[].units", new Range("units", 0, T)),
            Map.entry("trading/purchases[].maxPriceUsd", new Range("USD", 0, 1e8)),
            Map.entry("trading/markup", new Range("ratio", 0, 100)));

    private DecisionForms() {}

    /** The schema of a point's decision type, as JSON for the browser's form builder. */
    static ObjectNode schema(String point, Class<?> decisionType) {
        return describe(point, "", decisionType);
    }

    private static ObjectNode describe(String point, String path, Type type) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        Class<?> raw = raw(type);
        if (raw == long.class || raw == int.class || raw == Long.class || raw == Integer.class) {
            node.put("kind", "integer");
        } else if (raw == double.class || raw == Double.class) {
            node.put("kind", "number");
        } else if (raw == boolean.class || raw == Boolean.class) {
            node.put("kind", "boolean");
        } else if (raw == String.class) {
            node.put("kind", "text");
        } else if (raw.isEnum()) {
            node.put("kind", "choice");
            var options = node.putArray("options");
            for (Object constant : raw.getEnumConstants()) {
                options.add(((Enum<?>) constant).name());
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            node.put("kind", "map");
            node.set("value", describe(point, path + ".*", argument(type, 1)));
        } else if (java.util.Collection.class.isAssignableFrom(raw)) {
            node.put("kind", "list");
            node.set("item", describe(point, path + "[]", argument(type, 0)));
        } else if (raw.isRecord()) {
            node.put("kind", "record");
            ObjectNode fields = node.putObject("fields");
            for (RecordComponent component : raw.getRecordComponents()) {
                String childPath = path.isEmpty() ? component.getName()
                        : path.endsWith("[]") ? path + "." + component.getName() : path + "." + component.getName();
                fields.set(component.getName(), describe(point, childPath, component.getGenericType()));
            }
        } else {
            node.put("kind", "text");
        }
        Range range = RANGES.get(point + "/" + path);
        if (range != null) {
            node.put("unit", range.unit());
            node.put("min", range.min());
            node.put("max", range.max());
        }
        return node;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    private static Type argument(Type type, int index) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
            return p.getActualTypeArguments()[index];
        }
        return String.class;
    }
}
