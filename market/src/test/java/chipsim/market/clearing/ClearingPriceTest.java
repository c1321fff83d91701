package chipsim.market.clearing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.market.Region;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClearingPriceTest {

    private static BidOrder bid(String buyer, long units, long max, long budget) {
        return new BidOrder(buyer, Region.US, "B200", units, max, false, budget);
    }

    @Test
    void withoutBudgetsItIsTheMaximumPriceOfTheMarginalBid() {
        List<BidOrder> bids = List.of(bid("a", 100, 50_000, BidOrder.NO_BUDGET), bid("b", 100, 40_000, BidOrder.NO_BUDGET));

        assertEquals(50_000, ClearingPrice.of(100, bids, Map.of()));
        assertEquals(40_000, ClearingPrice.of(150, bids, Map.of()));
        assertEquals(0, ClearingPrice.of(250, bids, Map.of()), "a glut");
    }

    @Test
    void aBindingBudgetSetsThePriceAtBudgetOverUnits() {
        // One buyer over-orders 1,000 units at up to 60,000 but has 20 million: 400 units clear at 50,000.
        List<BidOrder> bids = List.of(bid("a", 1_000, 60_000, 20_000_000));
        Map<String, Double> worth = Map.of("a", 1_000 * 60_000.0);

        assertEquals(50_000, ClearingPrice.of(400, bids, worth));
        assertEquals(60_000, ClearingPrice.of(300, bids, worth), "capped at the bid's maximum");
        assertEquals(20_000, ClearingPrice.of(1_000, bids, worth));
    }

    @Test
    void aBuyersBudgetIsSharedOverItsBidsByWhatItBid() {
        // Half of its bid value is on this chip, so half its budget: 10 million for 200 units = 50,000.
        List<BidOrder> bids = List.of(bid("a", 1_000, 60_000, 20_000_000));
        Map<String, Double> worth = Map.of("a", 2 * 1_000 * 60_000.0);

        assertEquals(50_000, ClearingPrice.of(200, bids, worth));
    }

    @Test
    void moreUnitsOfferedNeverRaiseThePrice() {
        List<BidOrder> bids = List.of(bid("a", 500, 70_000, 15_000_000), bid("b", 800, 45_000, BidOrder.NO_BUDGET),
                bid("c", 300, 90_000, 9_000_000));
        Map<String, Double> worth = Map.of("a", 500 * 70_000.0, "c", 300 * 90_000.0);
        long previous = Long.MAX_VALUE;
        for (long offered = 50; offered <= 2_000; offered += 50) {
            long price = ClearingPrice.of(offered, bids, worth);
            assertTrue(price <= previous, offered + " units: " + price + " after " + previous);
            previous = price;
        }
    }
}
