package chipsim.agents.washington;

import chipsim.market.Chip;
import chipsim.market.rules.ExportRules;
import chipsim.market.rules.ExportStatus;
import java.util.List;

/**
 * How open a set of export rules leaves China's access to US chips, one number in [0, 1]: the
 * best US chip China may still buy legally (open or licensed), on a log scale of TPP against
 * the best US chip on sale,
 *
 * <pre>  x = ln(1 + TPP_best_allowed / 1000) / ln(1 + TPP_best / 1000)   (0 when every chip is banned)</pre>
 *
 * over the US chips in production (a compliant variant not yet designed counts: its vendor designs
 * it when it can be sold). The log scale
 * because the step from nothing to an H20 matters as much to China's buyers as the one from an
 * H20 to an H200.
 */
final class Openness {

    private Openness() {}

    static double of(ExportRules rules, List<Chip> usChips, chipsim.market.Quarter quarter) {
        double best = 0;
        double bestAllowed = 0;
        for (Chip chip : usChips) {
            if (!chip.inProduction(quarter)) {
                continue;
            }
            best = Math.max(best, chip.tpp());
            if (rules.status(chip.id()) != ExportStatus.BANNED) {
                bestAllowed = Math.max(bestAllowed, chip.tpp());
            }
        }
        return best <= 0 ? 0 : Math.log1p(bestAllowed / 1000) / Math.log1p(best / 1000);
    }
}
