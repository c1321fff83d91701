package chipsim.runner;

import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.agents.PolicyRegistry;
import chipsim.market.Channel;
import chipsim.market.Region;
import chipsim.market.report.FillRecord;
import chipsim.market.rules.ExportStatus;
import chipsim.market.rules.ImportStance;
import chipsim.runner.scenario.ScenarioLoader;
import chipsim.runner.sim.QuarterRecord;
import chipsim.runner.sim.RunResult;
import chipsim.runner.sim.Simulation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The mechanisms of FACTS.md show in the baseline's trace, each for a reason of the model's own:
 * nothing here is scripted. Where a mechanism is a response (front-loading to a ban risk, grey
 * volume to enforcement), it is shown as a paired difference against the same run without the cause.
 */
class MechanismsTest {

    private static Simulation simulation;
    private static ScenarioLoader loader;
    private static RunResult baseline;

    @BeforeAll
    static void runBaseline() throws Exception {
        PolicyRegistry registry = PolicyRegistry.standard();
        simulation = Simulation.start(2, registry);
        loader = new ScenarioLoader(registry);
        baseline = run(List.of());
    }

    @AfterAll
    static void stop() {
        simulation.close();
    }

    private static RunResult run(List<String> overrides) throws Exception {
        RunResult result = simulation.runToEnd(loader.loadBundled(ScenarioLoader.BUNDLED_BASELINE, overrides));
        assertTrue(result.ok(), result.error());
        return result;
    }

    private static boolean anyEvent(RunResult run, String fragment) {
        return run.quarters().stream().anyMatch(q -> q.events().stream().anyMatch(e -> e.contains(fragment)));
    }

    @Test
    void aLicensedSaleToChinaNeedsBothCapitalsAndPaysWashington() {
        boolean sawFee = false;
        for (QuarterRecord quarter : baseline.quarters()) {
            for (FillRecord fill : quarter.fills()) {
                if (fill.channel() != Channel.LICENSED) {
                    continue;
                }
                assertTrue(fill.buyerRegion() == Region.CN);
                assertTrue(quarter.exportRules().status(fill.chipId()) != ExportStatus.BANNED,
                        "a banned chip was sold legally in " + quarter.quarter());
                assertTrue(quarter.importPolicy().stance(fill.chipId()) != ImportStance.BARRED,
                        "a barred chip was sold legally in " + quarter.quarter());
                sawFee |= fill.feeUsd() > 0;
            }
        }
        assertTrue(sawFee, "no licence fee ever reached Washington");
        assertTrue(baseline.quarters().stream().anyMatch(q -> q.metric("fees_usd") > 0));
    }

    @Test
    void bansStrandStockAndNvidiaDesignsCompliantVariants() {
        assertTrue(anyEvent(baseline, "washington: H20 open -> banned"), "the H20 is never banned");
        assertTrue(anyEvent(baseline, "nvidia: writes down"), "no stranded stock is written down");
        assertTrue(anyEvent(baseline, "nvidia: designs "), "no compliant variant is designed");
        assertTrue(anyEvent(baseline, "nvidia: launches compliant variant"), "no designed variant launches");
    }

    @Test
    void buyersFrontLoadBeforeTheReviewWhenTheyFearABan() throws Exception {
        List<String> noFear = new ArrayList<>();
        for (String buyer : List.of("bytedance", "alibaba", "tencent", "baidu", "china-others")) {
            noFear.add(buyer + ".setup.banHazard=0");
            noFear.add(buyer + ".setup.reviewLikelihoodRatio=1");
        }
        RunResult calm = run(noFear);
        // 2024Q4 is the quarter before the 2025Q1 review: the H20 is the chip buyers fear losing.
        long fearful = baseline.quarters().get(3).books().get("H20").bidChinaUnits();
        long calmBids = calm.quarters().get(3).books().get("H20").bidChinaUnits();
        assertTrue(fearful > calmBids * 1.05, "front-loading: " + fearful + " bids with ban fear, " + calmBids + " without");
    }

    @Test
    void huaweiIsHeldBackByItsScarcestInputAndTsmcRationsCapacity() {
        assertTrue(anyEvent(baseline, "huawei: output of"), "Huawei's binding input is never reported");
        assertTrue(anyEvent(baseline, "tsmc: grants nvidia"), "TSMC never rations capacity");
        assertTrue(anyEvent(baseline, "tsmc: starts"), "TSMC never expands");
    }

    @Test
    void greyVolumeFallsWithEnforcement() throws Exception {
        double lax = greyUnits(run(List.of("washington.setup.enforcement=0")));
        double strict = greyUnits(run(List.of("washington.setup.enforcement=1")));
        assertTrue(lax > 0, "no grey market at all");
        assertTrue(strict < lax, "grey units " + strict + " with full enforcement, " + lax + " with none");
    }

    private static double greyUnits(RunResult run) {
        return run.quarters().stream().mapToDouble(q -> q.metric("grey_units")).sum();
    }
}
