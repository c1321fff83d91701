package chipsim.agents.huawei;

import chipsim.agents.decision.Checks;
import chipsim.agents.decision.Decision;
import chipsim.market.Chip;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Huawei's production decision.
 *
 * @param unitsByChip    units to make this quarter per chip in production; together within the
 *                       dies, HBM stacks and packaging slots on hand ({@link HuaweiObservation#fits})
 * @param investmentUsd  USD put into packaging capacity now (0..10^13; at most the cash on hand is spent)
 */
public record ProductionPlan(SortedMap<String, Long> unitsByChip, long investmentUsd)
        implements Decision<HuaweiObservation> {

    public ProductionPlan {
        unitsByChip = Collections.unmodifiableSortedMap(new TreeMap<>(unitsByChip));
    }

    @Override
    public void check(HuaweiObservation observation, Checks checks) {
        checks.counts("unitsByChip", unitsByChip, observation.chips().stream().map(Chip::id).toList(), 0,
                Long.MAX_VALUE);
        if (checks.ok() && !observation.fits(unitsByChip)) {
            checks.problem("unitsByChip", unitsByChip + " exceeds the dies (" + observation.diesAvailable()
                    + "), HBM stacks (" + observation.hbmStacks() + ") or packaging (" + observation.packagingUnits()
                    + ") on hand");
        }
        checks.count("investmentUsd", investmentUsd, 0, 10_000_000_000_000L);
    }
}
