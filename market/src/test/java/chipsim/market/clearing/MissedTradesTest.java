package chipsim.market.clearing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import chipsim.market.Channel;
import chipsim.market.Chip;
import chipsim.market.ChipCatalogue;
import chipsim.market.Region;
import chipsim.market.clearing.MissedTrades.Limits;
import chipsim.market.clearing.MissedTrades.Stock;
import chipsim.market.clearing.MissedTrades.Want;
import chipsim.market.report.FillRecord;
import chipsim.market.report.LeftOnTable;
import chipsim.market.rules.ExportRules;
import chipsim.market.rules.ExportStatus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The value a clearing left on the table, on cases worked by hand (docs/trace.md, diagnostics). */
class MissedTradesTest {

    private static final Limits NO_LIMITS = new Limits(Map.of(), Map.of(), Map.of());

    private static Want want(String buyer, long max, long units, long filled) {
        return new Want(buyer, Region.US, "H200", max, units, filled);
    }

    private static Stock stock(String seller, long ask, long units, long sold) {
        return new Stock(seller, "H200", ask, units, sold, false, false, false);
    }

    @Test
    void highBidsTakeDearStockSoCheapStockStaysForLowBids() {
        // a values a unit at 10, b at 5; x asks 4, y asks 9. a takes y (9 <= 10), b takes x (4 <= 5):
        // 10 + 5 = 15. Had a taken the cheaper x, b could not afford y and only 10 would count.
        LeftOnTable left = MissedTrades.measure(List.of(want("a", 10, 1, 0), want("b", 5, 1, 0)),
                List.of(stock("x", 4, 1, 0), stock("y", 9, 1, 0)), NO_LIMITS);
        // Triples: a-x, a-y, b-x (b cannot pay y's 9).
        assertEquals(new LeftOnTable(15, 3), left);
    }

    @Test
    void aMarketThatClearedLeavesNothing() {
        // Every unit wanted at or above an ask was filled; the unsold stock asks more than anyone pays.
        LeftOnTable left = MissedTrades.measure(List.of(want("a", 100, 10, 10), want("b", 50, 5, 0)),
                List.of(stock("x", 80, 20, 10)), NO_LIMITS);
        assertEquals(LeftOnTable.NONE, left);
    }

    @Test
    void theBudgetLeftBoundsTheUnits() {
        // 10 units wanted at 100, 10 unsold at 50, 120 of budget left: 2 units, valued at 100 each.
        Stock x = stock("x", 50, 10, 0);
        assertEquals(new LeftOnTable(200, 1), MissedTrades.measure(List.of(want("a", 100, 10, 0)), List.of(x),
                new Limits(Map.of("a", 120L), Map.of(), Map.of())));
        // Less than one unit's ask left: the buyer could not have bought more.
        assertEquals(LeftOnTable.NONE, MissedTrades.measure(List.of(want("a", 100, 10, 0)), List.of(x),
                new Limits(Map.of("a", 40L), Map.of(), Map.of())));
    }

    @Test
    void bothPermitsBoundAUsChipIntoChina() {
        Want chinese = new Want("bytedance", Region.CN, "H200", 30_000, 10, 0);
        Stock licensed = new Stock("nvidia", "H200", 20_000, 10, 0, true, true, true);
        // 3 import approvals and 5 licensed units left: 3 units.
        assertEquals(new LeftOnTable(90_000, 1), MissedTrades.measure(List.of(chinese), List.of(licensed),
                new Limits(Map.of(), Map.of(MissedTrades.key("bytedance", "H200"), 3L),
                        Map.of(MissedTrades.key("nvidia", "H200"), 5L))));
        // No approval left: the trade was not legal.
        assertEquals(LeftOnTable.NONE, MissedTrades.measure(List.of(chinese), List.of(licensed),
                new Limits(Map.of(), Map.of(), Map.of(MissedTrades.key("nvidia", "H200"), 5L))));
        // No licence left: neither.
        assertEquals(LeftOnTable.NONE, MissedTrades.measure(List.of(chinese), List.of(licensed),
                new Limits(Map.of(), Map.of(MissedTrades.key("bytedance", "H200"), 3L), Map.of())));
    }

    @Test
    void anAskAboveTheMaximumOrAnotherRegionsOfferIsNoMissedTrade() {
        assertEquals(LeftOnTable.NONE, MissedTrades.measure(List.of(want("a", 100, 10, 0)),
                List.of(stock("x", 101, 10, 0)), NO_LIMITS));
        Stock intoChina = new Stock("huawei", "H200", 50, 10, 0, true, false, false);
        assertEquals(LeftOnTable.NONE, MissedTrades.measure(List.of(want("a", 100, 10, 0)), List.of(intoChina),
                NO_LIMITS));
    }

