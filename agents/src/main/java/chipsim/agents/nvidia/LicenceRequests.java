package chipsim.agents.nvidia;

import chipsim.agents.decision.Checks;
import chipsim.agents.decision.Decision;
import chipsim.market.Chip;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Nvidia's licence-requests decision.
 *
 * @param unitsByChip units per chip to ask Washington to license this quarter (0..10^12); only
 *                    chips it makes (its products) may be asked for
 */
public record LicenceRequests(SortedMap<String, Long> unitsByChip) implements Decision<NvidiaObservation> {

    public LicenceRequests {
        unitsByChip = Collections.unmodifiableSortedMap(new TreeMap<>(unitsByChip));
    }

    @Override
    public void check(NvidiaObservation observation, Checks checks) {
        checks.counts("unitsByChip", unitsByChip, observation.products().stream().map(Chip::id).toList(), 0,
                1_000_000_000_000L);
    }
}
