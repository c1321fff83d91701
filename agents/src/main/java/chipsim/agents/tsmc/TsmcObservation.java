package chipsim.agents.tsmc;

import chipsim.market.Quarter;

/**
 * @param capacityWafers     advanced-packaging wafers per quarter available now
 * @param demandedWafers     wafers asked for this quarter, all customers
 * @param underConstruction  wafers per quarter of capacity already being built
 */
public record TsmcObservation(Quarter quarter, long capacityWafers, long demandedWafers, long underConstruction) {

    /** Demand over capacity: above 1 the foundry is short. */
    public double demandRatio() {
        return capacityWafers <= 0 ? 0 : (double) demandedWafers / capacityWafers;
    }
}
