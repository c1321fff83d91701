package chipsim.agents.hyperscaler;

import static chipsim.agents.Fixtures.QUARTER;
import static chipsim.agents.Fixtures.catalogue;
import static chipsim.agents.Fixtures.policy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.agents.decision.Checks;
import chipsim.market.Region;
import chipsim.market.rules.ImportStance;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Direction tests of demand derived from the value of compute (docs/model.md, 7.6). */
class DerivedDemandPolicyTest {

    private static final double FLEET = 100_000;
    private static final double PLANNED = 20_000;

    private static BuyerPolicy buyer(double elasticity) {
        return policy(new DerivedDemandPolicy.Factory(), Map.of("referencePriceUsdPerH100e", 25_000,
                "demandElasticity", elasticity), BuyerPolicy.class);
    }

    private static ChipOption option(String chipId, long priceUsd, Route route, boolean domestic, double fill) {
        return new ChipOption(chipId, catalogue().h100e(chipId), priceUsd, route, ImportStance.ALLOWED, 0, domestic, fill);
    }

    private static BuyerObservation observe(long cashUsd, double domesticRatio, ChipOption... options) {
        return new BuyerObservation(QUARTER, "bytedance", Region.CN, cashUsd, cashUsd, PLANNED, List.of(options),
                domesticRatio, FLEET);
    }

    private static double compute(PurchasePlan plan, BuyerObservation observation) {
        double h100e = 0;
        for (PurchasePlan.PlannedBid bid : plan.bids()) {
            h100e += bid.units() * catalogue().h100e(bid.chipId());
        }
        return h100e;
    }

    private static long price(double h100ePrice, String chipId) {
        return Math.round(h100ePrice * catalogue().h100e(chipId));
    }

    @Test
    void atTheReferencePriceItWantsWhatItsPlanAdds() {
        BuyerObservation at = observe(10_000_000_000L, 0, option("H100", price(25_000, "H100"), Route.LICENSED, false, 1));
        assertEquals(PLANNED, compute(buyer(1).plan(at), at), 2.0);
    }

    @Test
    void aBuyerAheadOfItsPlanBuysLessAndOneBehindItMore() {
        // The same price (under the reference value) and cash; only the planned fleet differs. Its
        // value of compute is anchored on the plan, so a fleet bought ahead of the plan is worth less
        // at the margin; anchored on its own fleet, all three would buy the same.
        ChipOption h100 = option("H100", price(20_000, "H100"), Route.LICENSED, false, 1);
        double onPlan = compute(buyer(1).plan(observe(10_000_000_000L, 0, h100)), null);
        double ahead = compute(buyer(1).plan(planned(FLEET * 0.8, h100)), null);
        double behind = compute(buyer(1).plan(planned(FLEET * 1.2, h100)), null);
        assertTrue(ahead < onPlan && onPlan < behind, ahead + " < " + onPlan + " < " + behind);
        // K* - K: the 20% of its fleet it is behind, scaled like the whole plan by (p_ref / P)^sigma = 25/20.
        assertEquals(onPlan + FLEET * 0.2 * 25_000 / 20_000, behind, 2.0, "behind its plan by 20% of its fleet");
        assertEquals(onPlan - FLEET * 0.2 * 25_000 / 20_000, ahead, 2.0, "ahead of it by as much");
    }

    private static BuyerObservation planned(double plannedFleet, ChipOption... options) {
        return new BuyerObservation(QUARTER, "bytedance", Region.CN, 10_000_000_000L, 10_000_000_000L, PLANNED,
                List.of(options), 0, FLEET, plannedFleet);
    }

    @Test
    void aHigherPriceMeansLessComputeAndMoreElasticBuyersCutMore() {
        double last = Double.MAX_VALUE;
        for (double perH100e : new double[] {15_000, 20_000, 25_000, 27_000, 29_000}) {
            BuyerObservation seen = observe(10_000_000_000L, 0,
                    option("H100", price(perH100e, "H100"), Route.LICENSED, false, 1));
            double wanted = compute(buyer(1).plan(seen), seen);
            assertTrue(wanted < last, "demand falls with the price: " + wanted + " at " + perH100e);
            last = wanted;
        }
        BuyerObservation dear = observe(10_000_000_000L, 0, option("H100", price(27_000, "H100"), Route.LICENSED, false, 1));
        assertTrue(compute(buyer(4).plan(dear), dear) < compute(buyer(1).plan(dear), dear));
    }

