package chipsim.market.clearing;

import chipsim.market.Channel;

/** An offer as the clearing sees it: a seller's units of one chip at one ask. */
public record OfferOrder(String sellerId, String chipId, long units, long askUsd, boolean intoChina, Channel channel) {}
