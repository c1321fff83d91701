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
 * @param forecastH100e  its forecast of its demand, H100e a quarter, kept for the next quarter's
 *                       observation (its memory; 0 = none yet; 0..10^12)
 * @param forecastGrowth the growth rate of that forecast, share per quarter (-0.5..1)
 * @param limit          what limited the plan, as the policy sees it: "dies", "hbm", "packaging",
 *                       "demand" (it chose to make less than its inputs allow), or "" (not said)
 */
public record ProductionPlan(SortedMap<String, Long> unitsByChip, long investmentUsd, double forecastH100e,
        double forecastGrowth, String limit) implements Decision<HuaweiObservation> {

    /** The limits a plan may name. */
    public static final java.util.List<String> LIMITS = java.util.List.of("", "dies", "hbm", "packaging", "demand");

    public ProductionPlan {
        unitsByChip = Collections.unmodifiableSortedMap(new TreeMap<>(unitsByChip));
        limit = limit == null ? "" : limit;
    }

    /** A plan that keeps no forecast and names no limit. */
    public ProductionPlan(SortedMap<String, Long> unitsByChip, long investmentUsd) {
        this(unitsByChip, investmentUsd, 0, 0, "");
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
        checks.number("forecastH100e", forecastH100e, 0, 1e12);
        checks.number("forecastGrowth", forecastGrowth, -0.5, 1);
        checks.members("limit", java.util.List.of(limit), LIMITS);
    }
}
