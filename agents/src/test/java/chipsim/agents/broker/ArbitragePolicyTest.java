package chipsim.agents.broker;

import static chipsim.agents.Fixtures.QUARTER;
import static chipsim.agents.Fixtures.policy;
import static chipsim.agents.Fixtures.rules;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.agents.decision.Checks;
import chipsim.market.report.ChipBook;
import chipsim.market.report.PublicState;
import chipsim.market.rules.ImportPolicy;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The arbitrage broker's direction and bounds, on observations built by hand. */
class ArbitragePolicyTest {

    private final ArbitragePolicy policy = policy(new ArbitragePolicy.Factory(), Map.of(), ArbitragePolicy.class);

    private static final double ASCEND_H100E = 0.85;

    /**
     * A quarter after which China bought 100,000 Ascend 910C legally at {@code chinaPriceUsd} and
     * left 50,000 more unfilled, and bid for 50,000 banned H100 it could not get, while H100 sold
     * abroad at {@code abroadUsd}. China's unfilled share of bids is 100,000 / 200,000 = 0.5.
     */
    private static PublicState market(long chinaPriceUsd, long abroadUsd) {
        SortedMap<String, ChipBook> books = new TreeMap<>();
        books.put("Ascend910C", new ChipBook(100_000, 100_000, 150_000, 150_000, 150_000, 100_000, 100_000, 0, 50_000,
                chinaPriceUsd, chinaPriceUsd, chinaPriceUsd, 0, 0));
        books.put("H100", new ChipBook(500_000, 0, 550_000, 550_000, 50_000, 400_000, 0, 0, 50_000, abroadUsd, 0,
                abroadUsd, 0, 0));
        return new PublicState(QUARTER.plus(-1), books, 1e6, 4e6, 0, 0.5, 0.3, 0, 0, 0, rules(4800, 4800),
                ImportPolicy.openDoor());
    }

    private static BrokerObservation seen(long cashUsd, double seizureProbability, PublicState last) {
        return seen(cashUsd, seizureProbability, last, 0, BrokerObservation.NO_CAPACITY_LIMIT, Map.of(), Map.of(),
                Map.of());
    }

    private static BrokerObservation seen(long cashUsd, double seizureProbability, PublicState last, long routeCostUsd,
            double capacityLeftH100e, Map<String, Long> stock, Map<String, Long> lastAsk, Map<String, Boolean> soldOut) {
        SortedMap<String, Long> cost = new TreeMap<>();
        stock.keySet().forEach(chip -> cost.put(chip, 27_000L));
        return new BrokerObservation(QUARTER, cashUsd, List.of("H100"), new TreeMap<>(stock), cost, 0.5,
                new TreeMap<>(soldOut), seizureProbability, last, new TreeMap<>(Map.of("H100", 1.0, "Ascend910C",
                        ASCEND_H100E)), routeCostUsd, capacityLeftH100e, new TreeMap<>(lastAsk));
    }

    private static long units(BrokerPlan plan) {
        return plan.purchases().stream().mapToLong(BrokerPlan.Purchase::units).sum();
    }

    @Test
    void willingnessToPayIsChinasPricePerH100eRaisedByItsUnfilledShare() {
        double w = GreyMargin.willingnessToPayUsd("H100", seen(0, 0, market(30_000, 25_000)), 0.5);

        assertEquals(30_000 / ASCEND_H100E * (1 + 0.5 * 0.5), w, 1e-6);
    }

    @Test
    void entersWhenChinaPaysMoreThanTheLandedCostAndNotOtherwise() {
        BrokerPlan wide = policy.plan(seen(1_000_000_000L, 0.09, market(30_000, 25_000)));
        assertTrue(units(wide) > 0, "a margin of (1 - 0.09) x 44,118 - 25,000 > 0 enters: " + wide);
        BrokerPlan.Purchase purchase = wide.purchases().get(0);
        assertTrue(purchase.maxPriceUsd() >= 25_000, "bids at least the price abroad: " + purchase);

        // China pays $20,000 per H100e: below the $25,000 H100 costs abroad even before seizures.
        assertEquals(0, units(policy.plan(seen(1_000_000_000L, 0.09, market(12_000, 25_000)))));
        // No legal price in China last quarter: no willingness to pay to read, no entry.
        assertEquals(0, units(policy.plan(seen(1_000_000_000L, 0.09, market(0, 25_000)))));
    }

