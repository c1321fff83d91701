package chipsim.runner.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.util.List;

/**
 * Applies {@code --set path=value} to a scenario tree before it is checked, so an override is
 * validated exactly like the file. A path walks mappings by key and lists by the {@code id} of
 * their items ({@code chips.H20.listPriceUsd}); a path that starts with an agent id is read under
 * {@code agents} ({@code washington.params.revenueShare}). The value is read as YAML: numbers,
 * true/false, [lists] and {maps} keep their types.
 */
public final class Overrides {

    private Overrides() {}

    static void apply(LocatedTree tree, List<String> assignments, Problems problems) throws ScenarioException {
        ObjectNode root = (ObjectNode) tree.root();
        for (String assignment : assignments) {
            int eq = assignment.indexOf('=');
            if (eq <= 0) {
                throw ScenarioException.of(new Problem("--set " + assignment, 0, 0, "",
                        "an override must look like path=value", "e.g. --set washington.params.revenueShare=0.25"));
            }
            String path = assignment.substring(0, eq).trim();
            JsonNode value = parseValue(assignment.substring(eq + 1), assignment);
            String[] keys = path.split("\\.");
            if (!root.has(keys[0]) && root.path("agents").has(keys[0])) {
                path = "agents." + path;
                keys = path.split("\\.");
            }
            problems.overridden(path, "--set " + assignment);
            set(root, keys, value, assignment);
        }
    }

    private static JsonNode parseValue(String text, String assignment) throws ScenarioException {
        if (text.isBlank()) {
            return JsonNodeFactory.instance.textNode("");
        }
        try {
            LocatedTree wrapped = LocatedTree.parse("--set " + assignment, new StringReader("v: " + text), false);
            return wrapped.root().get("v");
        } catch (ScenarioException e) {
            return JsonNodeFactory.instance.textNode(text);
        }
    }

    private static void set(ObjectNode root, String[] keys, JsonNode value, String assignment) throws ScenarioException {
        JsonNode node = root;
        for (int i = 0; i < keys.length - 1; i++) {
            JsonNode next = child(node, keys[i]);
            if (next == null || next.isNull()) {
                if (!(node instanceof ObjectNode object)) {
                    throw unknown(assignment, keys, i);
                }
                next = object.putObject(keys[i]);
            }
            if (!next.isContainerNode()) {
                throw ScenarioException.of(new Problem("--set " + assignment, 0, 0, "",
                        String.join(".", List.of(keys).subList(0, i + 1)) + " is a single value, not a section",
                        "set it directly: --set " + String.join(".", List.of(keys).subList(0, i + 1)) + "=VALUE"));
            }
            node = next;
        }
        String last = keys[keys.length - 1];
        if (node instanceof ObjectNode object) {
            object.set(last, value);
        } else {
            throw unknown(assignment, keys, keys.length - 1);
        }
    }

    /** A mapping's child by key, or a list item by its id. */
    private static JsonNode child(JsonNode node, String key) {
        if (node instanceof ArrayNode array) {
            for (JsonNode item : array) {
                if (key.equals(item.path("id").asText(null))) {
                    return item;
                }
            }
            return null;
        }
        return node.get(key);
    }

    private static ScenarioException unknown(String assignment, String[] keys, int at) {
        return ScenarioException.of(new Problem("--set " + assignment, 0, 0, "",
                "'" + keys[at] + "' matches no item of " + String.join(".", List.of(keys).subList(0, at)),
                "list items are named by their id, e.g. chips.H20.listPriceUsd"));
    }
}
