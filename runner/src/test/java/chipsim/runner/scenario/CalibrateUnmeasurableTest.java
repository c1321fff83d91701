package chipsim.runner.scenario;

import static chipsim.runner.scenario.ScenarioFixtures.assertOk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.runner.Cli;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `calibrate` on a shorter horizon and without an agent: what the run cannot give is n/a, never 0 and -100%. */
class CalibrateUnmeasurableTest {

    @TempDir
    Path tmp;

    @Test
    void figuresOutsideTheRunOrAboutARemovedAgentAreNotAvailable() throws IOException {
        Path out = tmp.resolve("calibration");
        Cli.Result result = Cli.run("calibrate", "--set", "end=2024Q4", "--set", "bytedance=null", "--out",
                out.toString());
        assertOk(result);
        Map<String, Map<String, String>> rows = rows(out.resolve("calibration.csv"));
        for (String unmeasurable : List.of("huawei_shipments_2025", "bytedance_nvidia_units_2024", "h20_order_wave",
                "china_h200_demand_2026", "nvidia_h200_inventory", "cowos_capacity_end_2026", "bytedance_budget_2025")) {
            Map<String, String> row = rows.get(unmeasurable);
            assertEquals("", row.get("simulated"), unmeasurable + " " + row);
            assertEquals("", row.get("relative_error"), unmeasurable + " " + row);
            assertEquals("false", row.get("within_25pct"), unmeasurable);
            assertTrue(result.out().lines().anyMatch(l -> l.startsWith(unmeasurable + " ") && l.contains("n/a")
                    && !l.contains("-100%")), result.out());
        }
        // Figures of 2024 by agents still in the run are measured as before.
        for (String measured : List.of("huawei_output_2024", "tencent_nvidia_units_2024", "h20_price_2024")) {
            assertTrue(Double.parseDouble(rows.get(measured).get("simulated")) > 0, measured + " " + rows.get(measured));
        }
        String markdown = Files.readString(out.resolve("calibration.md"));
        assertTrue(markdown.lines().anyMatch(l -> l.startsWith("| Huawei shipped about 700,000") && l.contains("n/a")),
                markdown);
    }

    private static Map<String, Map<String, String>> rows(Path csv) throws IOException {
        CsvMapper mapper = new CsvMapper();
        Map<String, Map<String, String>> byId = new java.util.TreeMap<>();
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv.toFile())) {
            it.readAll().forEach(row -> byId.put(row.get("id"), row));
        }
        return byId;
    }
}
