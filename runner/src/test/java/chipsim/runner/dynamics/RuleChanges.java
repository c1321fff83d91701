package chipsim.runner.dynamics;

import chipsim.market.rules.ExportRules;
import chipsim.market.rules.ImportPolicy;
import chipsim.runner.sim.QuarterRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The quarters of a run in which Washington's or Beijing's rules changed, read from the trace:
 * a TPP line, the revenue share (general or per chip), the China cap ratio, enforcement, the
 * review quarter, the status of a chip listed in both quarters; the domestic ratio, the import
 * stance of a chip listed in both quarters. A chip that enters the lists at its launch (with
 * the standing terms) or leaves them at its retirement is not a change of rules, nor is a
 * quota's size moving with the shortfall it is sized to (the stance, quota or not, is the rule).
 */
final class RuleChanges {

    private RuleChanges() {}

    static boolean changed(ExportRules before, ExportRules after) {
        if (before.licenceAboveTpp() != after.licenceAboveTpp() || before.banAboveTpp() != after.banAboveTpp()
                || before.revenueShare() != after.revenueShare() || before.chinaCapRatio() != after.chinaCapRatio()
                || before.enforcement() != after.enforcement()
                || before.reviewQuarterOfYear() != after.reviewQuarterOfYear()
                || !before.shareOverrides().equals(after.shareOverrides())) {
            return true;
        }
        for (String chip : common(before.statusByChip().keySet(), after.statusByChip().keySet())) {
            if (before.statusByChip().get(chip) != after.statusByChip().get(chip)) {
                return true;
            }
        }
        return false;
    }

    static boolean changed(ImportPolicy before, ImportPolicy after) {
        if (before.domesticRatio() != after.domesticRatio()) {
            return true;
        }
        for (String chip : common(before.byChip().keySet(), after.byChip().keySet())) {
            if (!Objects.equals(before.stance(chip), after.stance(chip))) {
                return true;
            }
        }
        return false;
    }

    /** Per quarter of the run, whether its rules differ from the quarter before's (false for the first). */
    static List<Boolean> byQuarter(List<QuarterRecord> quarters) {
        List<Boolean> changes = new ArrayList<>();
        for (int i = 0; i < quarters.size(); i++) {
            if (i == 0) {
                changes.add(false);
                continue;
            }
            QuarterRecord before = quarters.get(i - 1);
            QuarterRecord after = quarters.get(i);
            changes.add(changed(before.exportRules(), after.exportRules())
                    || changed(before.importPolicy(), after.importPolicy()));
        }
        return changes;
    }

    private static Set<String> common(Set<String> a, Set<String> b) {
        Set<String> both = new TreeSet<>(a);
        both.retainAll(b);
        return both;
    }
}
