package chipsim.runner.scenario;

import chipsim.agents.AgentSpec;
import chipsim.market.Chip;
import chipsim.market.events.ScriptedEvent;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Writes a checked scenario back as YAML with every default filled in: the scenario.resolved.yaml
 * of a run folder. Reading it back gives the same scenario, so running it reproduces the run.
 */
public final class ScenarioWriter {

    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build());

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private ScenarioWriter() {}

    public static String toYaml(Scenario scenario, String version) {
        try {
            return "# The scenario exactly as it ran (chipsim " + version + "): defaults filled in, overrides applied.\n"
                    + "# Run it again with: chipsim run scenario.resolved.yaml\n"
                    + YAML.writeValueAsString(toTree(scenario));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode toTree(Scenario scenario) {
        ObjectNode root = NODES.objectNode();
        root.put("name", scenario.name());
        root.put("description", scenario.description());
        root.put("start", scenario.start().toString());
        root.put("end", scenario.end().toString());
        root.put("seed", scenario.seed());
        root.set("flopsWeight", number(scenario.flopsWeight()));
        root.put("phaseTimeoutMillis", scenario.phaseTimeoutMillis());
        root.put("decisionTimeoutMillis", scenario.decisionTimeoutMillis());
        ArrayNode chips = root.putArray("chips");
        for (Chip chip : scenario.chips()) {
            ObjectNode c = chips.addObject();
            c.put("id", chip.id());
            c.put("vendor", chip.vendor());
            c.put("origin", chip.origin());
            c.set("tflopsBf16", number(chip.tflopsBf16()));
            c.set("memoryGb", number(chip.memoryGb()));
            c.set("bandwidthTbs", number(chip.bandwidthTbs()));
            c.set("interconnectGbs", number(chip.interconnectGbs()));
            c.set("tpp", number(chip.tpp()));
            c.put("unitCostUsd", chip.unitCostUsd());
            c.put("listPriceUsd", chip.listPriceUsd());
            c.set("unitsPerWafer", number(chip.unitsPerWafer()));
            c.put("chinaOnly", chip.chinaOnly());
            if (chip.availableFrom() != null) {
                c.put("availableFrom", chip.availableFrom().toString());
            }
            if (chip.discontinuedAfter() != null) {
                c.put("discontinuedAfter", chip.discontinuedAfter().toString());
            }
            if (chip.variantOf() != null) {
                c.put("variantOf", chip.variantOf());
            }
            c.put("designLagQuarters", chip.designLagQuarters());
        }
        ObjectNode agents = root.putObject("agents");
        for (AgentSpec agent : scenario.agents()) {
            ObjectNode a = agents.putObject(agent.id());
            a.put("role", agent.role());
            a.put("policy", agent.policyName());
            a.set("params", value(agent.policyParams()));
            a.set("setup", value(agent.setup().asMap()));
            a.set("payoff", value(agent.payoff().asMap()));
        }
        ObjectNode events = root.putObject("events");
        for (ScriptedEvent event : scenario.events()) {
            ArrayNode at = events.has(event.quarter().toString())
                    ? (ArrayNode) events.get(event.quarter().toString())
                    : events.putArray(event.quarter().toString());
            at.add(event.text());
        }
        return root;
    }

    private static JsonNode value(Object value) {
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = NODES.objectNode();
            map.forEach((k, v) -> object.set(String.valueOf(k), value(v)));
            return object;
        }
        if (value instanceof List<?> list) {
            ArrayNode array = NODES.arrayNode();
            list.forEach(item -> array.add(value(item)));
            return array;
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (value instanceof Number n) {
            return number(n.doubleValue());
        }
        return NODES.textNode(String.valueOf(value));
    }

    /** Whole numbers as integers, others as plain decimals: both read back as the same double. */
    private static JsonNode number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return NODES.numberNode((long) value);
        }
        return NODES.numberNode(BigDecimal.valueOf(value));
    }
}
