package chipsim.agents.broker;

import chipsim.agents.decision.Checks;
import chipsim.agents.decision.Decision;
import java.util.List;

/**
 * A broker's decision: what to buy abroad and the markup of its grey offers into China.
 *
 * @param purchases  bids abroad (offshore) for smuggleable chips, never committing more than its cash
 * @param markup     markup over unit cost for this quarter's grey offers (0..100)
 */
public record BrokerPlan(List<Purchase> purchases, double markup) implements Decision<BrokerObservation> {

    public BrokerPlan {
        purchases = List.copyOf(purchases);
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
            committed += (double) purchase.units() * purchase.maxPriceUsd();
        }
        if (committed > observation.cashUsd()) {
            checks.problem("purchases", "commit $" + (long) committed + " but cash is $" + observation.cashUsd());
        }
        checks.number("markup", markup, 0, 100);
    }
}
