package chipsim.runner.scenario;

import static chipsim.runner.scenario.ShippedRuns.anyEvent;
import static chipsim.runner.scenario.ShippedRuns.total;
import static chipsim.runner.scenario.ShippedRuns.unitsIntoChina;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.agents.PolicyRegistry;
import chipsim.runner.Cli;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The baseline and every configs/scenarios/ file at their full horizon: each counterfactual
 * changes only what its name says, in its file and in its outcome.
 */
class CounterfactualScenariosTest {

    private static final String BASELINE = "baseline.yaml";

    /** What each counterfactual may change relative to the baseline, besides its name and description. */
    private static final Map<String, List<String>> CHANGES = Map.of(
            "full-ban", List.of("agents.washington."),
            "open-market", List.of("agents.washington.", "agents.beijing."),
            "beijing-bars-imports", List.of("agents.beijing."),
            "hbm-relief", List.of("agents.huawei.setup.hbmStacksPerQuarter"),
            "look-ahead-washington", List.of("agents.washington."),
            "no-grey-market", List.of("agents.broker-sg", "agents.broker-my", "agents.remote-dc", "agents.remote-cloud"));

    @TempDir
    static Path tmp;

    private static ShippedRuns runs;

    @BeforeAll
    static void shareOneRunPerScenario() {
        runs = new ShippedRuns(tmp);
    }

