package chipsim.agents.beijing;

import chipsim.market.Chip;
import chipsim.market.Quarter;
import chipsim.market.report.PublicState;
import chipsim.market.rules.ExportRules;
import chipsim.market.rules.ImportPolicy;
import java.util.List;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What Beijing sees when it sets its import policy. It decides at the same time as Washington, so
 * it reacts to the US rules of last quarter, not this quarter's.
 *
 * @param current               its own policy in force until now
 * @param last                  last quarter's public state
 * @param usTighteningsLastQuarter chips Washington made stricter in the last quarter's rules
 * @param foreignChips          foreign (US) chips in production this quarter, whatever Washington's rules
 * @param h100eByChip           effective compute per unit, H100-equivalents, for every chip
 * @param bestDomesticH100e     effective compute of the best domestic chip in production
 * @param domesticCoverage      Huawei's units offered in China over China's bid units, last quarter (0..1)
 * @param memory                what its last import-policy decision asked to keep (empty at first)
 * @param choiceDraw            a uniform draw in [0, 1) from its stream (seed, agent, quarter, "policy-choice"),
 *                              for a decider whose choice is noisy; the same in two runs with one seed
 */
public record BeijingObservation(Quarter quarter, ImportPolicy current, PublicState last,
        int usTighteningsLastQuarter, List<Chip> foreignChips, Map<String, Double> h100eByChip,
        double bestDomesticH100e, double domesticCoverage, SortedMap<String, Double> memory, double choiceDraw) {

    /** An observation with a draw of 0 (tests, deciders without noise). */
    public BeijingObservation(Quarter quarter, ImportPolicy current, PublicState last, int usTighteningsLastQuarter,
            List<Chip> foreignChips, Map<String, Double> h100eByChip, double bestDomesticH100e,
            double domesticCoverage, SortedMap<String, Double> memory) {
        this(quarter, current, last, usTighteningsLastQuarter, foreignChips, h100eByChip, bestDomesticH100e,
                domesticCoverage, memory, 0.0);
    }

    public BeijingObservation {
        foreignChips = List.copyOf(foreignChips);
        h100eByChip = Collections.unmodifiableSortedMap(new TreeMap<>(h100eByChip));
        memory = Collections.unmodifiableSortedMap(new TreeMap<>(memory));
    }

    public ExportRules usRules() {
        return last.exportRules();
    }
}