    @Test
    void theResultDoesNotDependOnTheOrderOfTheOrders() {
        List<Want> wants = new ArrayList<>();
        List<Stock> stocks = new ArrayList<>();
        Random random = new Random(5);
        for (int i = 0; i < 12; i++) {
            wants.add(want("b" + i, 10 + random.nextInt(90), 1 + random.nextInt(20), random.nextInt(5)));
            stocks.add(stock("s" + (i % 4), 10 + random.nextInt(90), 1 + random.nextInt(20), random.nextInt(5)));
        }
        Limits budgets = new Limits(Map.of("b1", 500L, "b2", 90L), Map.of(), Map.of());
        LeftOnTable expected = MissedTrades.measure(wants, stocks, budgets);
        for (int trial = 0; trial < 20; trial++) {
            Collections.shuffle(wants, random);
            Collections.shuffle(stocks, random);
            assertEquals(expected, MissedTrades.measure(wants, stocks, budgets));
        }
    }

    // --- from the exchange's own orders and fills ---

    private static Chip chip(String id, String origin) {
        return new Chip(id, origin.equals("US") ? "nvidia" : "huawei", origin, 1000, 80, 3, 900, 16000, 10000, 20000,
                20, false, null, null, null, 0);
    }

    private static final ChipCatalogue CATALOGUE = new ChipCatalogue(
            List.of(chip("H200", "US"), chip("Ascend910C", "CN")), 0.6);

    private static ExportRules rules(ExportStatus h200) {
        TreeMap<String, ExportStatus> overrides = new TreeMap<>();
        overrides.put("H200", h200);
        return ExportRules.classify(CATALOGUE.all(), 1e9, 1e9, 0.25, 0, 0.3, 4, overrides, new TreeMap<>());
    }

    @Test
    void theClearingOfAnOrdinaryQuarterLeavesNothing() {
        PermitBook permits = new PermitBook().licence("nvidia", "H200", 1000, 0.25).approveImport("alibaba", "H200", 50);
        List<OfferOrder> offers = List.of(new OfferOrder("nvidia", "H200", 100, 20_000, true, Channel.LICENSED),
                new OfferOrder("huawei", "Ascend910C", 100, 15_000, true, Channel.DIRECT));
        List<BidOrder> bids = List.of(new BidOrder("alibaba", Region.CN, "H200", 80, 25_000, false, 10_000_000),
                new BidOrder("alibaba", Region.CN, "Ascend910C", 20, 18_000, false, 10_000_000));
        ExportRules rules = rules(ExportStatus.LICENSED);
        ClearingResult result = Clearing.clear(CATALOGUE, rules, permits, offers, bids);
        // 50 H200 (the approvals) and 20 Ascend filled; 30 H200 wanted but not approved: not missed.
        assertEquals(LeftOnTable.NONE, MissedTrades.afterClearing(CATALOGUE, rules, permits, offers, bids,
                result.fills()));
    }

    @Test
    void unmetBidsBesideUnsoldLegalStockAreCountedWithinTheBudgetLeft() {
        // A quarter that did not clear: 10 of 30 Ascend bid units filled at 20,000 (200,000 spent of a
        // 1,000,000 budget), 90 units unsold at 20,000 under the bid's 25,000. The 800,000 left buys
        // 40 units; 20 are wanted, each valued at 25,000: 500,000.
        List<OfferOrder> offers = List.of(new OfferOrder("huawei", "Ascend910C", 100, 20_000, true, Channel.DIRECT));
        List<BidOrder> bids = List.of(new BidOrder("tencent", Region.CN, "Ascend910C", 30, 25_000, false, 1_000_000));
        List<FillRecord> fills = List.of(
                new FillRecord("huawei", "tencent", Region.CN, "Ascend910C", 10, 20_000, Channel.DIRECT, 0));
        assertEquals(new LeftOnTable(500_000, 1), MissedTrades.afterClearing(CATALOGUE, rules(ExportStatus.OPEN),
                new PermitBook(), offers, bids, fills));
    }

    @Test
    void greyAndVoidOffersAreNotLegalSellers() {
        List<BidOrder> bids = List.of(new BidOrder("tencent", Region.CN, "H200", 30, 25_000, true, 10_000_000));
        List<OfferOrder> grey = List.of(new OfferOrder("broker", "H200", 100, 20_000, true, Channel.GREY));
        assertEquals(LeftOnTable.NONE, MissedTrades.afterClearing(CATALOGUE, rules(ExportStatus.OPEN),
                new PermitBook(), grey, bids, List.of()));
        List<OfferOrder> banned = List.of(new OfferOrder("nvidia", "H200", 100, 20_000, true, Channel.LICENSED));
        PermitBook approved = new PermitBook().approveImport("tencent", "H200", 100);
        assertEquals(LeftOnTable.NONE, MissedTrades.afterClearing(CATALOGUE, rules(ExportStatus.BANNED),
                approved, banned, bids, List.of()));
        // The same offer when H200 is open and approved is a missed trade: 30 units at 25,000.
        assertEquals(new LeftOnTable(750_000, 1), MissedTrades.afterClearing(CATALOGUE, rules(ExportStatus.OPEN),
                approved, banned, bids, List.of()));
    }
}
