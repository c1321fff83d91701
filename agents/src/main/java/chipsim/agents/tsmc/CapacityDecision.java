package chipsim.agents.tsmc;

import chipsim.agents.decision.Checks;
import chipsim.agents.decision.Decision;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * TSMC's capacity decision.
 *
 * @param grantedWafers    wafers granted per customer of {@code claims}: at most its claim, in all at
 *                         most the capacity; a customer left out gets none
 * @param expansionWafers  wafers per quarter of new capacity to start building now (ready after the
 *                         expansion lag; 0..10^12)
 */
public record CapacityDecision(SortedMap<String, Long> grantedWafers, long expansionWafers)
        implements Decision<TsmcObservation> {

    public CapacityDecision {
        grantedWafers = Collections.unmodifiableSortedMap(new TreeMap<>(grantedWafers));
    }

    @Override
    public void check(TsmcObservation observation, Checks checks) {
        long total = 0;
        java.util.Map<String, Long> claimed = new TreeMap<>();
        observation.claims().forEach(claim -> claimed.put(claim.customer(), claim.wafers()));
        for (var grant : grantedWafers.entrySet()) {
            Long claim = claimed.get(grant.getKey());
            if (claim == null) {
                checks.problem("grantedWafers." + grant.getKey(), "is not a customer of this quarter " + claimed.keySet());
            } else if (grant.getValue() == null) {
                checks.problem("grantedWafers." + grant.getKey(), "is missing");
            } else {
                checks.count("grantedWafers." + grant.getKey(), grant.getValue(), 0, claim);
                total += grant.getValue();
            }
        }
        if (total > observation.capacityWafers()) {
            checks.problem("grantedWafers", total + " wafers in all exceed the capacity of " + observation.capacityWafers());
        }
        checks.count("expansionWafers", expansionWafers, 0, 1_000_000_000_000L);
    }
}
