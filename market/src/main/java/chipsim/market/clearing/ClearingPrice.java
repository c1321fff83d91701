package chipsim.market.clearing;

import java.util.List;
import java.util.Map;

/**
 * The price at which one chip's bids would just have taken the units offered, budgets included
 * (docs/market.md, "Clearing price"). A bid of q units at most at m, from a buyer with budget B
 * over bids worth W = sum of q x m, takes at a price p
 * <pre>  d(p) = min(q, B x (q m / W) / p)  if p <= m, else 0 </pre>
 * (its share of the budget, in proportion to what it bid). Demand D(p) is the sum of d(p) over
 * the bids and falls as p rises; the clearing price is the highest p with D(p) >= offered, 0 when
 * even the lowest price does not reach it (a glut). Without budgets it is the maximum price of
 * the bid at which the bids, highest first, reach the units offered.
 */
public final class ClearingPrice {

    private ClearingPrice() {
    }

    /**
     * @param offered        units offered of the chip
     * @param bids           the chip's bids
     * @param bidValueByBuyer per buyer, the sum of units x maximum price over all its bids, every chip
     */
    public static long of(long offered, List<BidOrder> bids, Map<String, Double> bidValueByBuyer) {
        if (offered <= 0 || bids.isEmpty()) {
            return 0;
        }
        long high = 0;
        for (BidOrder bid : bids) {
            high = Math.max(high, bid.maxPriceUsd());
        }
        if (high <= 0 || demand(1, bids, bidValueByBuyer) < offered) {
            return 0;
        }
        long low = 1;
        // Invariant: demand(low) >= offered; demand(p) < offered for p > high or at high + 1.
        if (demand(high, bids, bidValueByBuyer) >= offered) {
            return high;
        }
        while (high - low > 1) {
            long mid = low + (high - low) / 2;
            if (demand(mid, bids, bidValueByBuyer) >= offered) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Units the bids take at price {@code price}. */
    static double demand(long price, List<BidOrder> bids, Map<String, Double> bidValueByBuyer) {
        double units = 0;
        for (BidOrder bid : bids) {
            if (bid.maxPriceUsd() < price) {
                continue;
            }
            double take = bid.units();
            if (bid.budgetUsd() != BidOrder.NO_BUDGET) {
                double worth = bidValueByBuyer.getOrDefault(bid.buyerId(), 0.0);
                double share = worth > 0 ? (double) bid.units() * bid.maxPriceUsd() / worth : 1.0;
                take = Math.min(take, bid.budgetUsd() * share / price);
            }
            units += take;
        }
        return units;
    }
}
