package chipsim.runner.cluster;

import chipsim.runner.sweep.Point;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/** A point's axis values as JSON text and back, exactly: the worker's row must be the coordinator's. */
final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {}

    static String values(Point point) {
        try {
            return MAPPER.writeValueAsString(point.values());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("axis values that are not JSON: " + point.values(), e);
        }
    }

    static Point point(int id, String values) {
        try {
            List<JsonNode> nodes = new ArrayList<>();
            MAPPER.readTree(values).forEach(nodes::add);
            return new Point(id, nodes);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("axis values that are not JSON: " + values, e);
        }
    }
}
