package chipsim.market.clearing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.market.Channel;
import chipsim.market.Chip;
import chipsim.market.ChipCatalogue;
import chipsim.market.Region;
import chipsim.market.report.FillRecord;
import chipsim.market.rules.ExportRules;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Clearing in rounds under buyers' budgets (docs/market.md, "Rounds under budgets"). */
class BudgetRoundsTest {

    private static Chip chip(String id) {
        return new Chip(id, "nvidia", "US", 1000, 80, 3, 900, 16000, 10000, 20000, 20, false, null, null, null, 0);
    }

    private static final ChipCatalogue CATALOGUE = new ChipCatalogue(List.of(chip("H200"), chip("B200")), 0.6);
    private static final ExportRules RULES = ExportRules.classify(CATALOGUE.all(), 1e9, 1e9, 0, 0, 0.3, 4,
            new TreeMap<>(), new TreeMap<>());

    private static OfferOrder offer(String chip, long units, long ask) {
        return new OfferOrder("nvidia", chip, units, ask, false, Channel.DIRECT);
    }

    private static BidOrder bid(String buyer, String chip, long units, long max, long budget) {
        return new BidOrder(buyer, Region.US, chip, units, max, false, budget);
    }

    @Test
    void aFailedBidsBudgetGoesToTheNextChipInTheSameQuarter() {
        // The worked case of docs/market.md.
        ClearingResult result = Clearing.clear(CATALOGUE, RULES, new PermitBook(),
                List.of(offer("H200", 10, 20_000), offer("B200", 100, 20_000)),
                List.of(bid("cloud", "H200", 50, 20_000, 1_000_000), bid("cloud", "B200", 50, 20_000, 1_000_000)));
        assertEquals(List.of(
                new FillRecord("nvidia", "cloud", Region.US, "B200", 40, 20_000, Channel.DIRECT, 0),
                new FillRecord("nvidia", "cloud", Region.US, "H200", 10, 20_000, Channel.DIRECT, 0)), result.fills());
    }

    @Test
    void aBidFarAboveTheAsksSpendsItsBudgetWithinTheRoundsAndNeverMore() {
        // A bid at up to $200,000 against offers at $10,000 and $50,000 (two sellers): budget shares
        // priced at the dearest ask it could pay spend the $1,000,000 in the rounds, never beyond it.
        ClearingResult result = Clearing.clear(CATALOGUE, RULES, new PermitBook(),
                List.of(offer("B200", 10, 10_000), new OfferOrder("other", "B200", 1_000, 50_000, false, Channel.DIRECT)),
                List.of(bid("cloud", "B200", 1_000, 200_000, 1_000_000)));
        long spent = result.fills().stream().mapToLong(FillRecord::valueUsd).sum();
        assertTrue(spent <= 1_000_000, "spent " + spent);
        assertTrue(spent > 1_000_000 - 50_000, "left more than one unit's price unspent: spent " + spent);
    }

    @Test
    void aChipThatSoldOutClearsAtLeastAtTheAskItSoldAt() {
        // The buyer over-orders B200, which nobody offers: by budget shares its H200 bid would pay for
        // only 10 units at $9,090, yet the rounds give it the whole budget and all 10 H200 sell at
        // $20,000. The book's clearing price is what the bids demonstrably paid, not the apportionment.
        ClearingResult result = Clearing.clear(CATALOGUE, RULES, new PermitBook(),
                List.of(offer("H200", 10, 20_000)),
                List.of(bid("cloud", "H200", 100, 30_000, 1_000_000), bid("cloud", "B200", 1_000, 30_000, 1_000_000)));
        assertEquals(10, result.books().get("H200").filledUnits());
        assertEquals(9_090, ClearingPrice.of(10, List.of(bid("cloud", "H200", 100, 30_000, 1_000_000)),
                java.util.Map.of("cloud", 33_000_000.0)), "the budget apportionment alone");
        assertEquals(20_000, result.books().get("H200").clearingPriceUsd());
        ClearingResult glut = Clearing.clear(CATALOGUE, RULES, new PermitBook(),
                List.of(offer("H200", 100, 20_000)), List.of(bid("cloud", "H200", 40, 30_000, 1_000_000)));
        assertEquals(0, glut.books().get("H200").clearingPriceUsd(), "units left unsold: no floor from the fills");
    }

