package chipsim.agents.nvidia;

import static chipsim.agents.Fixtures.book;
import static chipsim.agents.Fixtures.chip;
import static chipsim.agents.Fixtures.policy;
import static chipsim.agents.Fixtures.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.agents.Fixtures;
import chipsim.agents.Fixtures.BookBuilder;
import chipsim.market.Chip;
import chipsim.market.Quarter;
import chipsim.market.rules.ExportRules;
import chipsim.market.rules.ImportPolicy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The forward-looking Nvidia policy on hand-built observations (docs/model.md 7.3b). */
class ForwardLookingPolicyTest {

    /** Fixtures review Washington's rules in Q4: 2025Q3 is the quarter before a review. */
    private static final Quarter BEFORE_REVIEW = Fixtures.REVIEW.plus(-1);
    private static final Quarter CALM = Fixtures.QUARTER;

    private static ForwardLookingPolicy nvidia(Map<String, Object> overrides) {
        Map<String, Object> params = new HashMap<>(Map.ofEntries(
                Map.entry("forecastSmoothing", 0.5), Map.entry("trendSmoothing", 0.0),
                Map.entry("minFillGuess", 0.3), Map.entry("maxExcessDemand", 2.0),
                Map.entry("coverQuarters", 0.25), Map.entry("inventoryAdjustmentQuarters", 1.0),
                Map.entry("openingCoverQuarters", 1.5), Map.entry("stopBuildingBelief", 0.2),
                Map.entry("designMargin", 0.05), Map.entry("banHazard", 0.05),
                Map.entry("reviewLikelihoodRatio", 3.5), Map.entry("growthAlarmLine", 0.3),
                Map.entry("openingHazard", 0.05), Map.entry("openingLikelihoodRatio", 3.5),
                Map.entry("shortfallAlarmLine", 0.5), Map.entry("licenceCeilingTpp", 21000.0)));
        params.putAll(overrides);
        return policy(new ForwardLookingPolicy.Factory(), params, ForwardLookingPolicy.class);
    }

    /** What Nvidia sees: H100, H20 and B200 on sale, B20 designable, nothing in stock. */
    private static final class Seen {
        Quarter quarter = CALM;
        List<Chip> products = List.of(chip("H100"), chip("H20"), chip("B200"));
        List<Chip> designable = List.of(chip("B20"));
        SortedMap<String, Long> inventory = new TreeMap<>();
        SortedMap<String, Double> memory = new TreeMap<>();
        ExportRules rules = Fixtures.rules(4800, 4800);
        double chinaGrowth = 0.1;
        double usChipShare = 0.5;
        Map<String, BookBuilder> books = new TreeMap<>();

        Seen at(Quarter when) {
            quarter = when;
            return this;
        }

        Seen under(ExportRules exportRules) {
            rules = exportRules;
            return this;
        }

        Seen book(String chipId, BookBuilder book) {
            books.put(chipId, book);
            return this;
        }

