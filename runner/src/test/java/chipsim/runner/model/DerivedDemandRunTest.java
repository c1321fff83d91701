package chipsim.runner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.runner.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The baseline with derived-demand buyers whose fleets retire: it runs, and the trace's compute is their fleets. */
class DerivedDemandRunTest {

    private static final List<String> BUYERS = List.of("bytedance", "alibaba", "tencent", "baidu", "china-others",
            "us-clouds");

    @TempDir
    Path tmp;

    private Path scenario(double depreciation) throws IOException {
        StringBuilder text = new StringBuilder("base: " + Cli.config("baseline.yaml") + "\nname: derived\nagents:\n");
        for (String buyer : BUYERS) {
            boolean us = buyer.equals("us-clouds");
            text.append("  ").append(buyer).append(":\n    policy: derived-demand\n    params: {referencePriceUsdPerH100e: ")
                    .append(us ? 25000 : 45000).append(us ? ", acceptGrey: false" : "").append("}\n    setup: {depreciationPerQuarter: ")
                    .append(depreciation).append("}\n");
        }
        Path file = tmp.resolve("derived-" + depreciation + ".yaml");
        Files.writeString(file, text.toString());
        return file;
    }

    private static List<Map<String, String>> rows(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        String[] header = lines.get(0).split(",", -1);
        List<Map<String, String>> rows = new java.util.ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], cells[i]);
            }
            rows.add(row);
        }
        return rows;
    }

    @Test
    void retiringFleetsAreWhatTheTraceCountsAsInstalledCompute() throws IOException {
        Path kept = tmp.resolve("kept");
        Path retired = tmp.resolve("retired");
        assertEquals(0, Cli.run("run", scenario(0).toString(), "--out", kept.toString()).status());
        Cli.Result result = Cli.run("run", scenario(0.04).toString(), "--out", retired.toString());
        assertEquals(0, result.status(), result.toString());
        List<Map<String, String>> quarters = rows(retired.resolve("quarters.csv"));
        Map<String, Double> chinaFleet = new HashMap<>();
        for (Map<String, String> row : rows(retired.resolve("agents.csv"))) {
            if (row.get("variable").equals("fleetH100e") && !row.get("agent").equals("us-clouds")
                    && BUYERS.contains(row.get("agent"))) {
                chinaFleet.merge(row.get("quarter"), Double.parseDouble(row.get("value")), Double::sum);
            }
        }
        for (Map<String, String> row : quarters) {
            double traced = Double.parseDouble(row.get("china_compute_h100e"));
            assertEquals(chinaFleet.get(row.get("quarter")), traced, traced * 1e-9, row.get("quarter"));
        }
        double last = Double.parseDouble(quarters.get(quarters.size() - 1).get("us_compute_h100e"));
        List<Map<String, String>> keptQuarters = rows(kept.resolve("quarters.csv"));
        double lastKept = Double.parseDouble(keptQuarters.get(keptQuarters.size() - 1).get("us_compute_h100e"));
        assertTrue(last < lastKept, "retirements lower the installed compute: " + last + " vs " + lastKept);
    }
}
