package chipsim.runner.scenario;

import static chipsim.runner.scenario.ScenarioFixtures.assertOk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.agents.PolicyRegistry;
import chipsim.runner.Cli;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Runs of shipped scenarios, each run once at its full horizon and then only read, and the
 * questions the tests ask of their traces.
 */
final class ShippedRuns {

    private final Path folder;
    private final Map<String, Path> runs = new HashMap<>();

    /** @param folder where the run folders go, one per scenario */
    ShippedRuns(Path folder) {
        this.folder = folder;
    }

    /** The run folder of a scenario under configs/ (e.g. scenarios/full-ban.yaml), run on first use. */
    synchronized Path of(String config) {
        return runs.computeIfAbsent(config, c -> {
            Path out = folder.resolve(c.replace('/', '-').replace(".yaml", ""));
            assertOk(Cli.run("run", Cli.config(c), "--out", out.toString()));
            return out;
        });
    }

    List<JsonNode> trace(String config) {
        return ScenarioFixtures.trace(of(config));
    }

    /** Every file of the run folder is there, and there is one line of trace and of quarters.csv per quarter. */
    void assertComplete(String config) throws Exception {
        Scenario scenario = new ScenarioLoader(PolicyRegistry.standard()).load(Path.of(Cli.config(config)), List.of());
        Path run = of(config);
        for (String file : List.of("trace.jsonl", "quarters.csv", "flows.csv", "agents.csv", "scenario.resolved.yaml",
                "report.html", "run.log")) {
            assertTrue(Files.isRegularFile(run.resolve(file)) && Files.size(run.resolve(file)) > 0,
                    config + ": " + file + " is missing or empty");
        }
        List<JsonNode> quarters = ScenarioFixtures.trace(run);
        assertEquals(scenario.quarters(), quarters.size(), config + ": one trace line per quarter");
        assertEquals(scenario.start().toString(), quarters.get(0).get("quarter").asText());
        assertEquals(scenario.end().toString(), quarters.get(quarters.size() - 1).get("quarter").asText());
        assertEquals(scenario.quarters() + 1, lines(run.resolve("quarters.csv")),
                config + ": a header and one row per quarter");
    }

    static Map<String, JsonNode> byQuarter(List<JsonNode> trace) {
        Map<String, JsonNode> quarters = new TreeMap<>();
        trace.forEach(q -> quarters.put(q.get("quarter").asText(), q));
        return quarters;
    }

    /** Units bought by buyers in China in one quarter, of one chip and one channel (null: any). */
    static long unitsIntoChina(JsonNode quarter, String chip, String channel) {
        long units = 0;
        for (JsonNode flow : quarter.get("flows")) {
            if (flow.get("buyerRegion").asText().equals("CN")
                    && (chip == null || flow.get("chip").asText().equals(chip))
                    && (channel == null || flow.get("channel").asText().equals(channel))) {
                units += flow.get("units").asLong();
            }
        }
        return units;
    }

    static long unitsIntoChina(List<JsonNode> trace, String channel) {
        return trace.stream().mapToLong(q -> unitsIntoChina(q, null, channel)).sum();
    }

    static double total(List<JsonNode> trace, String metric) {
        return trace.stream().mapToDouble(q -> q.at("/metrics/" + metric).asDouble()).sum();
    }

    static boolean anyEvent(JsonNode quarter, Predicate<String> test) {
        for (JsonNode event : quarter.get("events")) {
            if (test.test(event.asText())) {
                return true;
            }
        }
        return false;
    }

    private static long lines(Path file) {
        try {
            return Files.readAllLines(file).size();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
