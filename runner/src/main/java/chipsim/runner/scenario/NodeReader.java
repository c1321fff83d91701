package chipsim.runner.scenario;

import chipsim.agents.Names;
import chipsim.market.Quarter;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Typed reading of one mapping of an input tree (a scenario, a sweep, a game), each problem
 * recorded at its path: unknown keys with the nearest valid one, missing keys, wrong types,
 * values out of range.
 */
public class NodeReader {

    private static final String NUMBER = "[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?";

    protected final JsonNode node;
    protected final String path;
    protected final Problems problems;

    public NodeReader(JsonNode node, String path, Problems problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    public String at(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    public boolean has(String key) {
        return node.has(key) && !node.get(key).isNull();
    }

    public JsonNode get(String key) {
        return node.get(key);
    }

    public void allowOnly(List<String> keys) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String key = names.next();
            if (!keys.contains(key)) {
                problems.add(at(key), "unknown key '" + key + "'", Names.suggestion(key, keys));
            }
        }
    }

    /** Optional text, or the fallback. */
    public String text(String key, String fallback) {
        return text(key, fallback, false);
    }

    public String text(String key, String fallback, boolean required) {
        if (!has(key)) {
            if (required) {
                problems.add(path.isEmpty() ? key : path, "missing '" + key + "'", "add " + key + ": ...");
            }
            return fallback;
        }
        JsonNode value = node.get(key);
        if (!value.isValueNode() || value.isBoolean()) {
            problems.add(at(key), key + " must be a word or text, not " + describe(value), "write e.g. " + key + ": name");
            return fallback;
        }
        return value.asText();
    }

    public Double number(String key, Double fallback, double min, double max) {
        return number(key, fallback, min, max, "");
    }

    public Double number(String key, Double fallback, double min, double max, String unit) {
        if (!has(key)) {
            if (fallback == null) {
                problems.add(path, "missing '" + key + "'", "add " + key + ": a number" + unitText(unit));
            }
            return fallback;
        }
        Double value = asNumber(node.get(key));
        if (value == null) {
            problems.add(at(key), key + " must be a number, not " + describe(node.get(key)),
                    "write a number" + unitText(unit));
            return fallback;
        }
        if (value < min || value > max) {
            problems.add(at(key), key + " = " + Names.plain(value) + " is out of range",
                    "use a value from " + Names.plain(min) + " to " + Names.plain(max) + unitText(unit));
            return fallback;
        }
        return value;
    }

    public Long integer(String key, Long fallback, long min, long max) {
        return integer(key, fallback, min, max, "");
    }

    /**
     * A whole number read exactly, never through a double: a seed such as 4611686018427387001
     * keeps every digit, and a value past a long is out of range rather than rounded.
     */
    public Long integer(String key, Long fallback, long min, long max, String unit) {
        if (!has(key)) {
            if (fallback == null) {
                problems.add(path, "missing '" + key + "'", "add " + key + ": a number" + unitText(unit));
            }
            return fallback;
        }
        BigDecimal value = asExactNumber(node.get(key));
        if (value == null) {
            problems.add(at(key), key + " must be a number, not " + describe(node.get(key)),
                    "write a number" + unitText(unit));
            return fallback;
        }
        if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            problems.add(at(key), key + " = " + shown(value) + " is out of range",
                    "use a value from " + min + " to " + max + unitText(unit));
            return fallback;
        }
        if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
            problems.add(at(key), key + " must be a whole number, not " + shown(value), "drop the fraction");
            return fallback;
        }
        return value.longValueExact();
    }

    /** A number node, or text that reads as one, as the exact decimal it was written as; null otherwise. */
    public static BigDecimal asExactNumber(JsonNode value) {
        if (value == null) {
            return null;
        }
        if (value.isIntegralNumber()) {
            return new BigDecimal(value.bigIntegerValue());
        }
        if (value.isNumber()) {
            double number = value.doubleValue();
            return Double.isFinite(number) ? new BigDecimal(number) : null;
        }
        if (value.isTextual()) {
            String text = value.asText().replace("_", "").trim();
            if (text.matches(NUMBER) && text.length() <= 1000) {
                try {
                    return new BigDecimal(text);
                } catch (NumberFormatException | ArithmeticException e) {
                    return null;   // an exponent past what BigDecimal holds
                }
            }
        }
        return null;
    }

    /** A value as written, shortened when it is very long (1e400 has 401 digits). */
    private static String shown(BigDecimal value) {
        String plain = value.abs().compareTo(BigDecimal.valueOf(1e15)) < 0 ? value.stripTrailingZeros().toPlainString()
                : value.toBigInteger().toString();
        return plain.length() <= 25 ? plain : value.round(new MathContext(4)).toString();
    }

    public boolean flag(String key, boolean fallback) {
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

    public Quarter quarter(String key, boolean required) {
        String text = text(key, null, required);
        return text == null ? null : quarter(at(key), text, problems);
    }

    public static Quarter quarter(String path, String text, Problems problems) {
        try {
            return Quarter.parse(text);
        } catch (IllegalArgumentException e) {
            problems.add(path, e.getMessage(), "quarters run Q1 to Q4, e.g. 2025Q3");
            return null;
        }
    }

    /** A mapping's entries in file order, or empty (with a problem) when it is not a mapping. */
    public Map<String, JsonNode> mapping(String key) {
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

    public List<JsonNode> list(String key) {
        List<JsonNode> items = new ArrayList<>();
        if (!has(key)) {
            return items;
        }
        JsonNode value = node.get(key);
        if (!value.isArray()) {
            problems.add(at(key), key + " must be a list (lines starting with '- '), not " + describe(value),
                    "write each item on a line starting with '- '");
            return items;
        }
        value.forEach(items::add);
        return items;
    }

    /** A number node, or text that reads as one ("14_000_000_000", "100e9"); null otherwise. */
    public static Double asNumber(JsonNode value) {
        if (value == null) {
            return null;
        }
        if (value.isNumber()) {
            return value.doubleValue();
        }
        if (value.isTextual()) {
            String text = value.asText().replace("_", "").trim();
            if (text.matches(NUMBER)) {
                return Double.parseDouble(text);
            }
        }
        return null;
    }

    /** A tree value as plain Java (maps, lists, numbers, text, booleans), for policy parameters. */
    public static Object toJava(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            value.fields().forEachRemaining(e -> map.put(e.getKey(), toJava(e.getValue())));
            return map;
        }
        if (value.isArray()) {
            List<Object> list = new ArrayList<>();
            value.forEach(item -> list.add(toJava(item)));
            return list;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isIntegralNumber()) {
            return value.longValue();
        }
        Double number = asNumber(value);
        if (number != null) {
            return number;
        }
        return value.asText();
    }

    public static String describe(JsonNode value) {
        if (value == null || value.isNull()) {
            return "empty";
        }
        if (value.isObject()) {
            return "a mapping";
        }
        if (value.isArray()) {
            return "a list";
        }
        String text = value.asText();
        return text.length() <= 80 ? "'" + text + "'"
                : "'" + text.substring(0, 40) + "...' (" + text.length() + " characters)";
    }

    private static String unitText(String unit) {
        return unit.isEmpty() ? "" : " (" + unit + ")";
    }
}
