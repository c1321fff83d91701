package chipsim.market.rules;

import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Beijing's import policy in force this quarter, published to every agent.
 *
 * @param byChip         terms per foreign chip; a foreign chip not listed is {@link ImportStance#ALLOWED}
 * @param domesticRatio  share of each buyer's purchased units that must be domestic chips (0..1)
 */
public record ImportPolicy(SortedMap<String, ChipImportTerms> byChip, double domesticRatio) {

    private static final ChipImportTerms DEFAULT = ChipImportTerms.of(ImportStance.ALLOWED);

    public ImportPolicy {
        byChip = chipsim.market.FrozenSortedMap.copyOf(byChip);
    }

    public static ImportPolicy openDoor() {
        return new ImportPolicy(new TreeMap<>(), 0.0);
    }

    public ChipImportTerms terms(String chipId) {
        return byChip.getOrDefault(chipId, DEFAULT);
    }

    public ImportStance stance(String chipId) {
        return terms(chipId).stance();
    }
}
