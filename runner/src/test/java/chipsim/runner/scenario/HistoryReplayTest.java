package chipsim.runner.scenario;

import static chipsim.runner.scenario.ShippedRuns.anyEvent;
import static chipsim.runner.scenario.ShippedRuns.byQuarter;
import static chipsim.runner.scenario.ShippedRuns.unitsIntoChina;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.runner.Cli;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * configs/history-2022-2026.yaml at its full horizon: the scripted rules fire in their quarters,
 * and the market's reactions to them, which nothing scripts, show in the trace.
 */
class HistoryReplayTest {

    private static final String HISTORY = "history-2022-2026.yaml";

    @TempDir
    static Path tmp;

    private static ShippedRuns runs;

    @BeforeAll
    static void shareOneRunPerScenario() {
        runs = new ShippedRuns(tmp);
    }

    @Test
    void runsToACompleteRunFolder() throws Exception {
        runs.assertComplete(HISTORY);
    }

    @Test
    void everyScriptedEventFiresInItsQuarter() throws IOException {
        JsonNode events = new ObjectMapper(new YAMLFactory()).readTree(Path.of(Cli.config(HISTORY)).toFile())
                .get("events");
        Map<String, JsonNode> byQuarter = byQuarter(runs.trace(HISTORY));
        int checked = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = events.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode quarter = byQuarter.get(entry.getKey());
            for (JsonNode sentence : entry.getValue()) {
                String expected = "scripted: " + sentence.asText().trim().replaceAll("\\s+", " ");
                assertTrue(anyEvent(quarter, expected::equals),
                        entry.getKey() + " should show '" + expected + "': " + quarter.get("events"));
                checked++;
            }
        }
        assertTrue(checked >= 10, "the replay scripts the public timeline, " + checked + " events found");
        // The scripted rules are in force from their quarter on.
        assertEquals("banned", byQuarter.get("2025Q2").at("/rules/export/statusByChip/H20").asText());
        assertEquals("licensed", byQuarter.get("2026Q1").at("/rules/export/statusByChip/H200").asText());
        assertEquals("barred", byQuarter.get("2025Q4").at("/rules/import/byChip/H20/stance").asText());
    }

    @Test
    void nvidiaWritesDownTheH20InTheQuarterOfTheBan() {
        JsonNode quarter = byQuarter(runs.trace(HISTORY)).get("2025Q2");
        assertTrue(quarter.at("/metrics/nvidia_writedown_usd").asDouble() > 0, quarter.get("metrics").toString());
        assertTrue(anyEvent(quarter, e -> e.startsWith("nvidia: writes down") && e.contains(" H20 ")),
                "2025Q2 events: " + quarter.get("events"));
    }

    @Test
    void chinaStopsBuyingH20OnceBeijingBarsIt() {
        long beforeTheBan = 0;
        for (JsonNode quarter : runs.trace(HISTORY)) {
            String q = quarter.get("quarter").asText();
            long h20 = unitsIntoChina(quarter, "H20", null);
            if (q.compareTo("2025Q2") < 0) {
                beforeTheBan += h20;
            } else if (q.compareTo("2025Q4") >= 0) {
                assertEquals(0, h20, q + ": Beijing bars H20 from 2025Q4");
                // Washington still licenses it: the purchases stop because of Beijing.
                assertEquals("licensed", quarter.at("/rules/export/statusByChip/H20").asText(), q);
            }
        }
        assertTrue(beforeTheBan > 100_000, "China bought H20 while it was open: " + beforeTheBan);
    }

    @Test
    void chineseBuyersBuyH200OnceBothCapitalsAllowIt() {
        long in2026 = 0;
        for (JsonNode quarter : runs.trace(HISTORY)) {
            String q = quarter.get("quarter").asText();
            long licensed = unitsIntoChina(quarter, "H200", "licensed");
            if (q.startsWith("2026")) {
                in2026 += licensed;
            } else {
                assertEquals(0, licensed, q + ": no licensed H200 into China before 2026");
            }
        }
        assertTrue(in2026 > 0, "Chinese buyers bought no licensed H200 in 2026");
    }
}
