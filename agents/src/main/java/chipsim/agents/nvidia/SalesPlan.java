package chipsim.agents.nvidia;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * @param asks            asking price per chip this quarter, USD (one price everywhere)
 * @param chinaUnits      units offered into China per chip (licensed channel)
 * @param elsewhereUnits  units offered to the rest of the world per chip
 */
public record SalesPlan(SortedMap<String, Long> asks, SortedMap<String, Long> chinaUnits,
        SortedMap<String, Long> elsewhereUnits) {

    public SalesPlan {
        asks = Collections.unmodifiableSortedMap(new TreeMap<>(asks));
        chinaUnits = Collections.unmodifiableSortedMap(new TreeMap<>(chinaUnits));
        elsewhereUnits = Collections.unmodifiableSortedMap(new TreeMap<>(elsewhereUnits));
    }
}
