package chipsim.market.rules;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Beijing's terms for one foreign chip.
 *
 * @param stance          how requests for it are treated
 * @param quotaUnits      units per quarter shared by the eligible buyers, for {@link ImportStance#QUOTA}
 * @param eligibleBuyers  buyer ids that may import it; empty means every buyer
 */
public record ChipImportTerms(ImportStance stance, long quotaUnits, SortedSet<String> eligibleBuyers) {

    public ChipImportTerms {
        eligibleBuyers = Collections.unmodifiableSortedSet(new TreeSet<>(eligibleBuyers));
    }

    public static ChipImportTerms of(ImportStance stance) {
        return new ChipImportTerms(stance, 0, new TreeSet<>());
    }

    public boolean eligible(String buyerId) {
        return eligibleBuyers.isEmpty() || eligibleBuyers.contains(buyerId);
    }
}
