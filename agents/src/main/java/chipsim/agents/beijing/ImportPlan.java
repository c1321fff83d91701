package chipsim.agents.beijing;

import chipsim.market.rules.ChipImportTerms;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a Beijing policy chooses; scripted events override chips on top of it.
 *
 * @param terms          stance (and quota) per foreign chip
 * @param domesticRatio  share of each buyer's units that must be domestic (0..1)
 * @param subsidyUsd     paid to Huawei this quarter, USD
 * @param reason         why it changed, for the trace; empty when it did not
 */
public record ImportPlan(SortedMap<String, ChipImportTerms> terms, double domesticRatio, long subsidyUsd,
        String reason) {

    public ImportPlan {
        terms = Collections.unmodifiableSortedMap(new TreeMap<>(terms));
    }
}