    @Test
    void volumeRisesWithThePriceGapOnBothSides() {
        long cash = 1_000_000_000L;
        long previous = 0;
        for (long chinaPrice = 22_000; chinaPrice <= 60_000; chinaPrice += 2_000) {
            long units = units(policy.plan(seen(cash, 0.09, market(chinaPrice, 25_000))));
            assertTrue(units >= previous, "China at $" + chinaPrice + ": " + units + " units, " + previous + " before");
            previous = units;
        }
        assertTrue(previous > units(policy.plan(seen(cash, 0.09, market(30_000, 25_000)))), "strictly more at $60,000");

        long cheaper = Long.MAX_VALUE;
        for (long abroad = 16_000; abroad <= 44_000; abroad += 2_000) {
            long units = units(policy.plan(seen(cash, 0.09, market(30_000, abroad))));
            assertTrue(units <= cheaper, "H100 abroad at $" + abroad + ": " + units + " units, " + cheaper + " before");
            cheaper = units;
        }
        assertEquals(0, cheaper, "no margin left at $44,000 abroad: 0.91 x 44,118 < 44,000");
    }

    @Test
    void volumeFallsWithEnforcementAndStopsWhenTheSeizureLossEatsTheMargin() {
        long cash = 1_000_000_000L;
        long previous = Long.MAX_VALUE;
        for (int step = 0; step <= 10; step++) {
            double q = step * 0.05;
            long units = units(policy.plan(seen(cash, q, market(30_000, 25_000))));
            assertTrue(units <= previous, "seizure chance " + q + ": " + units + " units, " + previous + " before");
            previous = units;
        }
        assertTrue(units(policy.plan(seen(cash, 0, market(30_000, 25_000)))) > units(policy.plan(seen(cash, 0.3,
                market(30_000, 25_000)))), "strictly fewer at a 30% seizure chance");
        // (1 - 0.5) x 44,118 = 22,059 < 25,000: the expected seizure loss leaves no margin.
        assertEquals(0, previous);
    }

    @Test
    void routeCostNarrowsTheMarginAndIsPaidOnTopOfTheBid() {
        long cash = 1_000_000_000L;
        long direct = units(policy.plan(seen(cash, 0.09, market(30_000, 25_000))));
        long withRoute = units(policy.plan(seen(cash, 0.09, market(30_000, 25_000), 5_000,
                BrokerObservation.NO_CAPACITY_LIMIT, Map.of(), Map.of(), Map.of())));

        assertTrue(withRoute < direct, withRoute + " units with a $5,000 route, " + direct + " without");
        assertTrue(withRoute > 0, "still a margin: 0.91 x 44,118 - 30,000 > 0");
    }

    @Test
    void workingCapitalBoundsTheVolumeAndMoreCapitalBuysMore() {
        long previous = 0;
        for (long cash = 50_000_000L; cash <= 1_600_000_000L; cash *= 2) {
            BrokerObservation observation = seen(cash, 0.09, market(30_000, 25_000));
            BrokerPlan plan = policy.plan(observation);
            long committed = plan.purchases().stream().mapToLong(p -> p.units() * p.maxPriceUsd()).sum();
            assertTrue(committed <= 0.8 * cash, committed + " committed of " + cash);
            assertTrue(units(plan) > previous, "cash " + cash + ": " + units(plan) + " units, " + previous + " before");
            previous = units(plan);
        }
    }

