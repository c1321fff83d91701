package chipsim.runner.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.core.JsonFactory;
import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.Map;

/**
 * A YAML or JSON document as a Jackson tree plus the line and column of every key path, so that
 * validation can point at the place in the file. JSON is YAML's subset here: both go through
 * Jackson's YAML parser unless the file ends in .json.
 */
public final class LocatedTree {

    /** Where a key path was written: its file and 1-based line and column. */
    public record Location(String source, int line, int column) {}

    private final String source;
    private final JsonNode root;
    private final Map<String, Location> locations;

    private LocatedTree(String source, JsonNode root, Map<String, Location> locations) {
        this.source = source;
        this.root = root;
        this.locations = locations;
    }

    public static LocatedTree parse(String source, Reader reader, boolean json) throws ScenarioException {
        JsonFactory factory = json ? new JsonFactory() : new YAMLFactory();
        Map<String, Location> locations = new HashMap<>();
        try (JsonParser parser = factory.createParser(reader)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw ScenarioException.of(new Problem(source, 1, 1, "", "the file is empty",
                        "start from configs/baseline.yaml"));
            }
            JsonNode root = read(parser, "", source, locations);
            if (!root.isObject()) {
                throw ScenarioException.of(new Problem(source, 1, 1, "",
                        "the document must be a mapping of keys (name:, start:, agents: ...)",
                        "start from configs/baseline.yaml"));
            }
            return new LocatedTree(source, root, locations);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String message = e.getOriginalMessage().lines().findFirst().orElse("cannot be parsed");
            throw ScenarioException.of(new Problem(source, at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr(), "", "not valid " + (json ? "JSON" : "YAML") + ": " + message,
                    "check indentation, colons and quotes around this place"));
        } catch (IOException e) {
            throw ScenarioException.of(new Problem(source, 0, 0, "", "cannot read: " + e.getMessage(),
                    "check that the file exists and is readable"));
        }
    }

    private static JsonNode read(JsonParser parser, String path, String source, Map<String, Location> locations)
            throws IOException {
        JsonToken token = parser.currentToken();
        JsonLocation at = parser.currentTokenLocation();
        locations.putIfAbsent(path, new Location(source, at.getLineNr(), at.getColumnNr()));
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (token) {
            case START_OBJECT: {
                ObjectNode object = nodes.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    String childPath = path.isEmpty() ? key : path + "." + key;
                    JsonLocation keyAt = parser.currentTokenLocation();
                    if (object.has(key)) {
                        throw new DuplicateKey(childPath, keyAt);
                    }
                    locations.put(childPath, new Location(source, keyAt.getLineNr(), keyAt.getColumnNr()));
                    parser.nextToken();
                    object.set(key, read(parser, childPath, source, locations));
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = nodes.arrayNode();
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(read(parser, path + "[" + index + "]", source, locations));
                    index++;
                }
                return array;
            }
            case VALUE_STRING:
                return nodes.textNode(parser.getText());
            case VALUE_NUMBER_INT:
                return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? nodes.numberNode(parser.getBigIntegerValue())
                        : nodes.numberNode(parser.getLongValue());
            case VALUE_NUMBER_FLOAT:
                return nodes.numberNode(parser.getDoubleValue());
            case VALUE_TRUE:
                return nodes.booleanNode(true);
            case VALUE_FALSE:
                return nodes.booleanNode(false);
            case VALUE_NULL:
                return nodes.nullNode();
            default:
                throw new JsonProcessingException("unexpected " + token, at) {};
        }
    }

    /** A key given twice in one mapping: YAML would silently keep one, which hides mistakes. */
    static final class DuplicateKey extends JsonProcessingException {
        DuplicateKey(String path, JsonLocation at) {
            super("key '" + path + "' is given twice; keep one", at);
        }
    }

    public String source() {
        return source;
    }

    public JsonNode root() {
        return root;
    }

    /** Where a key path was written, or its nearest located ancestor; line 0 when unknown. */
    public Location locate(String path) {
        String p = path;
        while (true) {
            Location at = locations.get(p);
            if (at != null) {
                return at;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            if (cut <= 0) {
                Location top = locations.get("");
                return top == null ? new Location(source, 0, 0) : top;
            }
            p = p.substring(0, cut);
        }
    }

    /** A problem placed where {@code path} was written. */
    public Problem problemAt(String path, String message, String hint) {
        Location at = locate(path);
        return new Problem(at.source(), at.line(), at.column(), path, message, hint);
    }

    /**
     * This tree laid over {@code base}: mappings merge key by key, list items that have an
     * {@code id} merge with the base item of the same id (others are appended), other values
     * replace; a key set to null is removed, and an empty mapping clears the base's; an agent's
     * {@code params} given with its {@code policy} replace the base's parameters. Every path
     * keeps the location of the file that wrote it last.
     */
    public LocatedTree over(LocatedTree base) {
        Map<String, Location> merged = new HashMap<>(base.locations);
        JsonNode root = TreeMerge.merge(base.root.deepCopy(), this.root, "", this.locations, merged);
        return new LocatedTree(source, root, merged);
    }
}