    @Test
    void theBudgetBindsAndIsTellsTheExchange() {
        BuyerObservation poor = observe(100_000_000L, 0, option("H100", price(20_000, "H100"), Route.LICENSED, false, 1));
        PurchasePlan plan = buyer(1).plan(poor);
        assertEquals(100_000_000L, plan.budgetUsd(), "it would spend more than its cash: the cash binds");
        Checks checks = new Checks();
        plan.check(poor, checks);
        assertTrue(checks.ok(), checks.problems().toString());
    }

    @Test
    void whereItExpectsRationingItOverOrdersButKeepsItsBudget() {
        BuyerObservation sure = observe(10_000_000_000L, 0, option("H100", price(20_000, "H100"), Route.LICENSED, false, 1));
        BuyerObservation rationed = observe(10_000_000_000L, 0,
                option("H100", price(20_000, "H100"), Route.LICENSED, false, 0.5));
        PurchasePlan a = buyer(1).plan(sure);
        PurchasePlan b = buyer(1).plan(rationed);
        assertEquals(a.budgetUsd(), b.budgetUsd());
        assertEquals(2.0, (double) b.bids().get(0).units() / a.bids().get(0).units(), 0.01);
    }

    @Test
    void itSubstitutesSmoothlyTowardTheCheaperChip() {
        double previous = -1;
        for (long h20 : new long[] {9_000, 8_000, 7_000, 6_000}) {
            BuyerObservation seen = observe(10_000_000_000L, 0,
                    option("H100", price(22_000, "H100"), Route.LICENSED, false, 1),
                    option("H20", h20, Route.LICENSED, false, 1));
            PurchasePlan plan = buyer(1).plan(seen);
            double h20Share = plan.bids().stream().filter(bid -> bid.chipId().equals("H20"))
                    .mapToDouble(bid -> bid.units() * catalogue().h100e("H20")).sum() / compute(plan, seen);
            assertTrue(h20Share > previous && h20Share < 1, "H20's share rises smoothly as it gets cheaper: " + h20Share);
            assertEquals(2, plan.bids().size(), "both chips are still bought");
            previous = h20Share;
        }
    }

    @Test
    void itMeetsBeijingsDomesticFloor() {
        BuyerObservation seen = observe(10_000_000_000L, 0.4,
                option("H100", price(20_000, "H100"), Route.LICENSED, false, 1),
                option("Ascend910C", price(30_000, "Ascend910C"), Route.DIRECT, true, 1));
        PurchasePlan plan = buyer(1).plan(seen);
        double domestic = plan.bids().stream().filter(bid -> bid.chipId().equals("Ascend910C"))
                .mapToLong(PurchasePlan.PlannedBid::units).sum();
        double all = plan.bids().stream().mapToLong(PurchasePlan.PlannedBid::units).sum();
        assertEquals(0.4, domestic / all, 0.01);
    }

    /**
     * Over-ordering makes up for an expected fill only down to {@code minFillChance} (0.3): the
     * shortfall a route below it is expected to leave is planned on the route it expects to fill,
     * so the value it expects delivered, each bid's units times its fill chance at its price, is
     * all it plans to spend (the budget it sends, less the premium of 0.15), as when every route
     * is expected to fill.
     */
    @Test
    void theShortfallOfAHopelessRouteIsPlannedOnTheRouteThatFills() {
        long h100 = price(20_000, "H100");
        long ascend = price(12_000, "Ascend910C");
        for (double ascendFill : new double[] {0.6, 0.1, 0.02}) {
            ChipOption sure = option("H100", h100, Route.LICENSED, false, 1);
            ChipOption doubtful = option("Ascend910C", ascend, Route.DIRECT, true, ascendFill);
            BuyerObservation seen = observe(10_000_000_000L, 0, sure, doubtful);
            PurchasePlan plan = buyer(1).plan(seen);
            double expectedValue = 0;
            for (PurchasePlan.PlannedBid bid : plan.bids()) {
                ChipOption option = bid.chipId().equals("H100") ? sure : doubtful;
                expectedValue += bid.units() * option.fillChance() * option.expectedPriceUsd();
            }
            assertEquals(plan.budgetUsd() / 1.15, expectedValue, 0.01 * plan.budgetUsd(),
                    "value expected delivered at an Ascend fill chance of " + ascendFill);
        }
    }
}
