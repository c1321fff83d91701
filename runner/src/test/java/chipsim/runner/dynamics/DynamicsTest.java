package chipsim.runner.dynamics;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.agents.PolicyRegistry;
import chipsim.market.rules.ChipImportTerms;
import chipsim.market.rules.ExportRules;
import chipsim.market.rules.ExportStatus;
import chipsim.market.rules.ImportPolicy;
import chipsim.market.rules.ImportStance;
import chipsim.runner.scenario.ScenarioLoader;
import chipsim.runner.sim.QuarterRecord;
import chipsim.runner.sim.RunResult;
import chipsim.runner.sim.Simulation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The must-hold on the baseline's dynamics (docs/model.md, "Dynamics"): without a change of
 * Washington's or Beijing's rules in the quarter or the one before, Nvidia's revenue and
 * China's units move less than 40% quarter on quarter, and Nvidia's revenue changes direction
 * at most four times. The rule changes are read from the run's own trace ({@link RuleChanges}).
 */
class DynamicsTest {

    static final double MAX_MOVE = 0.40;
    static final int MAX_TURNS = 4;

    private static Simulation simulation;
    private static RunResult baseline;

    @BeforeAll
    static void runBaseline() throws Exception {
        PolicyRegistry registry = PolicyRegistry.standard();
        simulation = Simulation.start(2, registry);
        baseline = simulation.runToEnd(new ScenarioLoader(registry).loadBundled(ScenarioLoader.BUNDLED_BASELINE, List.of()));
        assertTrue(baseline.ok(), baseline.error());
    }

    @AfterAll
    static void stop() {
        simulation.close();
    }

    @Test
    void withoutARuleChangeNvidiaRevenueAndChinaUnitsMoveLessThanFortyPercent() {
        List<QuarterRecord> quarters = baseline.quarters();
        List<Boolean> changes = RuleChanges.byQuarter(quarters);
        List<String> jumps = new ArrayList<>();
        int calm = 0;
        for (int i = 1; i < quarters.size(); i++) {
            if (changes.get(i) || changes.get(i - 1)) {
                continue;
            }
            calm++;
            for (String metric : List.of("nvidia_revenue_usd", "china_units")) {
                double before = quarters.get(i - 1).metric(metric);
                double now = quarters.get(i).metric(metric);
                double move = before > 0 ? now / before - 1 : now > 0 ? Double.POSITIVE_INFINITY : 0;
                if (Math.abs(move) >= MAX_MOVE) {
                    jumps.add(String.format("%s %s %+.0f%% (%,.0f to %,.0f)", quarters.get(i).quarter(), metric,
                            100 * move, before, now));
                }
            }
        }
        assertTrue(calm >= quarters.size() / 2, "too few quarters without a rule change to test: " + calm);
        assertTrue(jumps.isEmpty(), "moves of 40% or more without a rule change:\n  " + String.join("\n  ", jumps));
    }

    @Test
    void nvidiaRevenueChangesDirectionAtMostFourTimes() {
        List<Double> revenue = baseline.quarters().stream().map(q -> q.metric("nvidia_revenue_usd")).toList();
        int turns = 0;
        int direction = 0;
        for (int i = 1; i < revenue.size(); i++) {
            int now = Double.compare(revenue.get(i), revenue.get(i - 1));
            if (now != 0 && direction != 0 && now != direction) {
                turns++;
            }
            if (now != 0) {
                direction = now;
            }
        }
        assertTrue(turns <= MAX_TURNS, "Nvidia's revenue changes direction " + turns + " times: " + revenue);
    }

    @Test
    void aChangeOfStatusStanceOrLineIsARuleChangeAndAQuotaSizeOrALaunchIsNot() {
        ExportRules before = export(Map.of("H20", ExportStatus.OPEN), 4800);
        assertTrue(RuleChanges.changed(before, export(Map.of("H20", ExportStatus.BANNED), 4800)));
        assertTrue(RuleChanges.changed(before, export(Map.of("H20", ExportStatus.OPEN), 2368)));
        assertFalse(RuleChanges.changed(before, export(Map.of("H20", ExportStatus.OPEN, "B300", ExportStatus.BANNED), 4800)));
        ImportPolicy quota = imports(Map.of("H200", new ChipImportTerms(ImportStance.QUOTA, 400_000, new TreeSet<>())));
        assertFalse(RuleChanges.changed(quota,
                imports(Map.of("H200", new ChipImportTerms(ImportStance.QUOTA, 800_000, new TreeSet<>())))));
        assertTrue(RuleChanges.changed(quota, imports(Map.of("H200", ChipImportTerms.of(ImportStance.BARRED)))));
        assertFalse(RuleChanges.changed(quota, imports(Map.of("H200", new ChipImportTerms(ImportStance.QUOTA, 400_000,
                new TreeSet<>()), "Rubin", new ChipImportTerms(ImportStance.QUOTA, 400_000, new TreeSet<>())))));
    }

    private static ExportRules export(Map<String, ExportStatus> status, double lineTpp) {
        return new ExportRules(lineTpp, lineTpp, 0, 0, 0.3, 1, new TreeMap<>(), new TreeMap<>(), new TreeMap<>(status));
    }

    private static ImportPolicy imports(Map<String, ChipImportTerms> terms) {
        return new ImportPolicy(new TreeMap<>(terms), 0.2);
    }
}
