package chipsim.runner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.runner.Cli;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nvidia's China variant designed at run time (docs/model.md, "Variant design") on real runs: the
 * baseline, which no longer lists a China Blackwell, and a run whose line moves during the lag.
 */
class VariantDesignRunTest {

    private static final Pattern DESIGNS = Pattern.compile(
            "nvidia: designs (\\S+) from (\\S+) to the line in force \\(TPP (\\d+)\\): TPP (\\d+),.* on sale from (\\S+);.*");

    @TempDir
    Path tmp;

    private Path run(String name, String... extra) {
        Path out = tmp.resolve(name);
        List<String> args = new ArrayList<>(List.of("run", "--out", out.toString()));
        args.addAll(List.of(extra));
        Cli.Result result = Cli.run(args.toArray(String[]::new));
        assertEquals(0, result.status(), result.toString());
        return out;
    }

    /** The trace's records by quarter. */
    private static Map<String, JsonNode> trace(Path run) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> byQuarter = new LinkedHashMap<>();
        for (String line : Files.readAllLines(run.resolve("trace.jsonl"))) {
            JsonNode record = json.readTree(line);
            byQuarter.put(record.get("quarter").asText(), record);
        }
        return byQuarter;
    }

    private static List<String> events(JsonNode record) {
        List<String> events = new ArrayList<>();
        record.get("events").forEach(e -> events.add(e.asText()));
        return events;
    }

    /** One agent's variable per quarter, from agents.csv. */
    private static Map<String, String> agentVariable(Path run, String agent, String variable) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : Files.readAllLines(run.resolve("agents.csv"))) {
            String[] cells = line.split(",", -1);
            if (cells[1].equals(agent) && cells[3].equals(variable)) {
                values.put(cells[0], cells[4]);
            }
        }
        return values;
    }

    /** One column of quarters.csv by quarter. */
    private static Map<String, String> column(Path run, String name) throws IOException {
        List<String> lines = Files.readAllLines(run.resolve("quarters.csv"));
        int index = List.of(lines.get(0).split(",", -1)).indexOf(name);
        assertTrue(index > 0, "quarters.csv has a column " + name);
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            values.put(cells[0], cells[index]);
        }
        return values;
    }

    @Test
    void theBaselineDesignsItsChinaBlackwellUnderTheLineWithItsLagAndCost() throws IOException {
        designedUnderTheLineWithItsLagAndCost(run("baseline"));
    }

    @Test
    void aVariantWashingtonLicensesIsBoughtFromItsLaunch() throws IOException {
        // Whether the baseline's rule of thumb bans the variant at its launch review is one of its
        // regimes (docs/calibration.md, "Robustness"); the look-ahead Washington licenses up to its
        // ceiling, so the variant is sold.
        Path out = run("licensed", "--set", "washington.policy=look-ahead", "--set", "washington.params={}");
        String id = designedUnderTheLineWithItsLagAndCost(out);
        Map<String, String> units = column(out, "units." + id);
        assertTrue(units.values().stream().anyMatch(u -> !u.isEmpty() && Double.parseDouble(u) > 0),
                "buyers buy the run-time chip: " + units);
    }

    /** The design, its lag, its cost and its first wafers in a run; returns the variant's id. */
    private String designedUnderTheLineWithItsLagAndCost(Path out) throws IOException {
        Map<String, JsonNode> trace = trace(out);
        String designedIn = null;
        Matcher design = null;
        for (var quarter : trace.entrySet()) {
            for (String event : events(quarter.getValue())) {
                Matcher m = DESIGNS.matcher(event);
                if (m.matches() && designedIn == null) {
                    designedIn = quarter.getKey();
                    design = m;
                }
            }
        }
        assertTrue(design != null, "Nvidia designs a variant in the baseline");
        String id = design.group(1);
        double line = trace.get(designedIn).get("rules").get("export").get("banAboveTpp").asDouble();
        assertEquals(line, Double.parseDouble(design.group(3)), "designed to the line in force");
        assertTrue(Double.parseDouble(design.group(4)) < line, "its TPP sits under the line in force when designed");

        // The lag: on sale three quarters later, announced the quarter before, ruled on by Washington at launch.
        List<String> quarters = new ArrayList<>(trace.keySet());
        String launch = quarters.get(quarters.indexOf(designedIn) + 3);
        assertEquals(launch, design.group(5));
        assertTrue(events(trace.get(launch)).stream().anyMatch(e -> e.startsWith("nvidia: launches compliant variant " + id)),
                events(trace.get(launch)).toString());
        assertTrue(trace.get(launch).get("rules").get("export").get("statusByChip").has(id),
                "Washington classifies the new chip from its first quarter on sale");
        assertFalse(trace.get(designedIn).get("rules").get("export").get("statusByChip").has(id),
                "nobody knows the chip while it is only being designed");

        // The cost: charged to Nvidia's accounts in the quarter a design starts, and only then (a
        // later design, to a line Washington has moved since, is charged in its own quarter).
        Map<String, String> cost = agentVariable(out, "nvidia", "designCostUsd");
        for (var quarter : cost.entrySet()) {
            long started = events(trace.get(quarter.getKey())).stream().filter(e -> DESIGNS.matcher(e).matches()).count();
            assertEquals(quarter.getKey().equals(designedIn) ? 1 : started, started, quarter.getKey());
            assertEquals(3e8 * started, Double.parseDouble(quarter.getValue()), 1e-6, quarter.getKey());
        }

        // Downstream: its columns appear once it is announced; its first units are ordered the quarter
        // before its launch, as a catalogue chip's are, so it can sell from its launch quarter on.
        Map<String, String> units = column(out, "units." + id);
        column(out, "price_usd." + id);
        assertEquals("", units.get(designedIn), "no column value before the chip exists");
        String before = quarters.get(quarters.indexOf(launch) - 1);
        assertTrue(nvidiaSupply(out, before).get("wafersByChip").path(id).asLong(0) > 0,
                "wafers for the launch are started the quarter before it: " + nvidiaSupply(out, before));
        assertTrue(Files.readString(out.resolve("datapackage.json")).contains("\"price_usd." + id + "\""),
                "datapackage.json describes its columns");
        return id;
    }

    @Test
    void aLineMovedDuringTheLagAbandonsTheDesignBeforeItIsAnnounced() throws IOException {
        // Washington lowers the ban line one chip class at each October review (Q4); a design takes
        // five quarters, so the 2025Q4 review falls inside the 2024Q4 design's lag.
        Path out = run("moved", "--quarters", "9", "--set", "washington.policy=threshold-ratchet", "--set",
                "washington.params={growthTrigger: 0, huaweiShareTrigger: 0}", "--set", "washington.setup.banAboveTpp=21000",
                "--set", "washington.setup.reviewQuarterOfYear=4", "--set", "nvidia.setup.designLagQuarters=5");
        Map<String, JsonNode> trace = trace(out);
        Matcher design = null;
        for (String event : events(trace.get("2024Q4"))) {
            Matcher m = DESIGNS.matcher(event);
            design = m.matches() ? m : design;
        }
        assertTrue(design != null, "a variant designed after the 2024Q4 tightening: " + events(trace.get("2024Q4")));
        String id = design.group(1);
        double lineThen = Double.parseDouble(design.group(3));
        double lineNow = trace.get("2025Q4").get("rules").get("export").get("banAboveTpp").asDouble();
        assertTrue(lineNow <= Double.parseDouble(design.group(4)) && lineNow < lineThen, "the line moved below the design");
        assertTrue(events(trace.get("2025Q4")).stream().anyMatch(e -> e.startsWith("nvidia: abandons design " + id)),
                events(trace.get("2025Q4")).toString());
        for (JsonNode record : trace.values()) {
            assertFalse(record.get("rules").get("export").get("statusByChip").has(id), "never announced, never ruled on");
            assertFalse(events(record).stream().anyMatch(e -> e.startsWith("nvidia: launches compliant variant " + id)));
        }
        assertEquals(3e8, Double.parseDouble(agentVariable(out, "nvidia", "designCostUsd").get("2024Q4")), 1e-6,
                "the abandoned design's cost is sunk");
        List<String> header = List.of(Files.readAllLines(out.resolve("quarters.csv")).get(0).split(",", -1));
        assertFalse(header.contains("units." + id) || header.contains("price_usd." + id), "no columns for a chip never announced");
    }

    /** Nvidia's supply decision of a quarter, from decisions.jsonl. */
    private static JsonNode nvidiaSupply(Path run, String quarter) throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(run.resolve("decisions.jsonl"))) {
            JsonNode record = json.readTree(line);
            if (record.get("quarter").asText().equals(quarter) && record.get("agent").asText().equals("nvidia")
                    && record.get("point").asText().equals("supply")) {
                return record.get("decision");
            }
        }
        throw new AssertionError("no supply decision of nvidia in " + quarter);
    }

    @Test
    void aRumourReachesNvidiaAndCutsWhatItBuildsOfTheChip() throws IOException {
        Path rumoured = tmp.resolve("rumoured.yaml");
        Files.writeString(rumoured, """
                base: bundled:baseline
                events:
                  2026Q2:
                    - "rumour: washington may ban H20, p=0.9"
                    - "rumour: washington may ban H200, p=0.9"
                """);
        JsonNode quiet = nvidiaSupply(run("quiet", "--quarters", "10"), "2026Q2");
        JsonNode alarmed = nvidiaSupply(run("alarmed", rumoured.toString(), "--quarters", "10"), "2026Q2");
        for (String chip : List.of("H20", "H200")) {
            double before = quiet.get("forecastUnits").get(chip + "@ban").asDouble();
            double after = alarmed.get("forecastUnits").get(chip + "@ban").asDouble();
            assertTrue(after > 0.5 && after > before, chip + ": ban belief " + before + " -> " + after);
        }
        assertTrue(quiet.get("wafersByChip").path("H20").asLong(0) > 0, "H20 is built without the rumour");
        assertEquals(0, alarmed.get("wafersByChip").path("H20").asLong(0), "a China-only chip it expects banned: none");
        assertTrue(alarmed.get("wafersByChip").get("H200").asLong() < quiet.get("wafersByChip").get("H200").asLong(),
                "China's part of H200 is weighted by the chance its route stays open");
    }
}
