package chipsim.agents.hyperscaler;

import static chipsim.agents.Fixtures.QUARTER;
import static chipsim.agents.Fixtures.catalogue;
import static chipsim.agents.Fixtures.policy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.market.Region;
import chipsim.market.rules.ImportStance;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ValuePerDollarPolicyTest {

    private static final long BUDGET = 1_000_000_000L;
    /** Far more compute than any budget here buys, so only money limits the plans. */
    private static final double UNLIMITED_DEMAND = 1e9;

    private static BuyerPolicy buyer(boolean acceptGrey) {
        return policy(new ValuePerDollarPolicy.Factory(), Map.of("sharpness", 4.0, "bidPremium", 0.1,
                "discouragedPenalty", 0.5, "greyRiskDiscount", 0.3, "domesticPenalty", 0.2, "frontLoad", 1.0,
                "catchUp", 0.25, "valuePerH100eUsd", 100_000, "acceptGrey", acceptGrey), BuyerPolicy.class);
    }

    private final BuyerPolicy policy = buyer(true);

    private static ChipOption licensed(String chipId, long priceUsd) {
        return new ChipOption(chipId, catalogue().h100e(chipId), priceUsd, Route.LICENSED, ImportStance.ALLOWED, 0,
                false, 1.0);
    }

    private static ChipOption domestic(String chipId, long priceUsd) {
        return new ChipOption(chipId, catalogue().h100e(chipId), priceUsd, Route.DIRECT, ImportStance.ALLOWED, 0,
                true, 1.0);
    }

    private static ChipOption grey(String chipId, long priceUsd) {
        return new ChipOption(chipId, catalogue().h100e(chipId), priceUsd, Route.GREY, ImportStance.ALLOWED, 0,
                false, 1.0);
    }

    private static ChipOption withBanBelief(ChipOption o, double belief) {
        return new ChipOption(o.chipId(), o.h100e(), o.expectedPriceUsd(), o.route(), o.stance(), belief, o.domestic(),
                o.fillChance());
    }

    private static ChipOption withFillChance(ChipOption o, double fillChance) {
        return new ChipOption(o.chipId(), o.h100e(), o.expectedPriceUsd(), o.route(), o.stance(), o.banBelief(),
                o.domestic(), fillChance);
    }

    private static ChipOption withStance(ChipOption o, ImportStance stance) {
        return new ChipOption(o.chipId(), o.h100e(), o.expectedPriceUsd(), o.route(), stance, o.banBelief(),
                o.domestic(), o.fillChance());
    }

    private static BuyerObservation chinaBuyer(long cashUsd, double domesticRatio, ChipOption... options) {
        return new BuyerObservation(QUARTER, "bytedance", Region.CN, cashUsd, BUDGET, UNLIMITED_DEMAND,
                List.of(options), domesticRatio, 100_000);
    }

    private static Map<String, Long> spendByChip(PurchasePlan plan) {
        Map<String, Long> spend = new HashMap<>();
        plan.bids().forEach(b -> spend.merge(b.chipId(), b.units() * b.maxPriceUsd(), Long::sum));
        return spend;
    }

    private static Map<String, Long> unitsByChip(PurchasePlan plan) {
        Map<String, Long> units = new HashMap<>();
        plan.bids().forEach(b -> units.merge(b.chipId(), b.units(), Long::sum));
        return units;
    }

    @Test
    void spendsMoreWhenABanLooksLikely() {
        ChipOption h100 = licensed("H100", 25_000);
        ChipOption ascend = domestic("Ascend910C", 28_000);

        PurchasePlan calm = policy.plan(chinaBuyer(2 * BUDGET, 0, h100, ascend));
        PurchasePlan banLikely = policy.plan(chinaBuyer(2 * BUDGET, 0, withBanBelief(h100, 0.8), ascend));

        assertTrue(banLikely.committedUsd() > calm.committedUsd(), "front-loads in total");
        assertTrue(spendByChip(banLikely).get("H100") > spendByChip(calm).get("H100"),
                "front-loads on the chip about to be banned");
    }

    @Test
    void buysAtLeastTheDomesticShareOfUnitsBeijingRequires() {
        ChipOption h100 = licensed("H100", 25_000);
        ChipOption ascend = domestic("Ascend910B", 17_000);

        double free = domesticShareOfUnits(policy.plan(chinaBuyer(2 * BUDGET, 0, h100, ascend)), "Ascend910B");
        double required = domesticShareOfUnits(policy.plan(chinaBuyer(2 * BUDGET, 0.5, h100, ascend)), "Ascend910B");

        assertTrue(free < 0.5, "left to itself the buyer prefers H100: " + free);
        assertTrue(required >= 0.5 - 0.01, "domestic share of units " + required + " below the required 0.5");
    }

    @Test
    void theDomesticShareCountsUnitsEvenWhenTheDomesticChipIsDearer() {
        ChipOption h20 = licensed("H20", 12_500);
        ChipOption ascend = domestic("Ascend910C", 28_000);

        double required = domesticShareOfUnits(policy.plan(chinaBuyer(2 * BUDGET, 0.5, h20, ascend)), "Ascend910C");

        assertTrue(required >= 0.5 - 0.01, "domestic share of units " + required + " below the required 0.5");
    }

    private static double domesticShareOfUnits(PurchasePlan plan, String domesticChip) {
        Map<String, Long> units = unitsByChip(plan);
        long total = units.values().stream().mapToLong(Long::longValue).sum();
        assertTrue(total > 0, "buys nothing: " + plan);
        return (double) units.getOrDefault(domesticChip, 0L) / total;
    }

    @Test
    void neverCommitsMoreThanItsCash() {
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 500; i++) {
            long cash = random.nextLong(0, 5 * BUDGET);
            BuyerObservation observation = new BuyerObservation(QUARTER, "bytedance", Region.CN, cash,
                    random.nextLong(0, 3 * BUDGET), random.nextDouble() * 1e6, List.of(
                            withBanBelief(licensed("H100", random.nextLong(5_000, 40_000)), random.nextDouble()),
                            grey("B200", random.nextLong(20_000, 90_000)),
                            domestic("Ascend910C", random.nextLong(5_000, 40_000))),
                    random.nextDouble(), 100_000);

            PurchasePlan plan = policy.plan(observation);

            assertTrue(plan.committedUsd() <= cash, plan.committedUsd() + " committed with " + cash + " in cash");
        }
    }

    @Test
    void dropsGreyOptionsWhenItDoesNotAcceptGrey() {
        ChipOption greyB200 = grey("B200", 60_000);
        ChipOption h100 = licensed("H100", 25_000);

        PurchasePlan accepting = buyer(true).plan(chinaBuyer(2 * BUDGET, 0, greyB200, h100));
        PurchasePlan refusing = buyer(false).plan(chinaBuyer(2 * BUDGET, 0, greyB200, h100));

        assertTrue(accepting.bids().stream().anyMatch(b -> b.chipId().equals("B200") && b.acceptsGrey()));
        assertFalse(refusing.bids().stream().anyMatch(b -> b.chipId().equals("B200")));
        assertFalse(refusing.bids().stream().anyMatch(PurchasePlan.PlannedBid::acceptsGrey));
        assertTrue(refusing.bids().stream().anyMatch(b -> b.chipId().equals("H100")), "still buys legally");
    }

    @Test
    void shiftsSpendingAwayFromARouteThatDeliveredLittle() {
        ChipOption h100 = licensed("H100", 25_000);
        ChipOption ascend = domestic("Ascend910C", 28_000);

        Map<String, Long> delivered = spendByChip(policy.plan(chinaBuyer(2 * BUDGET, 0, h100, ascend)));
        Map<String, Long> starved = spendByChip(
                policy.plan(chinaBuyer(2 * BUDGET, 0, withFillChance(h100, 0.1), ascend)));

        double sharedBefore = (double) delivered.get("H100") / (delivered.get("H100") + delivered.get("Ascend910C"));
        double sharedAfter = (double) starved.getOrDefault("H100", 0L)
                / (starved.getOrDefault("H100", 0L) + starved.get("Ascend910C"));
        assertTrue(sharedAfter < sharedBefore, "H100's share of spending " + sharedAfter + " vs " + sharedBefore);
    }

    @Test
    void spendsLessOnADiscouragedChipAndNothingOnABarredOne() {
        ChipOption h100 = licensed("H100", 25_000);
        ChipOption ascend = domestic("Ascend910C", 28_000);

        long allowed = spendByChip(policy.plan(chinaBuyer(2 * BUDGET, 0, h100, ascend))).get("H100");
        long discouraged = spendByChip(policy.plan(chinaBuyer(2 * BUDGET, 0,
                withStance(h100, ImportStance.DISCOURAGED), ascend))).getOrDefault("H100", 0L);
        Map<String, Long> barred = spendByChip(policy.plan(chinaBuyer(2 * BUDGET, 0,
                withStance(h100, ImportStance.BARRED), ascend)));

        assertTrue(discouraged < allowed);
        assertEquals(0L, barred.getOrDefault("H100", 0L));
    }
}
