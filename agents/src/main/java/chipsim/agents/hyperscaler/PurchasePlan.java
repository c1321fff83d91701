package chipsim.agents.hyperscaler;

import java.util.List;

/** The bids a buyer will place; together they never commit more than its cash at their maximum prices. */
public record PurchasePlan(List<PlannedBid> bids) {

    public PurchasePlan {
        bids = List.copyOf(bids);
    }

    /** @param acceptsGrey the buyer takes grey-market units for this chip */
    public record PlannedBid(String chipId, long units, long maxPriceUsd, boolean acceptsGrey) {}

    public long committedUsd() {
        long total = 0;
        for (PlannedBid bid : bids) {
            total += bid.units() * bid.maxPriceUsd();
        }
        return total;
    }
}