    /** Every file of configs/scenarios/, so a new one is tested without being named here. */
    static Stream<String> counterfactuals() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(Cli.config("scenarios")))) {
            return files.map(f -> "scenarios/" + f.getFileName()).filter(f -> f.endsWith(".yaml")).sorted().toList()
                    .stream();
        }
    }

    static Stream<String> baselineAndCounterfactuals() throws IOException {
        return Stream.concat(Stream.of(BASELINE), counterfactuals());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("baselineAndCounterfactuals")
    void runsToACompleteRunFolder(String config) throws Exception {
        runs.assertComplete(config);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("counterfactuals")
    void changesOnlyWhatItsNameSays(String config) throws ScenarioException {
        String name = Path.of(config).getFileName().toString().replace(".yaml", "");
        List<String> allowed = CHANGES.get(name);
        assertNotNull(allowed, config + " is new: add what it changes to CHANGES, and a test of its outcome");
        Map<String, String> baseline = resolvedLeaves(BASELINE);
        Map<String, String> counterfactual = resolvedLeaves(config);
        Set<String> paths = new TreeSet<>(baseline.keySet());
        paths.addAll(counterfactual.keySet());
        List<String> differing = new ArrayList<>();
        for (String path : paths) {
            if (!path.equals("name") && !path.equals("description")
                    && !String.valueOf(baseline.get(path)).equals(String.valueOf(counterfactual.get(path)))) {
                differing.add(path);
            }
        }
        assertFalse(differing.isEmpty(), config + " is the baseline under another name");
        for (String path : differing) {
            assertTrue(allowed.stream().anyMatch(path::startsWith), config + " also changes " + path);
        }
    }

    @Test
    void aWashingtonThatLooksAheadKeeps2024sRulesThenBansH20AndRelicensesItWithinAYear() {
        List<JsonNode> trace = runs.trace("scenarios/look-ahead-washington.yaml");
        int firstBan = -1;
        for (int i = 0; i < trace.size() && firstBan < 0; i++) {
            String status = trace.get(i).at("/rules/export/statusByChip/H20").asText();
            String quarter = trace.get(i).get("quarter").asText();
            if (quarter.startsWith("2024")) {
                assertEquals("open", status, quarter + ": the 2024 rules are kept");
            } else if (status.equals("banned")) {
                firstBan = i;
            }
        }
        assertTrue(firstBan > 0, "it bans H20 at some point");
        boolean relicensed = false;
        for (int i = firstBan + 1; i < Math.min(trace.size(), firstBan + 5); i++) {
            relicensed |= !trace.get(i).at("/rules/export/statusByChip/H20").asText().equals("banned");
        }
        assertTrue(relicensed, "the ban on H20 from " + trace.get(firstBan).get("quarter").asText()
                + " is lifted within four quarters, once its cost shows in Washington's data");
    }

    @Test
    void underAFullBanNoLicensedUsChipEverReachesChina() {
        for (JsonNode quarter : runs.trace("scenarios/full-ban.yaml")) {
            assertEquals(0, unitsIntoChina(quarter, null, "licensed"), quarter.get("quarter").asText());
            quarter.at("/rules/export/statusByChip").forEach(status -> assertEquals("banned", status.asText()));
        }
        assertTrue(unitsIntoChina(runs.trace(BASELINE), "licensed") > 0, "the baseline does license US chips");
    }

    @Test
    void inAnOpenMarketNothingIsBannedOrBarred() {
        for (JsonNode quarter : runs.trace("scenarios/open-market.yaml")) {
            String q = quarter.get("quarter").asText();
            quarter.at("/rules/export/statusByChip").fields()
                    .forEachRemaining(chip -> assertEquals("open", chip.getValue().asText(), q + " " + chip.getKey()));
            quarter.at("/rules/import/byChip").fields().forEachRemaining(chip -> assertEquals("allowed",
                    chip.getValue().get("stance").asText(), q + " " + chip.getKey()));
        }
        assertTrue(runs.trace(BASELINE).stream()
                .anyMatch(q -> q.at("/rules/export/statusByChip").toString().contains("banned")));
    }

    @Test
    void withoutTheGreyMarketNoUnitGoesGrey() {
        for (JsonNode quarter : runs.trace("scenarios/no-grey-market.yaml")) {
            assertEquals(0, quarter.at("/metrics/grey_units").asDouble(), quarter.get("quarter").asText());
            assertEquals(0, unitsIntoChina(quarter, null, "grey"));
            quarter.get("agents").forEach(agent -> assertFalse(agent.get("role").asText().equals("broker")));
        }
        assertTrue(unitsIntoChina(runs.trace(BASELINE), "grey") > 0, "the baseline has a grey market");
    }

    @Test
    void whenBeijingBarsImportsItBarsEveryUsChipItRulesOn() {
        List<JsonNode> trace = runs.trace("scenarios/beijing-bars-imports.yaml");
        for (JsonNode quarter : trace) {
            JsonNode byChip = quarter.at("/rules/import/byChip");
            assertTrue(byChip.size() > 0, quarter.get("quarter").asText());
            byChip.fields().forEachRemaining(chip -> assertEquals("barred", chip.getValue().get("stance").asText(),
                    quarter.get("quarter").asText() + " " + chip.getKey()));
        }
        long licensed = unitsIntoChina(trace, "licensed");
        long baseline = unitsIntoChina(runs.trace(BASELINE), "licensed");
        assertTrue(licensed < baseline / 10, "legal US chips into China: " + licensed + " against " + baseline);
    }

    @Test
    void whenBeijingBarsImportsNoUsChipIsBoughtLegallyInChina() {
        for (JsonNode quarter : runs.trace("scenarios/beijing-bars-imports.yaml")) {
            assertEquals(0, unitsIntoChina(quarter, null, "licensed"), quarter.get("quarter").asText());
        }
    }

    @Test
    void withHbmReliefHuaweisHbmBindsLessOftenAndItMakesMoreChips() {
        Predicate<String> hbmBinds = e -> e.startsWith("huawei: output of") && e.endsWith("limited by hbm");
        List<JsonNode> relief = runs.trace("scenarios/hbm-relief.yaml");
        List<JsonNode> baseline = runs.trace(BASELINE);
        long hbmQuartersRelief = relief.stream().filter(q -> q.at("/metrics/huawei_binding_input").asDouble() == 2).count();
        long hbmQuarters = baseline.stream().filter(q -> q.at("/metrics/huawei_binding_input").asDouble() == 2).count();
        assertTrue(baseline.stream().anyMatch(q -> anyEvent(q, hbmBinds)), "HBM binds in the baseline");
        assertTrue(hbmQuartersRelief < hbmQuarters, "HBM binds in " + hbmQuartersRelief + " quarters with relief, "
                + hbmQuarters + " without");
        double withRelief = total(relief, "huawei_output_units");
        double without = total(baseline, "huawei_output_units");
        assertTrue(withRelief > without, "Huawei made " + withRelief + " with HBM relief, " + without + " without");
    }

    @Test
    void hbmBindsHuaweiFrom2025AndItsReliefRaises2025To2026OutputByATenth() {
        List<JsonNode> baseline = runs.trace(BASELINE);
        for (JsonNode quarter : baseline) {
            String q = quarter.get("quarter").asText();
            double binding = quarter.at("/metrics/huawei_binding_input").asDouble();
            // 2 = HBM, 4 = its expected sales (it chose to make less than its HBM budget allows).
            if (q.compareTo("2025Q2") >= 0) {
                assertTrue(binding == 2 || binding == 4, q + ": Huawei's binding input is " + binding);
            }
        }
        double relief = totalIn(runs.trace("scenarios/hbm-relief.yaml"), "huawei_output_units", "2025", "2026");
        double without = totalIn(baseline, "huawei_output_units", "2025", "2026");
        assertTrue(relief >= 1.1 * without, "Huawei 2025-26: " + relief + " with HBM relief, " + without + " without");
    }

    @Test
    void chinasFinalComputeIsHighestInTheOpenMarketAndLowestUnderAFullBan() {
        double open = last(runs.trace("scenarios/open-market.yaml"), "china_compute_h100e");
        double baseline = last(runs.trace(BASELINE), "china_compute_h100e");
        double fullBan = last(runs.trace("scenarios/full-ban.yaml"), "china_compute_h100e");
        assertTrue(open > baseline && baseline > fullBan, "open " + open + ", baseline " + baseline + ", full ban "
                + fullBan);
    }

    private static double totalIn(List<JsonNode> trace, String metric, String... years) {
        return trace.stream().filter(q -> List.of(years).contains(q.get("quarter").asText().substring(0, 4)))
                .mapToDouble(q -> q.at("/metrics/" + metric).asDouble()).sum();
    }

    private static double last(List<JsonNode> trace, String metric) {
        return trace.get(trace.size() - 1).at("/metrics/" + metric).asDouble();
    }

    /** Every leaf of the scenario as it would run, by dotted path (agents.huawei.setup.yieldMax). */
    private static Map<String, String> resolvedLeaves(String config) throws ScenarioException {
        Scenario scenario = new ScenarioLoader(PolicyRegistry.standard()).load(Path.of(Cli.config(config)), List.of());
        Map<String, String> leaves = new TreeMap<>();
        collect(ScenarioWriter.toTree(scenario), "", leaves);
        return leaves;
    }

    private static void collect(JsonNode node, String path, Map<String, String> leaves) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> collect(e.getValue(), path.isEmpty() ? e.getKey()
                    : path + "." + e.getKey(), leaves));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "[" + i + "]", leaves);
            }
        } else {
            leaves.put(path, node.asText());
        }
    }
}
