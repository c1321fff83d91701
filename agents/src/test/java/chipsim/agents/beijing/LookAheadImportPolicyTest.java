package chipsim.agents.beijing;

import static chipsim.agents.Fixtures.book;
import static chipsim.agents.Fixtures.catalogue;
import static chipsim.agents.Fixtures.chip;
import static chipsim.agents.Fixtures.rules;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.agents.AgentRandom;
import chipsim.agents.Fixtures;
import chipsim.market.Chip;
import chipsim.market.Quarter;
import chipsim.market.report.ChipBook;
import chipsim.market.report.PublicState;
import chipsim.market.rules.ExportRules;
import chipsim.market.rules.ImportPolicy;
import chipsim.market.rules.ImportStance;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class LookAheadImportPolicyTest {

    private static final Quarter NOW = Quarter.parse("2025Q2");
    private static final List<Chip> FOREIGN = List.of(chip("H20"), chip("H100"), chip("B200"));
    /** Washington lets every chip through: Beijing's stance decides what comes in. */
    private static final ExportRules ALL_OPEN = rules(1e9, 1e9);

    private static LookAheadImportPolicy policy(Map<String, Object> params) {
        return Fixtures.policy(new LookAheadImportPolicy.Factory(), params, LookAheadImportPolicy.class);
    }

    /** Last quarter: foreign chips bid for and bought, China at 4M H100e. */
    private static PublicState last(Quarter quarter, ImportPolicy imports, double growthYoY, double huaweiShare,
            long foreignUnits) {
        SortedMap<String, ChipBook> books = new TreeMap<>();
        books.put("H100", book().bid(foreignUnits, foreignUnits).filled(foreignUnits, foreignUnits).build());
        return new PublicState(quarter, books, 4e6, 1e7, growthYoY, huaweiShare, 1 - huaweiShare, 0, 0, 0, ALL_OPEN,
                imports);
    }

    private static BeijingObservation observe(Quarter quarter, ImportPolicy current, PublicState last,
            SortedMap<String, Double> memory, double draw) {
        SortedMap<String, Double> h100e = new TreeMap<>();
        catalogue().all().forEach(c -> h100e.put(c.id(), catalogue().h100e(c.id())));
        return new BeijingObservation(quarter, current, last, 0, FOREIGN, h100e, catalogue().h100e("Ascend910C"), 0.5,
                memory, draw);
    }

    private static long count(ImportPlan plan, ImportStance stance) {
        return plan.terms().values().stream().filter(t -> t.stance() == stance).count();
    }

    private static ImportPolicy applied(ImportPlan plan) {
        return new ImportPolicy(plan.terms(), plan.domesticRatio());
    }

    @Test
    void aHeavierSecurityCostMakesItBarWhatItWouldAllow() {
        PublicState state = last(NOW.plus(-1), ImportPolicy.openDoor(), 0.5, 0.3, 500_000);
        ImportPlan relaxed = policy(Map.of("weightSecurity", 0.0)).decide(observe(NOW, ImportPolicy.openDoor(), state,
                new TreeMap<>(), 0));
        ImportPlan wary = policy(Map.of("weightSecurity", 5.0)).decide(observe(NOW, ImportPolicy.openDoor(), state,
                new TreeMap<>(), 0));

        assertEquals(0, count(relaxed, ImportStance.BARRED), "no security cost: nothing barred, " + relaxed);
        assertEquals(FOREIGN.size(), count(wary, ImportStance.BARRED), "a high security cost: all barred, " + wary);
    }

    @Test
    void aLearnedHuaweiGainFromTheSubsidyMakesItRaiseTheSubsidy() {
        LookAheadImportPolicy policy = policy(Map.of());
        ImportForecast flat = policy.learned(observe(NOW, ImportPolicy.openDoor(),
                last(NOW.plus(-1), ImportPolicy.openDoor(), 0.5, 0.3, 500_000), new TreeMap<>(), 0));
        ImportForecast steep = flat;
        // Its stance and the subsidy both moved; only the subsidy ever moved Huawei's share, and only in one history.
        for (int q = 0; q < 8; q++) {
            double openness = q % 2;
            double subsidyBn = 1 + (q / 2) % 2;
            flat = flat.learn(openness, subsidyBn, 0.1, 5, 0.3);
            steep = steep.learn(openness, subsidyBn, 0.1, 5, 0.3 + 0.3 * (subsidyBn - 1));
        }
        ImportPlan whenFlat = policy.decide(withModel(flat));
        ImportPlan whenSteep = policy.decide(withModel(steep));

        assertEquals(1_000_000_000L, whenFlat.subsidyUsd(), "the subsidy bought nothing: base subsidy");
        assertEquals(2_000_000_000L, whenSteep.subsidyUsd(), "each $1 bn bought 30 points of share: raised");
    }

    private static BeijingObservation withModel(ImportForecast model) {
        SortedMap<String, Double> memory = new TreeMap<>();
        model.write(memory);
        memory.put(LookAheadImportPolicy.PREV_CHINA, 4e6 / 1.1);
        memory.put(LookAheadImportPolicy.PREV_SUBSIDY, 1e9);
        return observe(NOW, ImportPolicy.openDoor(), last(NOW.plus(-1), ImportPolicy.openDoor(), 0.5, 0.3, 500_000),
                memory, 0);
    }

    @Test
    void itBarsThenReopensWithinAYearWhenBarringStallsChinasCompute() {
        // It believes at first that barring barely slows China's compute... (without caution: a
        // cautious Beijing, which must see the stall confirmed, reopens later)
        LookAheadImportPolicy policy = policy(Map.of("weightSecurity", 0.1, "priorGrowthSlope", 0.2, "caution", 0.0));
        ImportPolicy current = ImportPolicy.openDoor();
        Quarter quarter = NOW;
        ImportPlan first = policy.decide(observe(quarter, current, last(quarter.plus(-1), current, 0.5, 0.3, 500_000),
                new TreeMap<>(), 0));
        assertEquals(FOREIGN.size(), count(first, ImportStance.BARRED), first.toString());
        current = applied(first);
        SortedMap<String, Double> memory = first.memory();
        double china = 4e6;
        int reopenedAfter = -1;
        for (int q = 1; q <= 4 && reopenedAfter < 0; q++) {
            // ... then sees it stop growing, while nothing foreign comes in.
            quarter = quarter.next();
            PublicState stalled = new PublicState(quarter.plus(-1), new TreeMap<>(), china, 1e7, 0, 0.9, 0.1, 0, 0, 0,
                    ALL_OPEN, current);
            ImportPlan next = policy.decide(observe(quarter, current, stalled, memory, 0));
            if (count(next, ImportStance.BARRED) < FOREIGN.size()) {
                reopenedAfter = q;
            }
            current = applied(next);
            memory = next.memory();
        }
        assertTrue(reopenedAfter >= 1 && reopenedAfter <= 4, "reopened within four quarters: " + reopenedAfter);
    }

    @Test
    void cautionTurnsAnUncertainBarIntoTheSaferMoveOrNone() {
        PublicState state = last(NOW.plus(-1), ImportPolicy.openDoor(), 0.5, 0.3, 500_000);
        Map<String, Object> believesBarsCostLittle = Map.of("weightSecurity", 0.1, "priorGrowthSlope", 0.2);
        ImportPlan bold = policy(with(believesBarsCostLittle, 0.0)).decide(observe(NOW, ImportPolicy.openDoor(), state,
                new TreeMap<>(), 0));
        ImportPlan cautious = policy(with(believesBarsCostLittle, 5.0)).decide(observe(NOW, ImportPolicy.openDoor(),
                state, new TreeMap<>(), 0));
        assertEquals(FOREIGN.size(), count(bold, ImportStance.BARRED), "the forecast alone: it bars, " + bold);
        assertEquals(0, count(cautious, ImportStance.BARRED), "a bar its model cannot vouch for: " + cautious);
    }

    private static Map<String, Object> with(Map<String, Object> params, double caution) {
        Map<String, Object> all = new java.util.HashMap<>(params);
        all.put("caution", caution);
        return all;
    }

    @Test
    void withoutNoiseTheDrawChangesNothing() {
        LookAheadImportPolicy policy = policy(Map.of());
        PublicState state = last(NOW.plus(-1), ImportPolicy.openDoor(), 0.5, 0.3, 500_000);
        assertEquals(policy.decide(observe(NOW, ImportPolicy.openDoor(), state, new TreeMap<>(), 0.01)),
                policy.decide(observe(NOW, ImportPolicy.openDoor(), state, new TreeMap<>(), 0.99)));
    }

    @Test
    void withNoiseTheChoiceVariesWithTheSeedAndRepeatsWithIt() {
        LookAheadImportPolicy noisy = policy(Map.of("choiceTemperature", 20.0));
        PublicState state = last(NOW.plus(-1), ImportPolicy.openDoor(), 0.5, 0.3, 500_000);
        Set<SortedMap<String, ?>> choices = new HashSet<>();
        for (long seed = 1; seed <= 30; seed++) {
            double draw = AgentRandom.stream(seed, "beijing", NOW, "policy-choice").nextDouble();
            ImportPlan plan = noisy.decide(observe(NOW, ImportPolicy.openDoor(), state, new TreeMap<>(), draw));
            double again = AgentRandom.stream(seed, "beijing", NOW, "policy-choice").nextDouble();
            assertEquals(plan, noisy.decide(observe(NOW, ImportPolicy.openDoor(), state, new TreeMap<>(), again)));
            choices.add(plan.terms());
        }
        assertTrue(choices.size() >= 2, "thirty seeds, one choice: " + choices);
    }
}
