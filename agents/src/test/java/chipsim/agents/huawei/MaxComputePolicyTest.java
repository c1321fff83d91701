package chipsim.agents.huawei;

import static chipsim.agents.Fixtures.QUARTER;
import static chipsim.agents.Fixtures.book;
import static chipsim.agents.Fixtures.catalogue;
import static chipsim.agents.Fixtures.chip;
import static chipsim.agents.Fixtures.policy;
import static chipsim.agents.Fixtures.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.market.Chip;
import chipsim.market.report.PublicState;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class MaxComputePolicyTest {

    private static final List<Chip> ASCENDS = List.of(chip("Ascend910B"), chip("Ascend910C"));
    private static final Map<String, Double> H100E = Map.of(
            "Ascend910B", catalogue().h100e("Ascend910B"), "Ascend910C", catalogue().h100e("Ascend910C"));

    private final HuaweiPolicy policy = policy(new MaxComputePolicy.Factory(),
            Map.of("priceStep", 0.1, "minMargin", 0.1, "investShare", 0.25), HuaweiPolicy.class);

    private static HuaweiObservation inputs(long dies, long hbm, long packaging, Map<String, Double> hbmPerChip) {
        return inputs(dies, hbm, packaging, hbmPerChip, new TreeMap<>(), state().build(), 0);
    }

    private static HuaweiObservation inputs(long dies, long hbm, long packaging, Map<String, Double> hbmPerChip,
            SortedMap<String, Long> asks, PublicState last, long cashUsd) {
        return new HuaweiObservation(QUARTER, ASCENDS, ASCENDS, dies, hbm, packaging,
                Map.of("Ascend910B", 1.0, "Ascend910C", 2.0), hbmPerChip, H100E, asks, new TreeMap<>(), cashUsd, last, 0, 0, 0);
    }

    private static double compute(Map<String, Long> plan) {
        return plan.entrySet().stream().mapToDouble(e -> e.getValue() * H100E.get(e.getKey())).sum();
    }

    @Test
    void makesTheStrongerChipWhenPackagingBinds() {
        HuaweiObservation plenty = inputs(1_000_000, 10_000_000, 1_000, Map.of("Ascend910B", 4.0, "Ascend910C", 8.0));

        assertEquals(Map.of("Ascend910C", 1_000L), policy.production(plenty));
    }

    @Test
    void makesTheOlderChipWhenHbmBindsAndItYieldsMoreComputePerStack() {
        // A 910C needing four times the HBM of a 910B gives less compute per stack.
        HuaweiObservation hbmShort = inputs(1_000_000, 16_000, 1_000_000, Map.of("Ascend910B", 4.0, "Ascend910C", 16.0));

        assertEquals(Map.of("Ascend910B", 4_000L), policy.production(hbmShort));
    }

    @Test
    void picksThePlanWithTheMostComputeAndStaysWithinDiesHbmAndPackaging() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 500; i++) {
            Map<String, Double> hbmPerChip = Map.of("Ascend910B", (double) random.nextInt(1, 9),
                    "Ascend910C", (double) random.nextInt(1, 17));
            HuaweiObservation observation = inputs(random.nextLong(0, 2_000_000), random.nextLong(0, 5_000_000),
                    random.nextLong(0, 500_000), hbmPerChip);

            SortedMap<String, Long> plan = policy.production(observation);

            assertTrue(observation.fits(plan), "plan " + plan + " breaks the inputs of " + observation);
            for (Chip chip : ASCENDS) {
                Map<String, Long> allOfOne = Map.of(chip.id(), observation.maxUnits(chip.id()));
                assertTrue(compute(plan) >= compute(allOfOne) - 1e-9,
                        "making only " + chip.id() + " gives more compute than " + plan);
            }
        }
    }

    @Test
    void pricesTowardClearingAndNeverBelowItsFloor() {
        Chip ascend = chip("Ascend910C");
        SortedMap<String, Long> asks = new TreeMap<>(Map.of(ascend.id(), 20_000L));
        PublicState scarce = state().book(ascend.id(), book().offered(1_000, 1_000).bid(3_000, 3_000)).build();
        PublicState glut = state().book(ascend.id(), book().offered(1_000, 1_000).bid(0, 0)).build();
        Map<String, Double> hbm = Map.of("Ascend910B", 4.0, "Ascend910C", 8.0);

        assertTrue(policy.ask(ascend, inputs(0, 0, 0, hbm, asks, scarce, 0)) > 20_000);
        assertTrue(policy.ask(ascend, inputs(0, 0, 0, hbm, asks, glut, 0)) < 20_000);
        SortedMap<String, Long> nearCost = new TreeMap<>(Map.of(ascend.id(), ascend.unitCostUsd()));
        assertTrue(policy.ask(ascend, inputs(0, 0, 0, hbm, nearCost, glut, 0)) >= ascend.unitCostUsd() * 1.1);
    }

    @Test
    void investsAShareOfItsCashAndNeverMore() {
        Map<String, Double> hbm = Map.of("Ascend910B", 4.0, "Ascend910C", 8.0);
        long rich = policy.investment(inputs(0, 0, 0, hbm, new TreeMap<>(), state().build(), 8_000_000_000L));
        long poor = policy.investment(inputs(0, 0, 0, hbm, new TreeMap<>(), state().build(), 1_000_000_000L));

        assertTrue(rich > poor && poor > 0);
        assertTrue(rich <= 8_000_000_000L);
        assertEquals(0, policy.investment(inputs(0, 0, 0, hbm, new TreeMap<>(), state().build(), 0)));
    }
}
