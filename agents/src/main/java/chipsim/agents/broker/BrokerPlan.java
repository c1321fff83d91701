package chipsim.agents.broker;

import java.util.List;

/**
 * @param purchases  bids abroad (offshore), never committing more than the broker's cash
 * @param markup     markup over unit cost for this quarter's grey offers
 */
public record BrokerPlan(List<Purchase> purchases, double markup) {

    public BrokerPlan {
        purchases = List.copyOf(purchases);
    }

    public record Purchase(String chipId, long units, long maxPriceUsd) {}
}
