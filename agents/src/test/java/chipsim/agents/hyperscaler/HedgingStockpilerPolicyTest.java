package chipsim.agents.hyperscaler;

import static chipsim.agents.Fixtures.QUARTER;
import static chipsim.agents.Fixtures.catalogue;
import static chipsim.agents.Fixtures.policy;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.market.Region;
import chipsim.market.rules.ImportStance;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The hedging stockpiler front-loads harder than value-per-dollar and keeps its own domestic share. */
class HedgingStockpilerPolicyTest {

    private static final long BUDGET = 1_000_000_000L;

    private static BuyerPolicy hedger() {
        return policy(new HedgingStockpilerPolicy.Factory(), Map.of(), BuyerPolicy.class);
    }

    private static BuyerPolicy plain() {
        return policy(new ValuePerDollarPolicy.Factory(), Map.of(), BuyerPolicy.class);
    }

    private static ChipOption option(String chipId, long price, Route route, boolean domestic, double banBelief) {
        return new ChipOption(chipId, catalogue().h100e(chipId), price, route, ImportStance.ALLOWED, banBelief, domestic,
                1.0);
    }

    private static BuyerObservation observation(double domesticRatio, ChipOption... options) {
        return new BuyerObservation(QUARTER, "bytedance", Region.CN, 5 * BUDGET, BUDGET, 1e9, List.of(options),
                domesticRatio, 100_000);
    }

    private static double domesticUnitShare(PurchasePlan plan) {
        long domestic = plan.bids().stream().filter(b -> b.chipId().startsWith("Ascend")).mapToLong(b -> b.units()).sum();
        long all = plan.bids().stream().mapToLong(b -> b.units()).sum();
        assertTrue(all > 0, "buys nothing: " + plan);
        return (double) domestic / all;
    }

    @Test
    void frontLoadsHarderThanAValueBuyerWhenABanLooksLikely() {
        BuyerObservation fear = observation(0, option("H100", 25_000, Route.LICENSED, false, 0.6),
                option("Ascend910C", 28_000, Route.DIRECT, true, 0));
        BuyerObservation calm = observation(0, option("H100", 25_000, Route.LICENSED, false, 0),
                option("Ascend910C", 28_000, Route.DIRECT, true, 0));
        double hedgerRise = (double) hedger().plan(fear).committedUsd() / hedger().plan(calm).committedUsd();
        double plainRise = (double) plain().plan(fear).committedUsd() / plain().plan(calm).committedUsd();
        assertTrue(hedgerRise > plainRise, "hedger spends x" + hedgerRise + " on fear, a value buyer x" + plainRise);
    }

    @Test
    void keepsADomesticShareEvenWhenBeijingRequiresNone() {
        BuyerObservation noRule = observation(0, option("H100", 25_000, Route.LICENSED, false, 0),
                option("Ascend910C", 28_000, Route.DIRECT, true, 0));
        assertTrue(domesticUnitShare(hedger().plan(noRule)) >= 0.3 - 0.01, "the hedger's own 30% floor");
        assertTrue(domesticUnitShare(plain().plan(noRule)) < domesticUnitShare(hedger().plan(noRule)),
                "a value buyer keeps less domestic");
    }
}
