package chipsim.agents.washington;

import chipsim.market.Chip;
import chipsim.market.Quarter;
import chipsim.market.report.PublicState;
import chipsim.market.rules.ExportRules;
import java.util.List;

/**
 * What Washington sees when it sets the rules.
 *
 * @param quarter          the quarter being opened
 * @param isReviewQuarter  this is the annual review quarter (rules.reviewQuarterOfYear)
 * @param current          the rules in force until now
 * @param last             last quarter's public state
 * @param usChips          the US chips of the catalogue, in catalogue order
 */
public record WashingtonObservation(Quarter quarter, boolean isReviewQuarter, ExportRules current, PublicState last,
        List<Chip> usChips) {

    public WashingtonObservation {
        usChips = List.copyOf(usChips);
    }

    /** China's installed compute as a share of the US's. */
    public double chinaToUsComputeRatio() {
        return last.usComputeH100e() <= 0 ? 0 : last.chinaComputeH100e() / last.usComputeH100e();
    }
}
