package chipsim.runner.scenario;

import static chipsim.runner.scenario.ScenarioFixtures.assertOk;
import static chipsim.runner.scenario.ScenarioFixtures.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `chipsim calibrate` on the baseline: the table of FACTS.md figures against the simulation. */
class CalibrateCommandTest {

    @TempDir
    Path tmp;

    @Test
    void theBaselineIsMeasuredAgainstEveryFigure() throws IOException {
        Path out = tmp.resolve("calibration");
        Cli.Result result = Cli.run("calibrate", Cli.config("baseline.yaml"), "--out", out.toString());
        assertOk(result);
        assertTrue(result.out().contains("wrote " + out), result.out());

        List<Map<String, String>> rows = readCsv(out.resolve("calibration.csv"));
        assertTrue(rows.size() >= 10, "rows: " + rows.size());
        for (Map<String, String> row : rows) {
            String id = row.get("id");
            assertTrue(Set.of("input", "emergent").contains(row.get("kind")), id + " kind " + row.get("kind"));
            for (String column : List.of("target", "simulated", "relative_error")) {
                double value = Double.parseDouble(row.get(column));
                assertTrue(Double.isFinite(value), id + " " + column + " = " + row.get(column));
            }
            double target = Double.parseDouble(row.get("target"));
            double simulated = Double.parseDouble(row.get("simulated"));
            assertEquals((simulated - target) / target, Double.parseDouble(row.get("relative_error")), 1e-3,
                    id + ": the relative error is (simulated - target) / target");
        }
        long emergent = rows.stream().filter(r -> r.get("kind").equals("emergent")).count();
        assertTrue(emergent >= 8, "only " + emergent + " emergent figures");
        for (String figure : List.of("huawei_shipments_2025", "nvidia_china_share_2024", "china_h200_demand_2026")) {
            assertTrue(rows.stream().anyMatch(r -> r.get("id").equals(figure) && r.get("kind").equals("emergent")),
                    figure + " is measured as an emergent figure");
        }

        String markdown = Files.readString(out.resolve("calibration.md"));
        assertTrue(markdown.startsWith("# Calibration of baseline\n"), markdown);
        assertTrue(markdown.contains("| figure | source | target | simulated | error | kind | run |"), markdown);
        for (Map<String, String> row : rows) {
            assertTrue(markdown.contains("| " + row.get("fact") + " |"), "calibration.md lacks " + row.get("id"));
        }
    }

    @Test
    void aBadOverrideIsRejectedAndNothingIsWritten() {
        Path out = tmp.resolve("never");
        Cli.Result result = Cli.run("calibrate", Cli.config("baseline.yaml"), "--set", "huawei.setup.yieldMax=2",
                "--out", out.toString());
        assertEquals(2, result.status(), result.toString());
        assertProblem(result.err(), "--set huawei.setup.yieldMax=2", null, "agents.huawei.setup.yieldMax",
                "yieldMax = 2 is out of range", "use a value from 0 to 1");
        assertFalse(Files.exists(out));
    }

    private static List<Map<String, String>> readCsv(Path file) throws IOException {
        CsvMapper csv = new CsvMapper();
        try (MappingIterator<Map<String, String>> rows = csv.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(file.toFile())) {
            return rows.readAll();
        }
    }
}
