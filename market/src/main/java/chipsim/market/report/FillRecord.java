package chipsim.market.report;

import chipsim.market.Channel;
import chipsim.market.Region;

/**
 * One cleared trade, as the trace records it.
 *
 * @param priceUsd  USD per unit paid by the buyer
 * @param feeUsd    USD of the payment that went to Washington as licence revenue share
 */
public record FillRecord(
        String sellerId, String buyerId, Region buyerRegion, String chipId, long units, long priceUsd,
        Channel channel, long feeUsd) {

    /** What the buyer paid in total, USD. */
    public long valueUsd() {
        return units * priceUsd;
    }

}
