package chipsim.runner.scenario;

import chipsim.agents.Names;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies {@code --set path=value} to a scenario tree before it is checked, so an override is
 * validated exactly like the file. A path walks mappings by key and lists by the {@code id} of
 * their items ({@code chips.H20.listPriceUsd}); a path that starts with an agent id is read under
 * {@code agents} ({@code washington.params.revenueShare}). The value is read as YAML: numbers,
 * true/false, [lists] and {maps} keep their types, and {@code null} removes the key
 * ({@code --set broker-sg=null} removes that agent).
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
            } else if (keys.length > 1 && !root.has(keys[0]) && !ScenarioLoader.TOP_KEYS.contains(keys[0])) {
                // Blamed on the option, not on the file that has no such key.
                List<String> names = new ArrayList<>(ScenarioLoader.TOP_KEYS);
                root.path("agents").fieldNames().forEachRemaining(names::add);
                throw ScenarioException.of(new Problem("--set " + assignment, 0, 0, "",
                        "'" + keys[0] + "' is neither a scenario key nor an agent of the scenario",
                        Names.suggestion(keys[0], names) + "; a path starts with a key such as seed or chips, "
                                + "or an agent id, e.g. washington.params.revenueShare"));
            }
            // Problems are reported by the path the checks use, where list items are indexed
            // (chips[2].listPriceUsd), so the override is recorded under that path.
            String checkedPath = set(root, keys, value, assignment);
            problems.overridden(checkedPath, "--set " + assignment);
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

    /**
     * Sets the value and returns its path as the checks name it, list items by index; or, when the
     * path creates sections the tree did not have, the first of them.
     */
    private static String set(ObjectNode root, String[] keys, JsonNode value, String assignment)
            throws ScenarioException {
        JsonNode node = root;
        StringBuilder checkedPath = new StringBuilder();
        StringBuilder created = null;
        for (int i = 0; i < keys.length - 1; i++) {
            JsonNode next = child(node, keys[i]);
            if (next == null || next.isNull()) {
                if (!(node instanceof ObjectNode object)) {
                    throw unknown(assignment, keys, i, node);
                }
                next = object.putObject(keys[i]);
                if (created == null) {
                    // Everything under a section the option created is the option's: blame it there.
                    created = new StringBuilder(checkedPath);
                    appendStep(created, node, keys[i]);
                }
            }
            if (!next.isContainerNode()) {
                throw ScenarioException.of(new Problem("--set " + assignment, 0, 0, "",
                        String.join(".", List.of(keys).subList(0, i + 1)) + " is a single value, not a section",
                        "set it directly: --set " + String.join(".", List.of(keys).subList(0, i + 1)) + "=VALUE"));
            }
            appendStep(checkedPath, node, keys[i]);
            node = next;
        }
        String last = keys[keys.length - 1];
        if (node instanceof ObjectNode object) {
            if (value.isNull()) {
                object.remove(last);      // as in a file that extends another: null removes the key
            } else {
                object.set(last, value);
            }
            appendStep(checkedPath, node, last);
            return created != null ? created.toString() : checkedPath.toString();
        }
        if (child(node, last) != null) {
            String item = String.join(".", keys);
            throw ScenarioException.of(new Problem("--set " + assignment, 0, 0, "",
                    item + " is a whole list item, not a single value",
                    "set one of its keys: --set " + item + ".KEY=VALUE, e.g. chips.H20.listPriceUsd=12000"));
        }
        throw unknown(assignment, keys, keys.length - 1, node);
    }

    /** One step of a path: ".key" in a mapping, "[index]" for the list item with that id. */
    private static void appendStep(StringBuilder path, JsonNode node, String key) {
        if (node instanceof ArrayNode array) {
            path.append('[').append(indexOf(array, key)).append(']');
        } else {
            path.append(path.length() == 0 ? "" : ".").append(key);
        }
    }

    private static int indexOf(ArrayNode array, String id) {
        for (int i = 0; i < array.size(); i++) {
            if (id.equals(array.get(i).path("id").asText(null))) {
                return i;
            }
        }
        return -1;
    }

    /** A mapping's child by key, or a list item by its id. */
    private static JsonNode child(JsonNode node, String key) {
        if (node instanceof ArrayNode array) {
            int at = indexOf(array, key);
            return at < 0 ? null : array.get(at);
        }
        return node.get(key);
    }

    private static ScenarioException unknown(String assignment, String[] keys, int at, JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.forEach(item -> ids.add(item.path("id").asText("")));
        return ScenarioException.of(new Problem("--set " + assignment, 0, 0, "",
                "'" + keys[at] + "' matches no item of " + String.join(".", List.of(keys).subList(0, at)),
                "list items are named by their id, e.g. chips.H20.listPriceUsd; " + Names.suggestion(keys[at], ids)));
    }
}
