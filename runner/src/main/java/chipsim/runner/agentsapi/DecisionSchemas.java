package chipsim.runner.agentsapi;

import chipsim.agents.Roles;
import chipsim.agents.decision.DecisionPoint;
import chipsim.market.Quarter;
import chipsim.runner.decisions.DecisionJson;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * JSON Schemas of every decision point's observation and decision, read off the records
 * themselves (their components, in order, with their Java types) plus the ranges of
 * {@link Ranges}: what the welcome message sends so that a client can describe its spaces.
 */
final class DecisionSchemas {

    /** Every point's schemas, built once. */
    static final ObjectNode ALL = all();

    private DecisionSchemas() {}

    /** Point name to {@code {role, phase, step, observation, decision}}, for every point of every role. */
    static ObjectNode all() {
        ObjectNode points = DecisionJson.MAPPER.createObjectNode();
        for (String role : Roles.ALL) {
            for (DecisionPoint<?, ?, ?> point : Roles.role(role).decisionPoints()) {
                ObjectNode entry = points.putObject(point.name());
                entry.put("role", role);
                entry.put("phase", point.phase().label());
                entry.put("step", point.step().name().toLowerCase(java.util.Locale.ROOT));
                entry.set("observation", schema(point.observationType(), null, "", new java.util.HashSet<>()));
                entry.set("decision", schema(point.decisionType(), point.name(), "", new java.util.HashSet<>()));
            }
        }
        return points;
    }

    /**
     * @param point the point whose ranges apply (decisions), or null (observations)
     * @param path  the field path so far, as {@link Ranges} writes it
     */
    static ObjectNode schema(Type type, String point, String path, Set<Class<?>> open) {
        ObjectNode node = DecisionJson.MAPPER.createObjectNode();
        Class<?> raw = rawClass(type);
        if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class) {
            node.put("type", "number");
        } else if (raw == long.class || raw == Long.class || raw == int.class || raw == Integer.class) {
            node.put("type", "integer");
        } else if (raw == boolean.class || raw == Boolean.class) {
            node.put("type", "boolean");
        } else if (raw == String.class) {
            node.put("type", "string");
        } else if (raw == Quarter.class) {
            node.put("type", "string");
            node.put("pattern", "^[0-9]{4}Q[1-4]$");
        } else if (raw.isEnum()) {
            node.put("type", "string");
            ArrayNode values = node.putArray("enum");
            for (Object constant : raw.getEnumConstants()) {
                values.add(((Enum<?>) constant).name());
            }
        } else if (Collection.class.isAssignableFrom(raw)) {
            node.put("type", "array");
            if (Set.class.isAssignableFrom(raw)) {
                node.put("uniqueItems", true);
            }
            node.set("items", schema(typeArgument(type, 0), point, path + "[]", open));
        } else if (Map.class.isAssignableFrom(raw)) {
            node.put("type", "object");
            node.set("additionalProperties", schema(typeArgument(type, 1), point, path + ".*", open));
        } else if (raw.isRecord()) {
            if (!open.add(raw)) {
                node.put("type", "object");
                node.put("description", raw.getSimpleName());
                return node;
            }
            node.put("type", "object");
            node.put("title", raw.getSimpleName());
            ObjectNode properties = node.putObject("properties");
            ArrayNode required = node.putArray("required");
            for (RecordComponent component : raw.getRecordComponents()) {
                String child = path.isEmpty() ? component.getName() : path + "." + component.getName();
                ObjectNode field = schema(component.getGenericType(), point, child, open);
                if (point == null && !component.getType().isPrimitive() && field.has("type")) {
                    // An observation may leave a reference null (no last quarter yet, no launch date).
                    String jsonType = field.get("type").asText();
                    field.putArray("type").add(jsonType).add("null");
                }
                properties.set(component.getName(), field);
                required.add(component.getName());
            }
            node.put("additionalProperties", false);
            open.remove(raw);
        } else {
            node.put("description", raw.getSimpleName());
        }
        if (point != null) {
            Ranges.Range range = Ranges.of(point, path.startsWith(".") ? path.substring(1) : path);
            if (range != null) {
                node.put("minimum", range.min());
                node.put("maximum", range.max());
            }
        }
        return node;
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    private static Type typeArgument(Type type, int index) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
            return p.getActualTypeArguments()[index];
        }
        return Object.class;
    }
}
