package chipsim.runner.game;

import chipsim.runner.scenario.NodeReader;
import chipsim.runner.scenario.Problems;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Typed reading of one mapping of a game file: the scenario's reader plus what games need, lists
 * of plain names and hints with examples; every problem is recorded at its key path.
 */
final class GameNode extends NodeReader {

    GameNode(JsonNode node, String path, Problems problems) {
        super(node, path, problems);
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
}