    @Test
    void neverZeroWhenAMarginExistsAndCapitalIsAvailable() {
        SplittableRandom random = new SplittableRandom(11);
        int entered = 0;
        for (int i = 0; i < 2_000; i++) {
            long cash = random.nextLong(0, 3_000_000_000L);
            PublicState last = market(random.nextLong(0, 80_000), random.nextLong(1, 60_000));
            long stock = random.nextInt(3) == 0 ? random.nextLong(0, 60_000) : 0;
            Map<String, Boolean> soldOut = stock > 0 ? Map.of("H100", random.nextBoolean()) : Map.of();
            Map<String, Long> lastAsk = stock > 0 ? Map.of("H100", random.nextLong(10_000, 80_000)) : Map.of();
            double capacity = random.nextBoolean() ? BrokerObservation.NO_CAPACITY_LIMIT : random.nextDouble(0, 5_000);
            BrokerObservation observation = seen(cash, random.nextDouble(0, 0.6), last, random.nextLong(0, 10_000),
                    capacity, stock > 0 ? Map.of("H100", stock) : Map.of(), lastAsk, soldOut);

            BrokerPlan plan = policy.plan(observation);

            Checks checks = new Checks();
            plan.check(observation, checks);
            assertTrue(checks.ok(), checks.problems() + " in " + plan + " for " + observation);
            List<GreyMargin> margins = policy.margins(observation);
            boolean capitalAvailable = !margins.isEmpty() && Math.floor(cash * 0.8)
                    >= margins.get(0).maxBidUsd() + observation.routeCostUsdPerUnit();
            boolean room = capacity >= observation.h100e("H100");
            if (capitalAvailable && room) {
                entered++;
                assertTrue(units(plan) > 0, "a margin " + margins + " with capital and room buys: " + observation);
            }
            if (margins.isEmpty()) {
                assertEquals(0, units(plan), "no margin, no purchase: " + plan);
            }
        }
        assertTrue(entered > 100, "the draws exercise entry: " + entered);
    }

    @Test
    void aHostNeverBuysMoreComputeThanItsCapacityLeft() {
        BrokerObservation full = seen(1_000_000_000L, 0.01, market(30_000, 25_000), 8_000, 0.5, Map.of(), Map.of(),
                Map.of());
        assertEquals(0, units(policy.plan(full)), "less than one H100 of room");

        BrokerObservation room = seen(1_000_000_000L, 0.01, market(30_000, 25_000), 8_000, 1_234.5, Map.of(), Map.of(),
                Map.of());
        assertEquals(1_234, units(policy.plan(room)), "fills its capacity: the margin would take more");
    }

    @Test
    void buysNoMoreOfAChipWhoseOffersDidNotSellOut() {
        Map<String, Long> held = Map.of("H100", 1_000L);
        BrokerObservation unsold = seen(1_000_000_000L, 0.09, market(30_000, 25_000), 0,
                BrokerObservation.NO_CAPACITY_LIMIT, held, Map.of("H100", 40_000L), Map.of("H100", false));
        BrokerObservation soldOut = seen(1_000_000_000L, 0.09, market(30_000, 25_000), 0,
                BrokerObservation.NO_CAPACITY_LIMIT, held, Map.of("H100", 40_000L), Map.of("H100", true));

        assertEquals(0, units(policy.plan(unsold)));
        assertTrue(units(policy.plan(soldOut)) > 0);
    }

    @Test
    void pricesEachChipBySellOutsUnderChinasWillingnessAndAboveItsSeizureFloor() {
        Map<String, Long> held = Map.of("H100", 1_000L);
        long soldOut = policy.plan(seen(0, 0.09, market(30_000, 25_000), 0, BrokerObservation.NO_CAPACITY_LIMIT, held,
                Map.of("H100", 36_000L), Map.of("H100", true))).asks().get("H100");
        long unsold = policy.plan(seen(0, 0.09, market(30_000, 25_000), 0, BrokerObservation.NO_CAPACITY_LIMIT, held,
                Map.of("H100", 36_000L), Map.of("H100", false))).asks().get("H100");
        assertEquals(39_600, soldOut, "10% up after selling out");
        assertEquals(32_400, unsold, "10% down after not");

        long capped = policy.plan(seen(0, 0.09, market(30_000, 25_000), 0, BrokerObservation.NO_CAPACITY_LIMIT, held,
                Map.of("H100", 60_000L), Map.of("H100", true))).asks().get("H100");
        assertEquals(Math.round(30_000 / ASCEND_H100E * 1.25), capped, "never above what China pays per H100e");

        long floored = policy.plan(seen(0, 0.09, market(30_000, 25_000), 0, BrokerObservation.NO_CAPACITY_LIMIT, held,
                Map.of("H100", 20_000L), Map.of("H100", false))).asks().get("H100");
        assertEquals(Math.round(27_000 * (1 + 0.05 + 0.09 / 0.91)), floored, "never below cost plus the seizure floor");
        assertFalse(policy.plan(seen(0, 0.09, market(30_000, 25_000))).asks().containsKey("H100"), "no stock, no ask");
    }
}
