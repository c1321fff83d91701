package chipsim.agents.nvidia;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * @param wafersByChip   advanced-packaging wafers wanted this quarter per chip
 * @param startDesign    variants to start designing now
 * @param writeDown      chips whose whole stock is written off now (stranded by a ban)
 */
public record SupplyPlan(SortedMap<String, Long> wafersByChip, List<String> startDesign, List<String> writeDown) {

    public SupplyPlan {
        wafersByChip = Collections.unmodifiableSortedMap(new TreeMap<>(wafersByChip));
        startDesign = List.copyOf(startDesign);
        writeDown = List.copyOf(writeDown);
    }
}
