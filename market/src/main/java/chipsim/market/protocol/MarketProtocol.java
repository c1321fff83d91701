package chipsim.market.protocol;

import akka.actor.typed.ActorRef;
import chipsim.market.Channel;
import chipsim.market.Region;

/** The trade phase: orders to the Market, fills and fees from it. */
public interface MarketProtocol {

    interface OrderReply extends AgentCommand {}

    /**
     * A seller offers units at a price for this quarter.
     *
     * @param intoChina  offered to buyers in China (licensed, domestic or grey) rather than elsewhere
     * @param channel    LICENSED for a US chip into China, GREY for a broker's resale into China,
     *                   DIRECT otherwise
     */
    record Offer(String sellerId, String chipId, long units, long askUsd, boolean intoChina, Channel channel,
            ActorRef<OrderReply> replyTo) implements AgentCommand {}

    /**
     * A buyer bids for units at most at {@code maxPriceUsd} each. Its bids may add up to more than
     * it can pay: the exchange stops filling it at {@code budgetUsd}, which it must be able to pay.
     *
     * @param acceptsGrey  the buyer will take grey-market units
     * @param budgetUsd    the most the buyer spends this quarter over all its bids (the same on each)
     */
    record Bid(String buyerId, Region region, String chipId, long units, long maxPriceUsd, boolean acceptsGrey,
            long budgetUsd, ActorRef<OrderReply> replyTo) implements AgentCommand {}

    /** A trade, sent to both its buyer and its seller, each of whom acknowledges it. */
    record Fill(String sellerId, String buyerId, String chipId, long units, long priceUsd, Channel channel,
            long feeUsd, ActorRef<Ack> replyTo) implements OrderReply {

        public long valueUsd() {
            return units * priceUsd;
        }
    }

    /** Licence revenue share of a fill, sent to the publisher of the export rules. */
    record FeeCollected(String sellerId, String chipId, long usd, ActorRef<Ack> replyTo) implements AgentCommand {}
}
