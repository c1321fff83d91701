package chipsim.agents.nvidia;

import chipsim.agents.decision.Checks;
import chipsim.agents.decision.Decision;
import chipsim.market.Chip;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Nvidia's sales decision. Only chips listed in {@code asks} are offered.
 *
 * @param asks            asking price per chip this quarter outside China, USD (0..10^8)
 * @param chinaAsks       asking price per chip into China, USD (0..10^8); the ask when absent
 * @param chinaUnits      units offered into China per chip (licensed channel)
 * @param elsewhereUnits  units offered to the rest of the world per chip; with chinaUnits at most the stock
 */
public record SalesPlan(SortedMap<String, Long> asks, SortedMap<String, Long> chinaAsks,
        SortedMap<String, Long> chinaUnits, SortedMap<String, Long> elsewhereUnits)
        implements Decision<NvidiaObservation> {

    public SalesPlan {
        asks = Collections.unmodifiableSortedMap(new TreeMap<>(asks));
        chinaAsks = Collections.unmodifiableSortedMap(new TreeMap<>(chinaAsks));
        chinaUnits = Collections.unmodifiableSortedMap(new TreeMap<>(chinaUnits));
        elsewhereUnits = Collections.unmodifiableSortedMap(new TreeMap<>(elsewhereUnits));
    }

    @Override
    public void check(NvidiaObservation observation, Checks checks) {
        List<String> sellable = observation.sellable().stream().map(Chip::id).toList();
        checks.counts("asks", asks, sellable, 0, 100_000_000L);
        checks.counts("chinaAsks", chinaAsks, asks.keySet(), 0, 100_000_000L);
        checks.counts("chinaUnits", chinaUnits, asks.keySet(), 0, Long.MAX_VALUE);
        checks.counts("elsewhereUnits", elsewhereUnits, asks.keySet(), 0, Long.MAX_VALUE);
        for (String chip : asks.keySet()) {
            long offered = chinaUnits.getOrDefault(chip, 0L) + elsewhereUnits.getOrDefault(chip, 0L);
            if (offered < 0 || offered > observation.stock(chip)) {
                checks.problem("chinaUnits." + chip + " + elsewhereUnits." + chip,
                        offered + " units offered but " + observation.stock(chip) + " are in stock");
            }
        }
    }
}
