package chipsim.agents.nvidia;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * @param asks            asking price per chip this quarter outside China, USD
 * @param chinaAsks       asking price per chip into China, USD: the ask with Washington's revenue share passed on
 * @param chinaUnits      units offered into China per chip (licensed channel)
 * @param elsewhereUnits  units offered to the rest of the world per chip
 */
public record SalesPlan(SortedMap<String, Long> asks, SortedMap<String, Long> chinaAsks,
        SortedMap<String, Long> chinaUnits, SortedMap<String, Long> elsewhereUnits) {

    public SalesPlan {
        asks = Collections.unmodifiableSortedMap(new TreeMap<>(asks));
        chinaAsks = Collections.unmodifiableSortedMap(new TreeMap<>(chinaAsks));
        chinaUnits = Collections.unmodifiableSortedMap(new TreeMap<>(chinaUnits));
        elsewhereUnits = Collections.unmodifiableSortedMap(new TreeMap<>(elsewhereUnits));
    }
}
