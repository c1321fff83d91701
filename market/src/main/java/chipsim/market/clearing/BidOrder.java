package chipsim.market.clearing;

import chipsim.market.Region;

/** A bid as the clearing sees it: a buyer's units of one chip at most at one price. */
public record BidOrder(String buyerId, Region region, String chipId, long units, long maxPriceUsd, boolean acceptsGrey) {}
