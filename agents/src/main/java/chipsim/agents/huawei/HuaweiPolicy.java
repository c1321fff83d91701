package chipsim.agents.huawei;

import chipsim.market.Chip;

/** Huawei's choices: what to make within its constraints, at what price, and what to invest. */
public interface HuaweiPolicy {

    /** Units per chip to make this quarter; must fit {@link HuaweiObservation#fits}. */
    java.util.SortedMap<String, Long> production(HuaweiObservation observation);

    /** This quarter's ask for one chip, USD. */
    long ask(Chip chip, HuaweiObservation observation);

    /** USD to put into advanced-packaging capacity this quarter, at most the cash on hand. */
    long investment(HuaweiObservation observation);

    /**
     * The whole production decision. By default the units and the investment, with no forecast
     * kept and no limit named; a policy that plans from a forecast overrides this.
     */
    default ProductionPlan plan(HuaweiObservation observation) {
        return new ProductionPlan(production(observation), investment(observation));
    }
}