    @Test
    void withoutABindingBudgetItIsTheOnePassMarket() {
        List<OfferOrder> offers = List.of(offer("H200", 10, 20_000), offer("B200", 100, 25_000));
        List<BidOrder> unbounded = List.of(new BidOrder("a", Region.US, "H200", 30, 22_000, false),
                new BidOrder("b", Region.US, "B200", 30, 30_000, false));
        List<BidOrder> ample = List.of(bid("a", "H200", 30, 22_000, 10_000_000), bid("b", "B200", 30, 30_000, 10_000_000));
        assertEquals(Clearing.clear(CATALOGUE, RULES, new PermitBook(), offers, unbounded).fills(),
                Clearing.clear(CATALOGUE, RULES, new PermitBook(), offers, ample).fills());
    }

    @Test
    void noBuyerEverSpendsMoreThanItsBudgetAndTheOrderOfOrdersDoesNotMatter() {
        SplittableRandom random = new SplittableRandom(11);
        for (int trial = 0; trial < 300; trial++) {
            List<OfferOrder> offers = List.of(offer("H200", random.nextLong(0, 200), random.nextLong(10_000, 30_000)),
                    offer("B200", random.nextLong(0, 200), random.nextLong(10_000, 30_000)));
            List<BidOrder> bids = new java.util.ArrayList<>();
            long[] budgets = new long[3];
            for (int b = 0; b < 3; b++) {
                budgets[b] = random.nextLong(0, 3_000_000);
                for (String chip : List.of("H200", "B200")) {
                    bids.add(bid("buyer" + b, chip, random.nextLong(0, 150), random.nextLong(10_000, 35_000), budgets[b]));
                }
            }
            ClearingResult result = Clearing.clear(CATALOGUE, RULES, new PermitBook(), offers, bids);
            for (int b = 0; b < 3; b++) {
                String buyer = "buyer" + b;
                long spent = result.fills().stream().filter(f -> f.buyerId().equals(buyer)).mapToLong(FillRecord::valueUsd)
                        .sum();
                assertTrue(spent <= budgets[b], buyer + " spent " + spent + " of " + budgets[b]);
            }
            List<BidOrder> reversed = new java.util.ArrayList<>(bids);
            java.util.Collections.reverse(reversed);
            List<OfferOrder> offersReversed = List.of(offers.get(1), offers.get(0));
            assertEquals(result.fills().stream().sorted(java.util.Comparator.comparing(FillRecord::chipId)
                            .thenComparing(FillRecord::buyerId)).toList(),
                    Clearing.clear(CATALOGUE, RULES, new PermitBook(), offersReversed, reversed).fills().stream()
                            .sorted(java.util.Comparator.comparing(FillRecord::chipId).thenComparing(FillRecord::buyerId))
                            .toList());
        }
    }

    @Test
    void budgetLeftAfterARoundIsSpentWhereStockRemains() {
        // Two buyers, one chip short: the one whose H200 bid fails spends its budget on B200.
        ClearingResult result = Clearing.clear(CATALOGUE, RULES, new PermitBook(),
                List.of(offer("H200", 20, 20_000), offer("B200", 1_000, 20_000)),
                List.of(bid("a", "H200", 100, 30_000, 2_000_000), bid("b", "H200", 100, 25_000, 2_000_000),
                        bid("b", "B200", 100, 25_000, 2_000_000)));
        long bB200 = result.fills().stream().filter(f -> f.buyerId().equals("b") && f.chipId().equals("B200"))
                .mapToLong(FillRecord::units).sum();
        long spent = result.fills().stream().filter(f -> f.buyerId().equals("b")).mapToLong(FillRecord::valueUsd).sum();
        assertTrue(bB200 >= 99, "b's budget goes to B200 once its H200 bid is dead: " + bB200);
        assertTrue(2_000_000 - spent < 25_000, "at most one unit at its maximum price is left unspent: " + spent);
    }
}
