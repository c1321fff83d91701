package chipsim.market.clearing;

import chipsim.market.Region;

/**
 * A bid as the clearing sees it: a buyer's units of one chip at most at one price.
 *
 * @param budgetUsd the most the buyer spends this quarter over all its bids; the clearing stops
 *                  filling the buyer there ({@link #NO_BUDGET} when its bids alone bound it)
 */
public record BidOrder(String buyerId, Region region, String chipId, long units, long maxPriceUsd, boolean acceptsGrey,
        long budgetUsd) {

    public static final long NO_BUDGET = Long.MAX_VALUE;

    public BidOrder(String buyerId, Region region, String chipId, long units, long maxPriceUsd, boolean acceptsGrey) {
        this(buyerId, region, chipId, units, maxPriceUsd, acceptsGrey, NO_BUDGET);
    }
}
