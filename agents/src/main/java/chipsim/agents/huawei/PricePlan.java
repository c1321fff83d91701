package chipsim.agents.huawei;

import chipsim.agents.decision.Checks;
import chipsim.agents.decision.Decision;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Huawei's prices decision: an ask for every chip it holds stock of (0..10^8 USD); its whole
 * stock of each is offered in China at that price.
 */
public record PricePlan(SortedMap<String, Long> askUsdByChip) implements Decision<HuaweiObservation> {

    public PricePlan {
        askUsdByChip = Collections.unmodifiableSortedMap(new TreeMap<>(askUsdByChip));
    }

    @Override
    public void check(HuaweiObservation observation, Checks checks) {
        checks.counts("askUsdByChip", askUsdByChip, observation.stock().keySet(), 0, 100_000_000L);
        for (String chip : observation.stock().keySet()) {
            if (!askUsdByChip.containsKey(chip)) {
                checks.problem("askUsdByChip." + chip, "is missing: every chip in stock needs an ask");
            }
        }
    }
}
