package chipsim.agents.tsmc;

import chipsim.market.Quarter;

/**
 * @param capacityWafers     advanced-packaging wafers per quarter available now
 * @param demandedWafers     wafers asked for this quarter, all customers
 * @param underConstruction  wafers per quarter of capacity already being built
 */
public record TsmcObservation(Quarter quarter, long capacityWafers, long demandedWafers, long underConstruction) {

}
