package chipsim.agents.beijing;

import chipsim.agents.decision.Checks;
import chipsim.agents.decision.Decision;
import chipsim.market.rules.ChipImportTerms;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Beijing's import-policy decision; scripted events override chips on top of it.
 *
 * @param terms          stance (and quota, units per quarter) per chip; chips not listed are allowed
 * @param domesticRatio  share of each buyer's units that must be domestic (0..1)
 * @param subsidyUsd     paid to Huawei this quarter, USD (0..10^13)
 * @param reason         why it changed, for the trace; empty when it did not
 * @param memory         numbers the decider wants back in its next observation (its own state), by name
 */
public record ImportPlan(SortedMap<String, ChipImportTerms> terms, double domesticRatio, long subsidyUsd,
        String reason, SortedMap<String, Double> memory) implements Decision<BeijingObservation> {

    public ImportPlan {
        terms = Collections.unmodifiableSortedMap(new TreeMap<>(terms));
        memory = memory == null ? Collections.emptySortedMap() : Collections.unmodifiableSortedMap(new TreeMap<>(memory));
    }

    public ImportPlan(SortedMap<String, ChipImportTerms> terms, double domesticRatio, long subsidyUsd, String reason) {
        this(terms, domesticRatio, subsidyUsd, reason, new TreeMap<>());
    }

    @Override
    public void check(BeijingObservation observation, Checks checks) {
        terms.forEach((chip, term) -> {
            String field = "terms." + chip;
            if (!observation.h100eByChip().containsKey(chip)) {
                checks.problem(field, "is not a chip of the catalogue " + observation.h100eByChip().keySet());
            } else if (term == null || term.stance() == null) {
                checks.problem(field + ".stance", "is missing");
            } else {
                checks.count(field + ".quotaUnits", term.quotaUnits(), 0, 1_000_000_000_000L);
            }
        });
        checks.number("domesticRatio", domesticRatio, 0, 1);
        checks.count("subsidyUsd", subsidyUsd, 0, 10_000_000_000_000L);
        checks.notNull("reason", reason);
        checks.numbers("memory", memory, memory.keySet(), -1e15, 1e15);
    }
}
