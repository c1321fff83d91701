package chipsim.agents.washington;

import static chipsim.agents.Fixtures.rules;
import static chipsim.agents.Fixtures.usChips;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.agents.AgentRandom;
import chipsim.agents.Fixtures;
import chipsim.market.Quarter;
import chipsim.market.report.PublicState;
import chipsim.market.rules.ExportRules;
import chipsim.market.rules.ImportPolicy;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class LookAheadPolicyTest {

    private static final Quarter NOW = Quarter.parse("2025Q2");
    /** H20 open, everything above banned: openness 0.34. */
    private static final ExportRules H20_ONLY = rules(4800, 4800);

    private static LookAheadPolicy policy(Map<String, Object> overrides) {
        Map<String, Object> params = new HashMap<>(overrides);
        return Fixtures.policy(new LookAheadPolicy.Factory(), params, LookAheadPolicy.class);
    }

    /** Last quarter's public state with these figures and no books. */
    private static PublicState last(Quarter quarter, ExportRules rules, double chinaH100e, double growthYoY,
            double huaweiShare, double revenueUsd) {
        return new PublicState(quarter, new TreeMap<>(), chinaH100e, 1e7, growthYoY, huaweiShare, 1 - huaweiShare, 0,
                (long) revenueUsd, 0, rules, ImportPolicy.openDoor());
    }

    private static WashingtonObservation observe(Quarter quarter, ExportRules current, PublicState last,
            SortedMap<String, Double> memory, double draw) {
        return new WashingtonObservation(quarter, false, current, last, usChips(), memory, draw);
    }

    private static ExportRules apply(RulesDecision decision, ExportRules current) {
        return ExportRules.classify(Fixtures.catalogue().all(), decision.licenceAboveTpp(), decision.banAboveTpp(),
                decision.revenueShare(), decision.chinaCapRatio(), decision.enforcement(),
                current.reviewQuarterOfYear(), current.overrides(), current.shareOverrides());
    }

    /**
     * A memory in which the policy has learned from these (openness, Huawei share) quarters, with
     * China growing a little faster the more open the rules, and revenue flat.
     */
    private static SortedMap<String, Double> learnedHuaweiShare(LookAheadPolicy policy, double[][] quarters) {
        RulesForecast model = policy.learned(observe(NOW, H20_ONLY,
                last(NOW.plus(-1), H20_ONLY, 3e6, 0.5, 0.2, 3e9), new TreeMap<>(), 0));
        for (double[] q : quarters) {
            model = model.learn(q[0], 0.08 + 0.05 * q[0], 3, q[1]);
        }
        SortedMap<String, Double> memory = new TreeMap<>();
        model.write(memory);
        memory.put(LookAheadPolicy.PREV_CHINA, 3e6 / 1.1);
        return memory;
    }

    @Test
    void fasterChinaGrowthMakesItTighten() {
        LookAheadPolicy policy = policy(Map.of());
        RulesDecision slow = policy.decide(observe(NOW, H20_ONLY, last(NOW.plus(-1), H20_ONLY, 3e6, 0.1, 0.2, 3e9),
                new TreeMap<>(), 0));
        RulesDecision fast = policy.decide(observe(NOW, H20_ONLY, last(NOW.plus(-1), H20_ONLY, 3e6, 3.0, 0.2, 3e9),
                new TreeMap<>(), 0));

        assertTrue(slow.banAboveTpp() > H20_ONLY.banAboveTpp(), "slow growth: it licenses more, " + slow);
        assertTrue(fast.banAboveTpp() < H20_ONLY.banAboveTpp(), "fast growth: it bans H20 too, " + fast);
        assertTrue(fast.reason().contains("tightens"), fast.reason());
    }

    @Test
    void aGainWithinWhatItsModelDoesNotKnowIsNotActedOnUntilTheDataPinIt() {
        PublicState racing = last(NOW.plus(-1), H20_ONLY, 3e6, 3.0, 0.2, 3e9);
        // It has never seen the rules move: the slope of growth on openness is its prior's guess.
        RulesDecision bold = policy(Map.of("caution", 0.0)).decide(observe(NOW, H20_ONLY, racing, new TreeMap<>(), 0));
        RulesDecision cautious = policy(Map.of("caution", 2.0, "forgetting", 1.0)).decide(observe(NOW, H20_ONLY, racing, new TreeMap<>(), 0));
        assertTrue(bold.banAboveTpp() < H20_ONLY.banAboveTpp(), "the forecast alone says tighten: " + bold);
        assertEquals(H20_ONLY.banAboveTpp(), cautious.banAboveTpp(), "within its uncertainty: it keeps, " + cautious);

        // Forty quarters in which openness visibly sped China up pin the slope: now it acts.
        LookAheadPolicy policy = policy(Map.of("caution", 2.0, "forgetting", 1.0));
        RulesForecast model = policy.learned(observe(NOW, H20_ONLY, racing, new TreeMap<>(), 0));
        for (int q = 0; q < 40; q++) {
            double x = q % 2 == 0 ? 0 : 0.34;
            model = model.learn(x, 0.05 + 0.6 * x, 3 + 3 * x, 0.2);
        }
        SortedMap<String, Double> memory = new TreeMap<>();
        model.write(memory);
        memory.put(LookAheadPolicy.PREV_CHINA, 3e6 / 1.25);
        RulesDecision informed = policy.decide(observe(NOW, H20_ONLY, racing, memory, 0));
        assertTrue(informed.banAboveTpp() < H20_ONLY.banAboveTpp(), "the data say tighten: " + informed);
        assertTrue(informed.reason().contains("±"), informed.reason());
    }

    @Test
    void aLearnedHuaweiGainFromBansMakesItLicense() {
        Map<String, Object> params = Map.of("weightDependence", 10.0, "priorHuaweiShareSlope", 0.0,
                "priorRevenueSlope", 0.0);
        LookAheadPolicy policy = policy(params);
        // Openness barely moved Huawei's share in what it saw...
        SortedMap<String, Double> flat = learnedHuaweiShare(policy,
                new double[][] {{0, 0.2}, {0.34, 0.2}, {0, 0.2}, {0.34, 0.2}});
        // ... or every ban handed Huawei the market.
        SortedMap<String, Double> steep = learnedHuaweiShare(policy,
                new double[][] {{0, 0.95}, {0.34, 0.2}, {0, 0.95}, {0.34, 0.2}});
        PublicState fast = last(NOW.plus(-1), H20_ONLY, 3e6, 1.0, 0.2, 3e9);

        RulesDecision whenFlat = policy.decide(observe(NOW, H20_ONLY, fast, flat, 0));
        RulesDecision whenSteep = policy.decide(observe(NOW, H20_ONLY, fast, steep, 0));

        assertTrue(whenFlat.banAboveTpp() < H20_ONLY.banAboveTpp(), "bans cost it nothing: it tightens, " + whenFlat);
        assertTrue(whenSteep.banAboveTpp() > H20_ONLY.banAboveTpp(), "bans hand China to Huawei: it licenses, "
                + whenSteep);
    }

    @Test
    void itBansThenRelicensesWithinAYearWhenTheForecastTurns() {
        LookAheadPolicy policy = policy(Map.of());
        ExportRules rules = H20_ONLY;
        SortedMap<String, Double> memory = new TreeMap<>();
        Quarter quarter = NOW;
        // China's compute is racing ahead: it bans.
        RulesDecision first = policy.decide(observe(quarter, rules, last(quarter.plus(-1), rules, 3e6, 3.0, 0.2, 3e9),
                memory, 0));
        assertTrue(first.banAboveTpp() < rules.banAboveTpp(), first.toString());
        rules = apply(first, rules);
        memory = first.memory();
        double china = 3e6;
        int relicensedAfter = -1;
        for (int q = 1; q <= 4 && relicensedAfter < 0; q++) {
            // Then the race stops (China's compute flat) and Huawei takes every Chinese purchase.
            quarter = quarter.next();
            RulesDecision next = policy.decide(observe(quarter, rules, last(quarter.plus(-1), rules, china, 0.0, 1.0, 0),
                    memory, 0));
            if (next.banAboveTpp() > rules.banAboveTpp()) {
                relicensedAfter = q;
            }
            rules = apply(next, rules);
            memory = next.memory();
        }
        assertTrue(relicensedAfter >= 1 && relicensedAfter <= 4, "relicensed within four quarters: " + relicensedAfter);
    }

    @Test
    void withoutNoiseTheDrawChangesNothing() {
        LookAheadPolicy policy = policy(Map.of());
        PublicState state = last(NOW.plus(-1), H20_ONLY, 3e6, 0.5, 0.2, 3e9);
        RulesDecision a = policy.decide(observe(NOW, H20_ONLY, state, new TreeMap<>(), 0.01));
        RulesDecision b = policy.decide(observe(NOW, H20_ONLY, state, new TreeMap<>(), 0.99));
        assertEquals(a, b);
    }

    @Test
    void withNoiseTheChoiceVariesWithTheSeedAndRepeatsWithIt() {
        LookAheadPolicy noisy = policy(Map.of("choiceTemperature", 20.0));
        PublicState state = last(NOW.plus(-1), H20_ONLY, 3e6, 0.5, 0.2, 3e9);
        Set<Double> banLines = new HashSet<>();
        for (long seed = 1; seed <= 30; seed++) {
            double draw = AgentRandom.stream(seed, "washington", NOW, "policy-choice").nextDouble();
            RulesDecision decision = noisy.decide(observe(NOW, H20_ONLY, state, new TreeMap<>(), draw));
            double again = AgentRandom.stream(seed, "washington", NOW, "policy-choice").nextDouble();
            assertEquals(decision, noisy.decide(observe(NOW, H20_ONLY, state, new TreeMap<>(), again)));
            banLines.add(decision.banAboveTpp());
        }
        assertTrue(banLines.size() >= 2, "thirty seeds, one choice: " + banLines);
    }

    @Test
    void withNoDataYetItKeepsTheRulesAndStartsItsMemory() {
        PublicState first = Fixtures.firstState(H20_ONLY, ImportPolicy.openDoor());
        RulesDecision decision = policy(Map.of()).decide(observe(Quarter.parse("2024Q1"), H20_ONLY, first,
                new TreeMap<>(), 0));
        assertEquals(RulesDecision.keep(H20_ONLY).withMemory(decision.memory()), decision);
        assertNotEquals(0, decision.memory().size());
    }
}
