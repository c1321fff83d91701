package chipsim.runner.agentsapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.agents.Roles;
import chipsim.agents.decision.Checks;
import chipsim.agents.washington.RulesDecision;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The schemas the welcome sends: read off the decision records, with the ranges their checks enforce. */
class DecisionSchemasTest {

    @Test
    void everyPointOfEveryRoleHasItsRecordsFieldsInOrder() {
        JsonNode all = DecisionSchemas.all();
        assertEquals(Roles.allDecisionPoints().size(), all.size());
        for (var point : Roles.allDecisionPoints()) {
            JsonNode decision = all.get(point.name()).get("decision");
            List<String> fields = new ArrayList<>();
            decision.get("properties").fieldNames().forEachRemaining(fields::add);
            assertEquals(Arrays.stream(point.decisionType().getRecordComponents()).map(RecordComponent::getName).toList(),
                    fields, point.name());
            assertFalse(decision.get("additionalProperties").asBoolean(), "unknown fields are refused");
        }
        JsonNode bids = all.get("purchases").get("decision").get("properties").get("bids");
        assertEquals("array", bids.get("type").asText());
        JsonNode units = bids.get("items").get("properties").get("units");
        assertEquals("integer", units.get("type").asText());
        assertEquals(1e12, units.get("maximum").asDouble());
        JsonNode asks = all.get("sales").get("decision").get("properties").get("asks");
        assertEquals(1e8, asks.get("additionalProperties").get("maximum").asDouble());
    }

    @Test
    void everyRangeNamesAFieldOfItsPointsDecision() {
        JsonNode all = DecisionSchemas.all();
        Ranges.BY_POINT.forEach((point, ranges) -> {
            assertNotNull(all.get(point), point);
            for (String path : ranges.keySet()) {
                assertNotNull(at(all.get(point).get("decision"), path), point + " " + path);
            }
        });
    }

    private static JsonNode at(JsonNode schema, String path) {
        JsonNode node = schema;
        for (String part : path.split("\\.")) {
            boolean list = part.endsWith("[]");
            String name = list ? part.substring(0, part.length() - 2) : part;
            node = name.equals("*") ? node.get("additionalProperties") : node.path("properties").get(name);
            if (node == null) {
                return null;
            }
            if (list) {
                node = node.get("items");
            }
        }
        return node != null && node.has("minimum") ? node : null;
    }

    @Test
    void washingtonsRangesAreTheOnesItsCheckEnforces() {
        RulesDecision inside = new RulesDecision(4800, 4800, 0.25, 0.5, 0.3, "");
        for (Map.Entry<String, Ranges.Range> range : Ranges.BY_POINT.get("export-rules").entrySet()) {
            for (double value : new double[] {range.getValue().min(), range.getValue().max()}) {
                assertTrue(problems(with(inside, range.getKey(), value)).isEmpty(), range.getKey() + "=" + value);
            }
            double above = range.getValue().max() * 1.5 + 1;
            List<String> refused = problems(with(inside, range.getKey(), above));
            assertEquals(1, refused.size(), range.getKey());
            assertTrue(refused.get(0).startsWith(range.getKey() + ":"), refused.get(0));
            assertEquals(1, problems(with(inside, range.getKey(), range.getValue().min() - 1)).size(), range.getKey());
        }
    }

    private static List<String> problems(RulesDecision decision) {
        Checks checks = new Checks();
        decision.check(null, checks);
        return checks.problems();
    }

    private static RulesDecision with(RulesDecision d, String field, double v) {
        return new RulesDecision(field.equals("licenceAboveTpp") ? v : d.licenceAboveTpp(),
                field.equals("banAboveTpp") ? v : d.banAboveTpp(), field.equals("revenueShare") ? v : d.revenueShare(),
                field.equals("chinaCapRatio") ? v : d.chinaCapRatio(), field.equals("enforcement") ? v : d.enforcement(),
                d.reason());
    }
}
