package chipsim.runner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.agents.PolicyRegistry;
import chipsim.runner.scenario.Scenario;
import chipsim.runner.scenario.ScenarioLoader;
import chipsim.runner.sim.RunResult;
import chipsim.runner.sim.Simulation;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.junit.jupiter.api.Test;

/** The baseline's shocks move its outcomes: seeds tell something (docs/model.md, "Stochasticity"). */
class SeedsMatterTest {

    @Test
    void tenSeedsOfTheBaselineSpreadChinasFinalComputeByAtLeastOnePercent() throws Exception {
        PolicyRegistry registry = PolicyRegistry.standard();
        Scenario baseline = new ScenarioLoader(registry).loadBundled(ScenarioLoader.BUNDLED_BASELINE, List.of());
        SummaryStatistics finalCompute = new SummaryStatistics();
        try (Simulation simulation = Simulation.start(2, registry)) {
            for (long seed = 1; seed <= 10; seed++) {
                RunResult result = simulation.runToEnd(baseline.withSeed(seed));
                assertEquals(null, result.error());
                finalCompute.addValue(result.quarters().get(result.quarters().size() - 1).metric("china_compute_h100e"));
            }
        }
        double cv = finalCompute.getStandardDeviation() / finalCompute.getMean();
        assertTrue(cv >= 0.01, "coefficient of variation of China's final compute over ten seeds: " + cv);
    }
}
