package chipsim.agents.nvidia;

import static chipsim.agents.Fixtures.QUARTER;
import static chipsim.agents.Fixtures.book;
import static chipsim.agents.Fixtures.chip;
import static chipsim.agents.Fixtures.policy;
import static chipsim.agents.Fixtures.rules;
import static chipsim.agents.Fixtures.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.agents.Fixtures;
import chipsim.agents.Fixtures.BookBuilder;
import chipsim.agents.PolicyFactory;
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
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class NvidiaPoliciesTest {

    private static final long H100_COST = chip("H100").unitCostUsd();

    private static NvidiaPolicy nvidia(PolicyFactory factory, Map<String, Object> pricing) {
        Map<String, Object> params = new HashMap<>(Map.of(
                "capacityHeadroom", 1.2, "designVariants", true, "writeDownAfterQuarters", 2));
        params.putAll(pricing);
        return policy(factory, params, NvidiaPolicy.class);
    }

    private static NvidiaPolicy marketClearing() {
        return nvidia(new MarketClearingPolicy.Factory(), Map.of("priceStep", 0.1, "minMargin", 0.2));
    }

    /** What Nvidia sees, starting from: H100, H20 and B200 on sale, B20 designable, nothing in stock. */
    private static final class Seen {
        List<Chip> products = List.of(chip("H100"), chip("H20"), chip("B200"));
        List<Chip> designable = List.of(chip("B20"));
        SortedMap<String, Quarter> designing = new TreeMap<>();
        SortedMap<String, Long> inventory = new TreeMap<>();
        SortedMap<String, Long> asks = new TreeMap<>();
        SortedMap<String, Long> licences = new TreeMap<>();
        SortedMap<String, Integer> quartersBanned = new TreeMap<>();
        ExportRules rules = Fixtures.rules(4800, 4800);
        Map<String, BookBuilder> books = new TreeMap<>();

        Seen stock(String chipId, long units) {
            inventory.put(chipId, units);
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
            var last = state();
            books.forEach(last::book);
            return new NvidiaObservation(QUARTER, products, products, List.of(), designable, designing, inventory,
                    new TreeMap<>(), asks, licences, quartersBanned, rules, ImportPolicy.openDoor(), last.build(), 1_000,
                    new TreeMap<>(), Set.of(), new TreeMap<>());
        }
    }

    @Nested
    class MarketClearing {

        private long nextAsk(long askUsd, BookBuilder lastBook) {
            Seen seen = new Seen().stock("H100", 1_000).book("H100", lastBook);
            seen.asks.put("H100", askUsd);
            return marketClearing().sales(seen.observation()).asks().get("H100");
        }

        @Test
        void raisesThePriceWhenBidsOutranTheUnitsOffered() {
            assertTrue(nextAsk(20_000, book().offered(1_000, 0).bid(2_000, 0).filled(1_000, 0)) > 20_000);
        }

        @Test
        void lowersThePriceWhenStockWentUnsold() {
            assertTrue(nextAsk(20_000, book().offered(1_000, 0).bid(200, 0).filled(200, 0)) < 20_000);
        }

        @Test
        void neverPricesBelowCostPlusItsMinimumMargin() {
            long floor = Math.round(H100_COST * 1.2);
            BookBuilder unsold = book().offered(1_000, 0).bid(0, 0);
            long ask = 20_000;
            for (int quarter = 0; quarter < 60; quarter++) {
                ask = nextAsk(ask, unsold);
                assertTrue(ask >= floor, "ask " + ask + " below the floor " + floor);
            }
            assertEquals(floor, ask, "a price that keeps falling stops at the floor");
        }
    }

    /** The China ask of a licensed chip (ChinaPricing): fee-neutral, and a scarcity rent while licences bind. */
    @Nested
    class ChinaAsk {

        private static final ExportRules LICENSING = Fixtures.rules(4800, 1e9);

        private SalesPlan plan(long licences, BookBuilder lastBook, ExportRules exportRules) {
            Seen seen = new Seen().stock("H100", 1_000).book("H100", lastBook).under(exportRules);
            seen.asks.put("H100", 20_000L);
            seen.licences.put("H100", licences);
            return marketClearing().sales(seen.observation());
        }

        /** Half the bids from China, China's 500 legal units sold out at $40,000 with 500 bids unfilled. */
        private BookBuilder chinaSoldOut() {
            return book().offered(1_000, 500).bid(2_000, 1_000).filled(1_000, 500).unfilledChina(500).price(20_000)
                    .chinaPrice(40_000);
        }

        @Test
        void aLicensedChipIsPricedSoThatAUnitEarnsAfterTheFeeWhatItEarnsElsewhere() {
            SalesPlan plan = plan(1_000, chinaSoldOut(), LICENSING);
            long ask = plan.asks().get("H100");
            assertEquals(Math.round(ask / 0.75), plan.chinaAsks().get("H100"), "25% share, licences to spare");
        }

        @Test
        void bindingLicencesOverASoldOutChinaRaiseTheChinaAskAboveTheFeeNeutralPrice() {
            SalesPlan plan = plan(100, chinaSoldOut(), LICENSING);
            assertEquals(100L, plan.chinaUnits().get("H100"), "the licences bind");
            assertEquals(Math.round(40_000 * 1.1), plan.chinaAsks().get("H100"),
                    "last quarter's China price plus the rent step at full excess demand");
        }

        @Test
        void bindingLicencesOverAChinaThatDidNotSellOutLeaveTheFeeNeutralPrice() {
            BookBuilder unsold = book().offered(1_000, 500).bid(2_000, 1_000).filled(800, 300).unfilledChina(700)
                    .price(20_000).chinaPrice(40_000);
            SalesPlan plan = plan(100, unsold, LICENSING);
            assertEquals(Math.round(plan.asks().get("H100") / 0.75), plan.chinaAsks().get("H100"));
        }

        @Test
        void anOpenChipCostsChinaWhatItCostsElsewhere() {
            SalesPlan plan = plan(0, chinaSoldOut(), Fixtures.rules(1e9, 1e9));
            assertEquals(plan.asks().get("H100"), plan.chinaAsks().get("H100"));
        }
    }

    @Nested
    class CostPlus {

        private final NvidiaPolicy policy = nvidia(new CostPlusPolicy.Factory(),
                Map.of("markup", 1.0, "scarcitySurcharge", 0.25));

        private long ask(BookBuilder lastBook) {
            return policy.sales(new Seen().stock("H100", 1_000).book("H100", lastBook).observation()).asks().get("H100");
        }

        @Test
        void pricesAtCostPlusItsMarkup() {
            assertEquals(2 * H100_COST, ask(book().offered(1_000, 0).bid(500, 0).filled(500, 0)));
        }

        @Test
        void addsItsSurchargeAfterAChipSoldOut() {
            long normal = ask(book().offered(1_000, 0).bid(500, 0).filled(500, 0));
            long soldOut = ask(book().offered(1_000, 0).bid(1_500, 0).filled(1_000, 0));

            assertTrue(soldOut > normal, soldOut + " after selling out, " + normal + " otherwise");
        }
    }

    /** Choices every shipped Nvidia policy shares: variants, write-downs, licences, offers, builds. */
    @Nested
    class StandardChoices {

        private final NvidiaPolicy policy = marketClearing();

        @Test
        void designsAVariantOnlyWhenItsBaseChipIsBannedAndTheVariantIsNot() {
            // B200 (TPP 36000) banned, B20 (18000) only licensed: the one case worth a design.
            assertEquals(List.of("B20"), policy.supply(new Seen().under(rules(4800, 21000)).observation()).startDesign());
            // Both banned: the variant would be stranded too.
            assertEquals(List.of(), policy.supply(new Seen().under(rules(4800, 4800)).observation()).startDesign());
            // Neither banned: the base chip sells as it is.
            assertEquals(List.of(), policy.supply(new Seen().under(rules(4800, 40000)).observation()).startDesign());
        }

        @Test
        void doesNotDesignAVariantTwiceOrWhenTurnedOff() {
            Seen designing = new Seen().under(rules(4800, 21000));
            designing.designing.put("B20", QUARTER.plus(3));
            assertEquals(List.of(), policy.supply(designing.observation()).startDesign());

            NvidiaPolicy noDesigns = nvidia(new MarketClearingPolicy.Factory(),
                    Map.of("priceStep", 0.1, "minMargin", 0.2, "designVariants", false));
            assertEquals(List.of(), noDesigns.supply(new Seen().under(rules(4800, 21000)).observation()).startDesign());
        }

        @Test
        void writesDownAChinaOnlyBannedChipAfterTheSetQuarters() {
            ExportRules allBanned = rules(2000, 2000);
            Seen oneQuarter = new Seen().under(allBanned).stock("H20", 500).stock("H100", 500);
            oneQuarter.quartersBanned.put("H20", 1);
            oneQuarter.quartersBanned.put("H100", 5);
            Seen twoQuarters = new Seen().under(allBanned).stock("H20", 500).stock("H100", 500);
            twoQuarters.quartersBanned.put("H20", 2);
            twoQuarters.quartersBanned.put("H100", 5);
            Seen nothingLeft = new Seen().under(allBanned);
            nothingLeft.quartersBanned.put("H20", 3);

            assertEquals(List.of(), policy.supply(oneQuarter.observation()).writeDown(), "too early");
            assertEquals(List.of("H20"), policy.supply(twoQuarters.observation()).writeDown(),
                    "H20 has no buyer outside China; H100 does");
            assertEquals(List.of(), policy.supply(nothingLeft.observation()).writeDown(), "no stock to write down");
        }

        @Test
        void asksForLicencesForLicensedChipsOnly() {
            // H20 and H100 need a licence, B200 is banned.
            assertEquals(Set.of("H20", "H100"),
                    policy.licenceRequests(new Seen().under(rules(2000, 16000)).observation()).unitsByChip().keySet());
            // Only B200 needs a licence.
            assertEquals(Set.of("B200"),
                    policy.licenceRequests(new Seen().under(rules(16000, 40000)).observation()).unitsByChip().keySet());
        }

        @Test
        void offersChinaNoMoreThanTheRulesAndLicencesAllow() {
            Seen seen = new Seen().under(rules(2000, 16000)).stock("H100", 1_000).stock("H20", 800).stock("B200", 600)
                    .book("H100", book().bid(1_000, 800)).book("B200", book().bid(1_000, 800));
            seen.licences.put("H100", 300L);
            seen.licences.put("H20", 500L);

            SalesPlan plan = policy.sales(seen.observation());

            assertEquals(300, plan.chinaUnits().get("H100"), "licensed: at most the licence");
            assertEquals(500, plan.chinaUnits().get("H20"), "licensed: at most the licence");
            assertEquals(0, plan.chinaUnits().get("B200"), "banned: nothing into China");
            assertEquals(0, plan.elsewhereUnits().get("H20"), "China-only: nothing elsewhere");
            for (String chipId : plan.asks().keySet()) {
                long offered = plan.chinaUnits().get(chipId) + plan.elsewhereUnits().get(chipId);
                assertTrue(offered <= seen.inventory.get(chipId), chipId + " offered beyond stock");
            }
        }

        @Test
        void ordersMoreWafersWhenMoreIsBidFor() {
            long low = policy.supply(new Seen().under(rules(4800, 40000))
                    .book("H100", book().offered(10_000, 0).bid(10_000, 0)).observation()).wafersByChip().get("H100");
            long high = policy.supply(new Seen().under(rules(4800, 40000))
                    .book("H100", book().offered(10_000, 0).bid(100_000, 0)).observation()).wafersByChip().get("H100");

            assertTrue(high > low, high + " wafers for ten times the bids, " + low + " otherwise");
        }
    }
}
