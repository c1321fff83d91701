package chipsim.runner.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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

    private final List<Problem> duplicateKeys;

    private LocatedTree(String source, JsonNode root, Map<String, Location> locations, List<Problem> duplicateKeys) {
        this.source = source;
        this.root = root;
        this.locations = locations;
        this.duplicateKeys = List.copyOf(duplicateKeys);
    }

    /** Parses a document; a key given twice in one mapping is a fatal problem. */
    public static LocatedTree parse(String source, Reader reader, boolean json) throws ScenarioException {
        LocatedTree tree = parseReportingDuplicates(source, reader, json);
        if (!tree.duplicateKeys.isEmpty()) {
            throw new ScenarioException(tree.duplicateKeys);
        }
        return tree;
    }

    /**
     * Parses a file (a sweep, a game); its bytes are checked by {@link InputText}, so a byte that is
     * not UTF-8 is placed exactly. A key given twice in one mapping is a fatal problem.
     */
    public static LocatedTree parse(Path file) throws ScenarioException {
        String source = file.toString();
        try {
            long size = Files.size(file);
            if (size > InputText.MAX_CHARS) {
                throw InputText.tooLarge(source, size + " bytes");
            }
            LocatedTree tree = parseText(source, InputText.decode(source, Files.readAllBytes(file)),
                    source.endsWith(".json"));
            if (!tree.duplicateKeys.isEmpty()) {
                throw new ScenarioException(tree.duplicateKeys);
            }
            return tree;
        } catch (IOException e) {
            throw ScenarioException.of(new Problem(source, 0, 0, "", "cannot read: " + e.getMessage(),
                    "check the file's permissions"));
        }
    }

    /**
     * Parses a document, keeping the first of a key given twice and recording the repeat in
     * {@link #duplicateKeys()}, so a scenario reports it together with all its other problems.
     */
    static LocatedTree parseReportingDuplicates(String source, Reader reader, boolean json)
            throws ScenarioException {
        String text;
        try {
            text = InputText.read(source, reader);
        } catch (IOException e) {
            throw ScenarioException.of(new Problem(source, 0, 0, "", "cannot read: " + e.getMessage(),
                    "check that the file exists and is readable"));
        }
        return parseText(source, text, json);
    }

    /** Parses text checked by {@link InputText}; a key given twice is recorded as with a reader. */
    static LocatedTree parseText(String source, String text, boolean json) throws ScenarioException {
        // A number may be as long as a line: its digits are then judged as a value, at its place.
        StreamReadConstraints limits = StreamReadConstraints.builder().maxNumberLength(InputText.MAX_LINE_CHARS).build();
        JsonFactory factory = json ? JsonFactory.builder().streamReadConstraints(limits).build()
                : YAMLFactory.builder().streamReadConstraints(limits).build();
        Map<String, Location> locations = new HashMap<>();
        List<Problem> duplicates = new ArrayList<>();
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw ScenarioException.of(new Problem(source, 1, 1, "", "the file is empty",
                        "start from configs/baseline.yaml"));
            }
            JsonNode root = read(parser, "", source, locations, duplicates, 0);
            if (!root.isObject()) {
                throw ScenarioException.of(new Problem(source, 1, 1, "",
                        "the document must be a mapping of keys (name:, start:, agents: ...)",
                        "start from configs/baseline.yaml"));
            }
            refuseTrailing(parser, source, json);
            return new LocatedTree(source, root, locations, duplicates);
        } catch (Refused e) {
            throw ScenarioException.of(e.problem);
        } catch (JsonProcessingException e) {
            throw ScenarioException.of(SyntaxProblem.of(source, e, json));
        } catch (IOException e) {
            throw ScenarioException.of(new Problem(source, 0, 0, "", "cannot read: " + e.getMessage(),
                    "check that the file exists and is readable"));
        }
    }

    /** Anything after the one document (a second JSON value, a second YAML document) would be silently dropped. */
    private static void refuseTrailing(JsonParser parser, String source, boolean json) throws IOException {
        JsonToken next;
        try {
            next = parser.nextToken();
        } catch (JsonProcessingException e) {
            Problem syntax = SyntaxProblem.of(source, e, json);
            throw new Refused(new Problem(source, syntax.line(), syntax.column(), "",
                    "text after the end of the " + (json ? "JSON object" : "document") + ": " + syntax.message(),
                    "a file holds one document; delete what follows its closing " + (json ? "}" : "line")));
        }
        if (next != null) {
            JsonLocation at = parser.currentTokenLocation();
            throw new Refused(new Problem(source, at.getLineNr(), at.getColumnNr(), "",
                    json ? "a second JSON value after the scenario's object"
                            : "a second YAML document after the scenario (after ---)",
                    "a file holds one document; delete the rest, or put each in its own file"
                            + " (a scenario can extend another with base:)"));
        }
    }

    /** Deeper than any scenario needs (the deepest shipped value is 5 levels down). */
    static final int MAX_DEPTH = 50;

    /** A problem that ends the parse at once, with its place. */
    private static final class Refused extends IOException {
        final transient Problem problem;

        Refused(Problem problem) {
            super(problem.message());
            this.problem = problem;
        }
    }

    private static JsonNode read(JsonParser parser, String path, String source, Map<String, Location> locations,
            List<Problem> duplicates, int depth) throws IOException {
        JsonToken token = parser.currentToken();
        JsonLocation at = parser.currentTokenLocation();
        locations.putIfAbsent(path, new Location(source, at.getLineNr(), at.getColumnNr()));
        if (depth > MAX_DEPTH) {
            throw new Refused(new Problem(source, at.getLineNr(), at.getColumnNr(), "",
                    "values are nested more than " + MAX_DEPTH + " levels deep",
                    "a scenario needs a few levels (agents.nvidia.setup.inventory.H200); check the brackets"));
        }
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            // Jackson reads an alias as the anchor's name, a string: the value would silently change.
            throw new Refused(new Problem(source, at.getLineNr(), at.getColumnNr(), path,
                    "YAML aliases (*" + parser.getText() + ") are not supported",
                    "write the value out in full where the alias stands"));
        }
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (token) {
            case START_OBJECT: {
                ObjectNode object = nodes.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    String childPath = path.isEmpty() ? key : path + "." + key;
                    JsonLocation keyAt = parser.currentTokenLocation();
                    parser.nextToken();
                    if (object.has(key)) {
                        // YAML parsers silently keep one of the two, which hides mistakes.
                        duplicates.add(new Problem(source, keyAt.getLineNr(), keyAt.getColumnNr(), childPath,
                                "key '" + key + "' is given twice in one mapping",
                                "keep one of them; the first is on line " + locations.get(childPath).line()));
                        read(parser, childPath + "#" + keyAt.getLineNr(), source, new HashMap<>(), duplicates, depth + 1);
                        continue;
                    }
                    locations.put(childPath, new Location(source, keyAt.getLineNr(), keyAt.getColumnNr()));
                    object.set(key, read(parser, childPath, source, locations, duplicates, depth + 1));
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = nodes.arrayNode();
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(read(parser, path + "[" + index + "]", source, locations, duplicates, depth + 1));
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
                return nodes.numberNode(finite(parser, path, source, at));
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

    /** A float as a double; YAML's .nan and .inf are refused, since no scenario value can be either. */
    private static double finite(JsonParser parser, String path, String source, JsonLocation at) throws IOException {
        String text = parser.getText().trim().toLowerCase(java.util.Locale.ROOT);
        if (text.endsWith(".nan") || text.endsWith(".inf")) {
            throw new Refused(new Problem(source, at.getLineNr(), at.getColumnNr(), path,
                    parser.getText() + " (" + (text.endsWith(".nan") ? "not a number" : "infinity")
                            + ") is not a value chipsim can use",
                    "write a finite number, e.g. 0 or 1e12"));
        }
        double value = parser.getDoubleValue();
        if (Double.isInfinite(value)) {
            throw new Refused(new Problem(source, at.getLineNr(), at.getColumnNr(), path,
                    parser.getText() + " is too large for a number (more than 1.8e308)",
                    "write a finite number, e.g. 1e12"));
        }
        return value;
    }

    public String source() {
        return source;
    }

    public JsonNode root() {
        return root;
    }

    /** Keys given twice in one mapping, in this document and the bases under it. */
    List<Problem> duplicateKeys() {
        return duplicateKeys;
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
        List<Problem> duplicates = new ArrayList<>(base.duplicateKeys);
        duplicates.addAll(duplicateKeys);
        return new LocatedTree(source, root, merged, duplicates);
    }

    /** An independent copy, for a caller that applies overrides to one tree many times. */
    public LocatedTree copy() {
        return new LocatedTree(source, root.deepCopy(), new HashMap<>(locations), new ArrayList<>(duplicateKeys));
    }
}
