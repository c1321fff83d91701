package chipsim.agents.beijing;

import chipsim.market.Chip;
import chipsim.market.report.PublicState;
import chipsim.market.rules.ChipImportTerms;
import chipsim.market.rules.ExportRules;
import chipsim.market.rules.ExportStatus;
import java.util.List;
import java.util.Map;

/**
 * How much of the foreign compute Washington lets through Beijing admits, one number in [0, 1]:
 * the average over the foreign chips not banned by the US rules, weighted by each chip's
 * effective compute per unit, of an admission factor per stance,
 *
 * <pre>
 *   allowed 1,  quota min(1, quota / China's bids for it last quarter),  discouraged d,  barred 0
 * </pre>
 *
 * with d {@code discouragedAdmits}. 0 when Washington bans every foreign chip: then nothing
 * Beijing chooses changes what comes in.
 */
final class ImportOpenness {

    private ImportOpenness() {}

    static double of(Map<String, ChipImportTerms> terms, List<Chip> foreignChips, Map<String, Double> h100eByChip,
            ExportRules usRules, PublicState last, double discouragedAdmits) {
        double weight = 0;
        double admitted = 0;
        for (Chip chip : foreignChips) {
            if (usRules.status(chip.id()) == ExportStatus.BANNED) {
                continue;
            }
            double w = h100eByChip.getOrDefault(chip.id(), 1.0);
            ChipImportTerms t = terms.getOrDefault(chip.id(), ChipImportTerms.of(chipsim.market.rules.ImportStance.ALLOWED));
            double factor = switch (t.stance()) {
                case ALLOWED -> 1;
                case QUOTA -> {
                    long bids = last.book(chip.id()).bidChinaUnits();
                    yield bids <= 0 ? 1 : Math.min(1, (double) t.quotaUnits() / bids);
                }
                case DISCOURAGED -> discouragedAdmits;
                case BARRED -> 0;
            };
            weight += w;
            admitted += w * factor;
        }
        return weight <= 0 ? 0 : admitted / weight;
    }
}
