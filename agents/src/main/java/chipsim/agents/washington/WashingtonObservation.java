package chipsim.agents.washington;

import chipsim.market.Chip;
import chipsim.market.Quarter;
import chipsim.market.report.PublicState;
import chipsim.market.rules.ExportRules;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What Washington sees when it sets the rules.
 *
 * @param quarter          the quarter being opened
 * @param isReviewQuarter  this is the annual review quarter (rules.reviewQuarterOfYear)
 * @param current          the rules in force until now
 * @param last             last quarter's public state
 * @param usChips          the US chips of the catalogue, in catalogue order
 * @param memory           what its last export-rules decision asked to keep (empty at first)
 * @param choiceDraw       a uniform draw in [0, 1) from its stream (seed, agent, quarter, "policy-choice"),
 *                         for a decider whose choice is noisy; the same in two runs with one seed
 */
public record WashingtonObservation(Quarter quarter, boolean isReviewQuarter, ExportRules current, PublicState last,
        List<Chip> usChips, SortedMap<String, Double> memory, double choiceDraw) {

    public WashingtonObservation {
        usChips = List.copyOf(usChips);
        memory = memory == null ? Collections.emptySortedMap() : Collections.unmodifiableSortedMap(new TreeMap<>(memory));
    }

    /** An observation with no memory and a draw of 0: a policy's first quarter, or a test. */
    public WashingtonObservation(Quarter quarter, boolean isReviewQuarter, ExportRules current, PublicState last,
            List<Chip> usChips) {
        this(quarter, isReviewQuarter, current, last, usChips, new TreeMap<>(), 0.0);
    }

    /** China's installed compute as a share of the US's. */
    public double chinaToUsComputeRatio() {
        return last.usComputeH100e() <= 0 ? 0 : last.chinaComputeH100e() / last.usComputeH100e();
    }
}
