package chipsim.runner.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/** The merge rule of scenario inheritance (see {@link LocatedTree#over}). */
final class TreeMerge {

    private TreeMerge() {}

    /**
     * @param onTop           the overriding tree
     * @param onTopLocations  where each of its paths was written
     * @param merged          the locations of the result, updated in place
     */
    static JsonNode merge(JsonNode base, JsonNode onTop, String path, Map<String, LocatedTree.Location> onTopLocations,
            Map<String, LocatedTree.Location> merged) {
        relocate(path, onTopLocations, merged);
        if (base instanceof ObjectNode baseObject && onTop instanceof ObjectNode topObject && topObject.size() > 0) {
            Iterator<Map.Entry<String, JsonNode>> fields = topObject.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String childPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                if (field.getValue().isNull()) {
                    baseObject.remove(field.getKey());
                    continue;
                }
                JsonNode existing = baseObject.get(field.getKey());
                // A new policy comes with its own parameters: they replace the base's, never mix.
                boolean replaces = field.getKey().equals("params") && topObject.has("policy");
                baseObject.set(field.getKey(), existing == null || replaces
                        ? copyWithLocations(field.getValue(), childPath, onTopLocations, merged)
                        : merge(existing, field.getValue(), childPath, onTopLocations, merged));
            }
            return baseObject;
        }
        if (base instanceof ArrayNode baseArray && onTop instanceof ArrayNode topArray && allHaveIds(topArray)
                && allHaveIds(baseArray)) {
            for (int i = 0; i < topArray.size(); i++) {
                JsonNode item = topArray.get(i);
                int at = indexOf(baseArray, item.get("id").asText());
                if (at < 0) {
                    baseArray.add(copyWithLocations(item, path + "[" + baseArray.size() + "]", onTopLocations, merged,
                            path + "[" + i + "]"));
                } else {
                    baseArray.set(at, merge(baseArray.get(at), item, path + "[" + at + "]",
                            shifted(onTopLocations, path + "[" + i + "]", path + "[" + at + "]"), merged));
                }
            }
            return baseArray;
        }
        return copyWithLocations(onTop, path, onTopLocations, merged);
    }

    private static JsonNode copyWithLocations(JsonNode node, String path, Map<String, LocatedTree.Location> from,
            Map<String, LocatedTree.Location> merged) {
        return copyWithLocations(node, path, from, merged, path);
    }

    /** A copy of an overriding subtree, whose paths were written at {@code fromPath} and now live at {@code path}. */
    private static JsonNode copyWithLocations(JsonNode node, String path, Map<String, LocatedTree.Location> from,
            Map<String, LocatedTree.Location> merged, String fromPath) {
        merged.keySet().removeIf(p -> p.equals(path) || p.startsWith(path + ".") || p.startsWith(path + "["));
        for (Map.Entry<String, LocatedTree.Location> entry : from.entrySet()) {
            String p = entry.getKey();
            if (p.equals(fromPath) || p.startsWith(fromPath + ".") || p.startsWith(fromPath + "[")) {
                merged.put(path + p.substring(fromPath.length()), entry.getValue());
            }
        }
        return node.deepCopy();
    }

    private static void relocate(String path, Map<String, LocatedTree.Location> from,
            Map<String, LocatedTree.Location> merged) {
        LocatedTree.Location at = from.get(path);
        if (at != null) {
            merged.put(path, at);
        }
    }

    /** Locations of an overriding list item at index {@code fromPath}, renamed to the base item's index. */
    private static Map<String, LocatedTree.Location> shifted(Map<String, LocatedTree.Location> from, String fromPath,
            String toPath) {
        Map<String, LocatedTree.Location> renamed = new java.util.HashMap<>();
        for (Map.Entry<String, LocatedTree.Location> entry : from.entrySet()) {
            String p = entry.getKey();
            if (p.equals(fromPath) || p.startsWith(fromPath + ".") || p.startsWith(fromPath + "[")) {
                renamed.put(toPath + p.substring(fromPath.length()), entry.getValue());
            }
        }
        return renamed;
    }

    private static boolean allHaveIds(ArrayNode array) {
        for (JsonNode item : array) {
            if (!item.isObject() || !item.hasNonNull("id")) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(ArrayNode array, String id) {
        for (int i = 0; i < array.size(); i++) {
            if (id.equals(array.get(i).path("id").asText(null))) {
                return i;
            }
        }
        return -1;
    }
}
