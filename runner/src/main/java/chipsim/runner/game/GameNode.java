package chipsim.runner.game;

import chipsim.runner.scenario.Problems;
import chipsim.agents.Names;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Typed reading of one mapping of a game file; every problem is recorded at its key path. */
final class GameNode {

    private final JsonNode node;
    private final String path;
    private final Problems problems;

    GameNode(JsonNode node, String path, Problems problems) {
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

    /** Text, or null (with a problem when required and missing, or when not text). */
    String text(String key, boolean required, String example) {
        if (!has(key)) {
            if (required) {
                problems.add(path, "missing '" + key + "'", "add " + key + ": " + example);
            }
            return null;
        }
        JsonNode value = node.get(key);
        if (!value.isValueNode() || value.isBoolean()) {
            problems.add(at(key), key + " must be text, not " + describe(value), "write " + key + ": " + example);
            return null;
        }
        return value.asText();
    }

    /** A number in [min, max], or the fallback when absent; null (with a problem) when wrong. */
    Double number(String key, Double fallback, double min, double max, String unit) {
        if (!has(key)) {
            return fallback;
        }
        JsonNode value = node.get(key);
        Double number = value.isNumber() ? Double.valueOf(value.doubleValue()) : null;
        if (number == null || number < min || number > max) {
            problems.add(at(key), key + " must be a number from " + Names.plain(min) + " to " + Names.plain(max)
                    + ", not " + describe(value), unit.isEmpty() ? "write a number" : "the unit is " + unit);
            return null;
        }
        return number;
    }

    /** A whole number in [min, max], or the fallback when absent; null (with a problem) when wrong. */
    Long integer(String key, Long fallback, long min, long max, String unit) {
        if (!has(key)) {
            return fallback;
        }
        JsonNode value = node.get(key);
        if (!value.isIntegralNumber() || value.longValue() < min || value.longValue() > max) {
            problems.add(at(key), key + " must be a whole number from " + min + " to " + max + ", not "
                    + describe(value), unit.isEmpty() ? "write a whole number" : "the unit is " + unit);
            return null;
        }
        return value.longValue();
    }

    /** A mapping's entries in file order; empty (with a problem when present but not a mapping). */
    Map<String, JsonNode> mapping(String key, String example) {
        Map<String, JsonNode> entries = new LinkedHashMap<>();
        if (!has(key)) {
            return entries;
        }
        JsonNode value = node.get(key);
        if (!value.isObject()) {
            problems.add(at(key), key + " must be a mapping (key: value lines), not " + describe(value),
                    "indent its entries under " + key + ":, e.g. " + example);
            return entries;
        }
        value.fields().forEachRemaining(e -> entries.put(e.getKey(), e.getValue()));
        return entries;
    }

    /**
     * A list of distinct names, or null (with a problem) when it is not one.
     *
     * @param what what the names are, for messages ("players", "strategies of row")
     */
    static List<String> names(JsonNode value, String path, String what, String example, Problems problems) {
        if (value == null || value.isNull()) {
            int dot = path.lastIndexOf('.');
            problems.add(dot < 0 ? "" : path.substring(0, dot), "missing '" + path.substring(dot + 1) + "'",
                    "add " + path.substring(dot + 1) + ": " + example);
            return null;
        }
        if (!value.isArray()) {
            problems.add(path, what + " must be a list of names, not " + describe(value), "write e.g. " + example);
            return null;
        }
        List<String> names = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            String itemPath = path + "[" + i + "]";
            if (!item.isValueNode() || item.isNull() || item.asText().isBlank()) {
                problems.add(itemPath, "each of the " + what + " must be a name, not " + describe(item),
                        "write e.g. " + example);
                ok = false;
            } else if (!isName(item.asText())) {
                problems.add(itemPath, "'" + item.asText() + "' is not a plain name", NAME_HINT);
                ok = false;
            } else if (names.contains(item.asText())) {
                problems.add(itemPath, "'" + item.asText() + "' is listed twice in the " + what, "give each a different name");
                ok = false;
            } else {
                names.add(item.asText());
            }
        }
        return ok ? names : null;
    }

    static final String NAME_HINT = "use letters, digits, '-', '_' and '+' only, e.g. license-15";

    /** Names become CSV values, table headers and key paths, so they stay plain. */
    static boolean isName(String text) {
        return text.matches("[A-Za-z0-9_+-]+");
    }

    static String describe(JsonNode value) {
        if (value.isObject()) {
            return "a mapping";
        }
        if (value.isArray()) {
            return "a list";
        }
        if (value.isNull()) {
            return "empty";
        }
        return "'" + value.asText() + "'";
    }
}