        NvidiaObservation observation() {
            var last = state().lastQuarter(quarter.plus(-1)).rules(rules).chinaGrowth(chinaGrowth)
                    .usChipShare(usChipShare);
            books.forEach(last::book);
            return new NvidiaObservation(quarter, products, products, List.of(), designable, new TreeMap<>(),
                    inventory, new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), rules,
                    ImportPolicy.openDoor(), last.build(), 1_000, new TreeMap<>(), Set.of(), memory);
        }
    }

    private static long wafers(NvidiaPolicy policy, Seen seen, String chipId) {
        return policy.supply(seen.observation()).wafersByChip().getOrDefault(chipId, 0L);
    }

    @Test
    void theForecastLooksThroughOverOrderingWhereBidsDoNot() {
        // Buyers want 100k H100 a quarter but 50k are made: they bid what they want over the fill
        // they expect (floored at 0.3) and learn that fill as buyers do, half weight on the latest.
        ForwardLookingPolicy forward = nvidia(Map.of());
        NvidiaPolicy old = Fixtures.policy(new MarketClearingPolicy.Factory(),
                Map.of("capacityHeadroom", 1.0, "forecastSmoothing", 0.5), NvidiaPolicy.class);
        Seen seen = new Seen();
        Seen seenByOld = new Seen();
        double expectedFill = 1.0;
        for (int quarter = 0; quarter < 12; quarter++) {
            long bid = Math.round(100_000 / Math.max(0.3, expectedFill));
            BookBuilder rationed = book().offered(50_000, 0).bid(bid, 0).filled(50_000, 0);
            seen.book("H100", rationed);
            seenByOld.book("H100", rationed);
            seen.memory = new TreeMap<>(forward.supply(seen.observation()).forecastUnits());
            seenByOld.memory = new TreeMap<>(old.supply(seenByOld.observation()).forecastUnits());
            expectedFill = 0.5 * expectedFill + 0.5 * (50_000.0 / bid);
        }
        double level = seen.memory.get(ForwardLookingPolicy.Memory.level("H100", ForwardLookingPolicy.Memory.ELSEWHERE));
        assertEquals(100_000, level, 5_000, "what buyers want, not what they bid");
        assertTrue(seenByOld.memory.get("H100") > 250_000, "the old forecast follows the bids: " + seenByOld.memory);
    }

    @Test
    void whereStockWentUnsoldDemandIsWhatWasBoughtHoweverMuchWasBid() {
        assertEquals(40_000, DemandForecast.wantedUnits(100_000, 900_000, 40_000, 0.5, 0.3, 2.0));
        assertEquals(75_000, DemandForecast.wantedUnits(50_000, 150_000, 50_000, 0.5, 0.3, 2.0));
        assertEquals(100_000, DemandForecast.wantedUnits(50_000, 900_000, 50_000, 0.5, 0.3, 1.0),
                "a sold-out chip's demand is trusted only so far above its fills");
    }

    /** H100 licensed for China (TPP 15,824 between the lines), B200 banned; half its demand is Chinese. */
    private static Seen h100SoldInChinaAndElsewhere(Quarter when, double chinaGrowth) {
        Seen seen = new Seen().at(when).under(Fixtures.rules(4800, 20000))
                .book("H100", book().offered(100_000, 50_000).bid(100_000, 50_000).filled(100_000, 50_000));
        seen.chinaGrowth = chinaGrowth;
        return seen;
    }

    @Test
    void aHigherBanBeliefCutsProductionOfThatChip() {
        ForwardLookingPolicy forward = nvidia(Map.of());
        Seen calm = h100SoldInChinaAndElsewhere(CALM, 0.9);
        Seen alarmed = h100SoldInChinaAndElsewhere(BEFORE_REVIEW, 0.9);
        double calmBelief = forward.supply(calm.observation()).forecastUnits().get("H100@ban");
        double alarmedBelief = forward.supply(alarmed.observation()).forecastUnits().get("H100@ban");
        assertEquals(0.0, calmBelief, "no signal puts H100 in play");
        assertTrue(alarmedBelief > 0.3, "the review next quarter with China growing 90%: " + alarmedBelief);
        assertTrue(wafers(forward, alarmed, "H100") < wafers(forward, calm, "H100"),
                "China's share of next quarter's demand is weighted by the chance it stays open");
        Seen slow = h100SoldInChinaAndElsewhere(BEFORE_REVIEW, 0.1);
        assertTrue(wafers(forward, slow, "H100") > wafers(forward, alarmed, "H100"),
                "the same review with China growing slowly is less alarming");
    }

    @Test
    void aChinaOnlyChipItExpectsBannedIsNotBuiltInTheQuarterBefore() {
        ForwardLookingPolicy forward = nvidia(Map.of());
        // H20 is the most capable US chip China may buy under the 4800 line: the review cuts it first.
        BookBuilder h20 = book().offered(100_000, 100_000).bid(150_000, 150_000).filled(100_000, 100_000);
        Seen calm = new Seen().at(CALM).book("H20", h20);
        calm.chinaGrowth = 0.9;
        Seen beforeReview = new Seen().at(BEFORE_REVIEW).book("H20", h20);
        beforeReview.chinaGrowth = 0.9;
        assertTrue(wafers(forward, calm, "H20") > 0, "a quiet quarter: H20 is built");
        assertEquals(0, wafers(forward, beforeReview, "H20"), "the quarter before an expected ban: none");
        assertFalse(forward.supply(beforeReview.observation()).startDesign().contains("H20"));
    }

    @Test
    void itBuildsStockAheadOfAnOpeningItExpects() {
        ForwardLookingPolicy forward = nvidia(Map.of());
        // H100 banned for China; China's buyers bid for it anyway (grey and unfilled).
        BookBuilder h100 = book().offered(100_000, 0).bid(300_000, 200_000).filled(100_000, 0);
        Seen dependent = new Seen().at(BEFORE_REVIEW).book("H100", h100);
        dependent.usChipShare = 0.9;
        Seen drifting = new Seen().at(BEFORE_REVIEW).book("H100", h100);
        drifting.usChipShare = 0.1;
        Seen calm = new Seen().at(CALM).book("H100", h100);
        calm.usChipShare = 0.1;
        double opening = forward.supply(drifting.observation()).forecastUnits().get("H100@open");
        assertTrue(opening > forward.supply(dependent.observation()).forecastUnits().get("H100@open"),
                "China drifting from US chips before a review makes a licence likelier");
        assertTrue(wafers(forward, drifting, "H100") > wafers(forward, dependent, "H100"));
        assertTrue(wafers(forward, drifting, "H100") > wafers(forward, calm, "H100"),
                "no review next quarter, no stock for an opening");
    }

    @Test
    void stockForAnExpectedOpeningIsHeldBackFromSaleElsewhere() {
        ForwardLookingPolicy forward = nvidia(Map.of("openingCoverQuarters", 2.0));
        Seen banned = new Seen();
        banned.inventory.put("H100", 500_000L);
        banned.memory.put("H100@open", 0.5);
        banned.memory.put("H100@CN.level", 100_000.0);
        // Belief 0.5 x 2 quarters x 100k a quarter of China's demand: 100k held for China.
        assertEquals(100_000, forward.reservedForChina(chip("H100"), 500_000, banned.observation()));
        assertEquals(400_000L, forward.sales(banned.observation()).elsewhereUnits().get("H100"));
        Seen open = new Seen().under(Fixtures.rules(1e9, 1e9));
        open.inventory.put("H100", 500_000L);
        open.memory.putAll(banned.memory);
        assertEquals(0, forward.reservedForChina(chip("H100"), 500_000, open.observation()),
                "nothing is held back for a chip China may already buy");
    }

    @Test
    void theVariantIsDesignedToTheLineInForceAndFollowsIt() {
        Chip b200 = chip("B200");
        for (double line : new double[] {4800, 21000}) {
            double tpp = VariantDesign.tpp(b200, line, 0.05);
            assertTrue(tpp < line, "under the line " + line + ": " + tpp);
            assertEquals(line * 0.95, tpp, 1e-9);
            assertEquals(b200.tflopsBf16() * tpp / b200.tpp(), VariantDesign.tflops(b200, line, 0.05), 1e-9);
        }
        assertTrue(VariantDesign.tpp(b200, 21000, 0.05) > VariantDesign.tpp(b200, 4800, 0.05), "a higher line, a stronger variant");
        assertEquals(b200.tpp(), VariantDesign.tpp(b200, 100_000, 0.05), "never above the base chip");
    }

    @Test
    void aCatalogueVariantIsDesignedOnlyWhenItFitsUnderTheDesignTarget() {
        // B200 banned at 20,000; B20 (TPP 18,000) is licensed. A 5% margin designs to 19,000: B20 fits;
        // a 15% margin designs to 17,000: it does not.
        Seen seen = new Seen().under(Fixtures.rules(4800, 20000));
        assertEquals(List.of("B20"), nvidia(Map.of("designMargin", 0.05)).supply(seen.observation()).startDesign());
        assertEquals(List.of(), nvidia(Map.of("designMargin", 0.15)).supply(seen.observation()).startDesign());
    }

    @Test
    void aVariantIsNotLaunchedInTheQuarterBeforeAReview() {
        ForwardLookingPolicy forward = nvidia(Map.of());
        // B20's design lag is 3 quarters: started in 2025Q4 it would launch in 2026Q3, before the 2026Q4 review.
        Seen late = new Seen().at(Fixtures.REVIEW).under(Fixtures.rules(4800, 20000));
        Seen next = new Seen().at(Fixtures.REVIEW.next()).under(Fixtures.rules(4800, 20000));
        assertEquals(List.of(), forward.supply(late.observation()).startDesign());
        assertEquals(List.of("B20"), forward.supply(next.observation()).startDesign());
    }

    @Test
    void demandOfAChipLeavingProductionMovesToTheChipsThatStay() {
        Chip retiring = new Chip("H100", "nvidia", "US", 989, 80, 3.35, 900, Fixtures.H100_TPP, 3300, 25000, 28,
                false, null, CALM, null, 0);
        BookBuilder sold = book().offered(100_000, 0).bid(100_000, 0).filled(100_000, 0);
        Seen staying = new Seen().book("H100", sold).book("B200", sold);
        Seen leaving = new Seen().book("H100", sold).book("B200", sold);
        leaving.products = List.of(retiring, chip("H20"), chip("B200"));
        ForwardLookingPolicy forward = nvidia(Map.of());
        assertEquals(0, wafers(forward, leaving, "H100"), "units ordered now would arrive after its last quarter");
        assertTrue(wafers(forward, leaving, "B200") > wafers(forward, staying, "B200"));
    }

    @Test
    void aScheduledChipIsBuiltTheQuarterBeforeItsLaunchOnlyWhenAskedTo() {
        Chip nextGeneration = new Chip("B300", "nvidia", "US", 2250, 288, 8.0, 1800, 36_000, 7500, 45_000, 14, false,
                CALM.next(), null, null, 0);
        Chip later = new Chip("Rubin", "nvidia", "US", 4000, 288, 13.0, 3600, 64_000, 10_000, 60_000, 12, false,
                CALM.plus(2), null, null, 0);
        List<Chip> products = List.of(chip("H100"), chip("B200"));
        NvidiaObservation seen = new NvidiaObservation(CALM, products, products, List.of(nextGeneration, later),
                List.of(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>(),
                new TreeMap<>(), Fixtures.rules(4800, 4800), ImportPolicy.openDoor(),
                state().lastQuarter(CALM.plus(-1)).rules(Fixtures.rules(4800, 4800)).build(), 1_000,
                new TreeMap<>(Map.of("B300", 280_000.0)), Set.of(), new TreeMap<>());
        SupplyPlan ahead = nvidia(Map.of("buildAheadOfLaunch", true)).supply(seen);
        // Its order book for B300 plus the cover: 280,000 x 1.25 = 350,000 units, 14 a wafer.
        assertEquals(25_000L, ahead.wafersByChip().get("B300"));
        assertFalse(ahead.wafersByChip().containsKey("Rubin"), "a launch two quarters away waits");
        chipsim.agents.decision.Checks checks = new chipsim.agents.decision.Checks();
        ahead.check(seen, checks);
        assertTrue(checks.ok(), "the decision's check admits a chip launching next quarter: " + checks.problems());
        assertFalse(nvidia(Map.of()).supply(seen).wafersByChip().containsKey("B300"), "off by default");
    }

    @Test
    void theShareCapCutsMostTheChipWithTheWorsePricePerUnitOfPerformance() {
        BookBuilder sold = book().offered(100_000, 0).bid(300_000, 0).filled(100_000, 0);
        Seen seen = new Seen().book("H100", sold).book("B200", sold);
        // It expects $4 bn a quarter outside China: at list prices H100 ($25,000, TPP 15,824) and
        // B200 ($40,000, TPP 36,000) get about 20% and 80% of it by a logit exponent of 4.
        seen.memory.put(ForwardLookingPolicy.Memory.SPENDING_LEVEL, 4.0);
        seen.memory.put(ForwardLookingPolicy.Memory.SPENDING_GROWTH, 1.0);
        ForwardLookingPolicy uncapped = nvidia(Map.of());
        ForwardLookingPolicy capped = nvidia(Map.of("shareCapHeadroom", 0.5));
        double h100 = (double) wafers(capped, seen, "H100") / wafers(uncapped, seen, "H100");
        double b200 = (double) wafers(capped, seen, "B200") / wafers(uncapped, seen, "B200");
        assertTrue(h100 < 1.0, "the cap binds on H100: " + h100);
        assertTrue(h100 < b200, "H100 is cut by a larger share than B200: " + h100 + " vs " + b200);
        seen.memory.put(ForwardLookingPolicy.Memory.SPENDING_LEVEL, 400.0);
        assertEquals(wafers(uncapped, seen, "H100"), wafers(capped, seen, "H100"),
                "with spending to spare the cap does not bind");
    }
}
