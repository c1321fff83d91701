package chipsim.agents.hyperscaler;

import chipsim.agents.decision.Checks;
import chipsim.agents.decision.Decision;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A buyer's purchase decision: the bids it will place this quarter and the most it spends over
 * all of them. The bids may add up to more than the budget (a buyer that expects to be rationed
 * over-orders); the exchange stops filling it at {@code budgetUsd}, which is at most its cash. A
 * buyer in China also asks Beijing to approve the units of each bid for a US chip that is neither
 * banned nor barred.
 *
 * @param budgetUsd the most it spends this quarter, USD (0..cash)
 */
public record PurchasePlan(List<PlannedBid> bids, long budgetUsd) implements Decision<BuyerObservation> {

    public PurchasePlan {
        bids = List.copyOf(bids);
    }

    /** Bids that commit exactly what they would cost if all filled at their maximum prices. */
    public static PurchasePlan committing(List<PlannedBid> bids) {
        long total = 0;
        for (PlannedBid bid : bids) {
            total += bid.units() * bid.maxPriceUsd();
        }
        return new PurchasePlan(bids, total);
    }

    /**
     * @param chipId       one of the observation's options
     * @param units        units wanted (0..10^12)
     * @param maxPriceUsd  the most it pays per unit, USD (0..10^8)
     * @param acceptsGrey  it takes grey-market units for this chip
     */
    public record PlannedBid(String chipId, long units, long maxPriceUsd, boolean acceptsGrey) {}

    public long committedUsd() {
        long total = 0;
        for (PlannedBid bid : bids) {
            total += bid.units() * bid.maxPriceUsd();
        }
        return total;
    }

    @Override
    public void check(BuyerObservation observation, Checks checks) {
        Set<String> options = observation.options().stream().map(ChipOption::chipId).collect(Collectors.toSet());
        double committed = 0;
        for (int i = 0; i < bids.size(); i++) {
            PlannedBid bid = bids.get(i);
            String field = "bids[" + i + "]";
            if (bid == null) {
                checks.problem(field, "is missing");
                continue;
            }
            if (!options.contains(bid.chipId())) {
                checks.problem(field + ".chipId", "'" + bid.chipId() + "' is not one of its options "
                        + observation.options().stream().map(ChipOption::chipId).toList());
            }
            checks.count(field + ".units", bid.units(), 0, 1_000_000_000_000L);
            checks.count(field + ".maxPriceUsd", bid.maxPriceUsd(), 0, 100_000_000L);
            committed += (double) bid.units() * bid.maxPriceUsd();
        }
        if (budgetUsd < 0 || budgetUsd > observation.cashUsd()) {
            checks.problem("budgetUsd", "$" + budgetUsd + " is not within 0 and its cash ($" + observation.cashUsd() + ")");
        }
    }
}
