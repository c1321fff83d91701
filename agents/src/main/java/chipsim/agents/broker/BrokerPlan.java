package chipsim.agents.broker;

import chipsim.agents.decision.Checks;
import chipsim.agents.decision.Decision;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A broker's decision: what to buy abroad and the prices of its grey offers into China.
 *
 * @param purchases  bids abroad (offshore) for smuggleable chips, never committing more than its cash (route cost
 *                   included) nor, for a host, more compute than its capacity left
 * @param markup     markup over unit cost for this quarter's grey offers of chips without an ask (0..100)
 * @param asks       chip in stock to the ask of its grey offer this quarter, USD (0..10^8); chips not listed
 *                   are offered at unit cost x (1 + markup)
 */
public record BrokerPlan(List<Purchase> purchases, double markup, SortedMap<String, Long> asks)
        implements Decision<BrokerObservation> {

    public BrokerPlan {
        purchases = List.copyOf(purchases);
        asks = asks == null ? Collections.emptySortedMap() : Collections.unmodifiableSortedMap(new TreeMap<>(asks));
    }

    /** Every offer at unit cost x (1 + markup). */
    public BrokerPlan(List<Purchase> purchases, double markup) {
        this(purchases, markup, new TreeMap<>());
    }

    /**
     * @param chipId       one of the observation's smuggleable chips
     * @param units        units wanted (0..10^12)
     * @param maxPriceUsd  the most it pays per unit, USD (0..10^8)
     */
    public record Purchase(String chipId, long units, long maxPriceUsd) {}

    @Override
    public void check(BrokerObservation observation, Checks checks) {
        double committed = 0;
        double hosted = 0;
        for (int i = 0; i < purchases.size(); i++) {
            Purchase purchase = purchases.get(i);
            String field = "purchases[" + i + "]";
            if (purchase == null) {
                checks.problem(field, "is missing");
                continue;
            }
            if (!observation.smuggleable().contains(purchase.chipId())) {
                checks.problem(field + ".chipId", "'" + purchase.chipId() + "' is not one of the smuggleable chips "
                        + observation.smuggleable());
            }
            checks.count(field + ".units", purchase.units(), 0, 1_000_000_000_000L);
            checks.count(field + ".maxPriceUsd", purchase.maxPriceUsd(), 0, 100_000_000L);
            committed += (double) purchase.units() * (purchase.maxPriceUsd() + observation.routeCostUsdPerUnit());
            hosted += purchase.units() * observation.h100e(purchase.chipId());
        }
        if (committed > observation.cashUsd()) {
            checks.problem("purchases", "commit $" + (long) committed + " but cash is $" + observation.cashUsd());
        }
        if (hosted > observation.capacityLeftH100e() + 1e-6) {
            checks.problem("purchases", "host " + hosted + " H100e but capacity left is "
                    + observation.capacityLeftH100e() + " H100e");
        }
        checks.number("markup", markup, 0, 100);
        checks.counts("asks", asks, observation.stock().keySet(), 0, 100_000_000L);
    }
}
