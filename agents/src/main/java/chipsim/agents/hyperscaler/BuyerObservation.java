package chipsim.agents.hyperscaler;

import chipsim.market.Quarter;
import chipsim.market.Region;
import java.util.List;

/**
 * What a buyer knows when it plans its purchases.
 *
 * @param cashUsd           cash available for chips now, this quarter's budget included
 * @param budgetUsd         this quarter's budget (the normal pace of spending)
 * @param demandH100e       compute it wants to add this quarter, H100-equivalents
 * @param options           the chips it could bid for, in catalogue order
 * @param domesticRatio     Beijing's required domestic share of units (0 outside China)
 * @param fleetH100e        its installed compute now, H100-equivalents (after this quarter's retirements)
 * @param plannedFleetH100e the fleet its capex plan would have by now: the starting fleet plus every
 *                          quarter's {@code demandH100e}, after the same retirements
 */
public record BuyerObservation(Quarter quarter, String buyerId, Region region, long cashUsd, long budgetUsd,
        double demandH100e, List<ChipOption> options, double domesticRatio, double fleetH100e,
        double plannedFleetH100e) {

    public BuyerObservation {
        options = List.copyOf(options);
    }

    /** An observation whose planned fleet is the fleet it has. */
    public BuyerObservation(Quarter quarter, String buyerId, Region region, long cashUsd, long budgetUsd,
            double demandH100e, List<ChipOption> options, double domesticRatio, double fleetH100e) {
        this(quarter, buyerId, region, cashUsd, budgetUsd, demandH100e, options, domesticRatio, fleetH100e, fleetH100e);
    }
}
