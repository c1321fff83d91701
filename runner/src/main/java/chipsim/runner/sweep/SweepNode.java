package chipsim.runner.sweep;

import chipsim.runner.scenario.Problems;
import chipsim.agents.Names;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Typed reading of one mapping of the sweep file, each problem recorded at its key path. */
final class SweepNode {

    private final JsonNode node;
    private final String path;
    private final Problems problems;

    SweepNode(JsonNode node, String path, Problems problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    String at(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    boolean has(String key) {
        return node.has(key) && !node.get(key).isNull();
    }

    JsonNode get(String key) {
        return node.get(key);
    }

    void allowOnly(List<String> keys) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String key = names.next();
            if (!keys.contains(key)) {
                problems.add(at(key), "unknown key '" + key + "'", Names.suggestion(key, keys));
            }
        }
    }

    String text(String key, String fallback) {
        if (!has(key)) {
            return fallback;
        }
        JsonNode value = node.get(key);
        if (!value.isValueNode() || value.isBoolean()) {
            problems.add(at(key), key + " must be a word or text, not " + describe(value), "write e.g. " + key + ": name");
            return fallback;
        }
        return value.asText();
    }

    /** A number in [min, max], the fallback when absent; null (with a problem) when required and absent or wrong. */
    Double number(String key, Double fallback, double min, double max) {
        if (!has(key)) {
            if (fallback == null) {
                problems.add(path, "missing '" + key + "'", "add " + key + ": a number");
            }
            return fallback;
        }
        JsonNode value = node.get(key);
        Double read = asNumber(value);
        if (read == null) {
            problems.add(at(key), key + " must be a number, not " + describe(value), "write a number");
            return null;
        }
        double number = read;
        if (!(number >= min && number <= max)) {
            problems.add(at(key), key + " = " + Names.plain(number) + " is out of range",
                    "use a value from " + Names.plain(min) + " to " + Names.plain(max));
            return null;
        }
        return number;
    }

    Long integer(String key, Long fallback, long min, long max) {
        Double value = number(key, fallback == null ? null : fallback.doubleValue(), min, max);
        if (value == null) {
            return null;
        }
        if (value != Math.rint(value)) {
            problems.add(at(key), key + " must be a whole number, not " + Names.plain(value), "drop the fraction");
            return null;
        }
        return value.longValue();
    }

    boolean flag(String key, boolean fallback) {
        if (!has(key)) {
            return fallback;
        }
        JsonNode value = node.get(key);
        if (!value.isBoolean()) {
            problems.add(at(key), key + " must be true or false, not " + describe(value), "write true or false");
            return fallback;
        }
        return value.booleanValue();
    }

    /** A mapping's entries in file order; empty (with a problem) when present but not a mapping. */
    Map<String, JsonNode> mapping(String key) {
        Map<String, JsonNode> entries = new LinkedHashMap<>();
        if (!has(key)) {
            return entries;
        }
        JsonNode value = node.get(key);
        if (!value.isObject()) {
            problems.add(at(key), key + " must be a mapping of key: value lines, not " + describe(value),
                    "indent its entries under " + key + ":");
            return entries;
        }
        value.fields().forEachRemaining(e -> entries.put(e.getKey(), e.getValue()));
        return entries;
    }

    List<JsonNode> list(String key) {
        List<JsonNode> items = new ArrayList<>();
        if (!has(key)) {
            return items;
        }
        JsonNode value = node.get(key);
        if (!value.isArray()) {
            problems.add(at(key), key + " must be a list such as [a, b], not " + describe(value),
                    "write [a, b] or one '- ' line per item");
            return items;
        }
        value.forEach(items::add);
        return items;
    }

    /** A number node, or text that reads as one ("14_000_000_000", "1e9"); null otherwise. */
    static Double asNumber(JsonNode value) {
        if (value.isNumber()) {
            return value.doubleValue();
        }
        if (value.isTextual()) {
            String text = value.asText().replace("_", "").trim();
            if (text.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
                return Double.parseDouble(text);
            }
        }
        return null;
    }

    static String describe(JsonNode value) {
        if (value.isObject()) {
            return "a mapping";
        }
        if (value.isArray()) {
            return "a list";
        }
        return "'" + value.asText() + "'";
    }
}
