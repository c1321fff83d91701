package chipsim.agents.hyperscaler;

import chipsim.agents.decision.Checks;
import chipsim.agents.decision.Decision;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A buyer's purchase decision: the bids it will place this quarter. Together they never commit
 * more than its cash at their maximum prices. A buyer in China also asks Beijing to approve the
 * units of each bid for a US chip that is neither banned nor barred.
 */
public record PurchasePlan(List<PlannedBid> bids) implements Decision<BuyerObservation> {

    public PurchasePlan {
        bids = List.copyOf(bids);
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
        if (checks.ok() && committedUsd() > observation.cashUsd()) {
            checks.problem("bids", "commit $" + (long) committed + " but cash is $" + observation.cashUsd());
        }
    }
}
