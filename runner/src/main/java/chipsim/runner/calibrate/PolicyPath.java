package chipsim.runner.calibrate;

import chipsim.market.rules.ExportRules;
import chipsim.market.rules.ExportStatus;
import chipsim.market.rules.ImportPolicy;
import chipsim.market.rules.ImportStance;
import chipsim.runner.sim.QuarterRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The policy path of a run: every change of a chip's status in Washington's rules and of its stance
 * in Beijing's import policy, quarter by quarter, and the capitals' own reasons in the quarters they
 * changed something. Two runs with the same path made the same policy choices; the first step where
 * two paths part is where a change of a parameter flipped a decision (docs/calibration.md,
 * "Which parameters flip the policy path").
 *
 * <p>A step reads {@code 2025Q1 US:H20 banned} or {@code 2026Q1 CN:H200 quota}; US steps are
 * Washington's status (banned, licensed with its share, open), CN steps Beijing's stance on a chip
 * the US does not ban that quarter (its quota sizes are left out: they follow the order book every
 * quarter). A chip designed during the run enters the path in the quarter Washington first rules on
 * it. The starting rules are not steps.
 */
public final class PolicyPath {

    /** Steps are joined by this in draws.csv's policy_path. */
    public static final String STEP_SEPARATOR = "; ";
    /** Reasons are joined by this in draws.csv's policy_reasons. */
    public static final String REASON_SEPARATOR = " | ";

    private static final List<String> CAPITALS = List.of("washington: ", "beijing: ");

    private PolicyPath() {}

    /** The steps of a run, in quarter order (US steps before CN steps, chips by id, within a quarter). */
    public static List<String> steps(List<QuarterRecord> quarters) {
        List<String> steps = new ArrayList<>();
        for (int i = 1; i < quarters.size(); i++) {
            QuarterRecord before = quarters.get(i - 1);
            QuarterRecord now = quarters.get(i);
            String quarter = now.quarter().toString();
            ExportRules rules = now.exportRules();
            for (Map.Entry<String, ExportStatus> chip : rules.statusByChip().entrySet()) {
                String id = chip.getKey();
                boolean known = before.exportRules().statusByChip().containsKey(id);
                String was = known ? usStatus(before.exportRules(), id) : null;
                String is = usStatus(rules, id);
                if (!is.equals(was)) {
                    steps.add(quarter + " US:" + id + " " + is);
                }
            }
            TreeSet<String> chips = new TreeSet<>(now.importPolicy().byChip().keySet());
            chips.addAll(before.importPolicy().byChip().keySet());
            for (String id : chips) {
                if (rules.status(id) == ExportStatus.BANNED) {
                    continue;
                }
                String was = cnStance(before.importPolicy(), id);
                String is = cnStance(now.importPolicy(), id);
                if (!is.equals(was)) {
                    steps.add(quarter + " CN:" + id + " " + is);
                }
            }
        }
        return steps;
    }

    /**
     * The capitals' own words in the quarters where the path has a step: their events that are not
     * the status lines themselves, e.g. {@code 2025Q1 washington: tightens: China's compute grew 35%}.
     *
     * @param steps the run's {@link #steps}
     */
    public static List<String> reasons(List<QuarterRecord> quarters, List<String> steps) {
        TreeSet<String> changed = new TreeSet<>();
        for (String step : steps) {
            changed.add(quarterOf(step));
        }
        List<String> reasons = new ArrayList<>();
        for (QuarterRecord quarter : quarters) {
            String q = quarter.quarter().toString();
            if (!changed.contains(q)) {
                continue;
            }
            for (String event : quarter.events()) {
                if (CAPITALS.stream().anyMatch(event::startsWith) && !event.contains(" -> ")) {
                    reasons.add(q + " " + event);
                }
            }
        }
        return reasons;
    }

    /** Splits a joined path (draws.csv's cell) back into steps. */
    public static List<String> split(String joined, String separator) {
        return joined.isEmpty() ? List.of() : List.of(joined.split(java.util.regex.Pattern.quote(separator), -1));
    }

    /**
     * The first step where two paths part: the index of the first step that differs (or where one
     * path ends while the other goes on), or -1 when they are the same.
     */
    public static int firstDifference(List<String> a, List<String> b) {
        int common = Math.min(a.size(), b.size());
        for (int i = 0; i < common; i++) {
            if (!a.get(i).equals(b.get(i))) {
                return i;
            }
        }
        return a.size() == b.size() ? -1 : common;
    }

    /** The quarter of a step or a reason: its first word. */
    public static String quarterOf(String stepOrReason) {
        int space = stepOrReason.indexOf(' ');
        return space < 0 ? stepOrReason : stepOrReason.substring(0, space);
    }

    private static String usStatus(ExportRules rules, String chip) {
        ExportStatus status = rules.status(chip);
        String text = status.name().toLowerCase(Locale.ROOT);
        return status == ExportStatus.LICENSED ? text + "(" + Math.round(100 * rules.revenueShare(chip)) + "%)" : text;
    }

    private static String cnStance(ImportPolicy policy, String chip) {
        ImportStance stance = policy.stance(chip);
        return stance.name().toLowerCase(Locale.ROOT);
    }
}
