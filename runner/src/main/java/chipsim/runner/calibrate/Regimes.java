package chipsim.runner.calibrate;

import chipsim.market.Chip;
import chipsim.market.Quarter;
import chipsim.market.rules.ExportStatus;
import chipsim.market.rules.ImportStance;
import chipsim.runner.sim.QuarterRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The policy regime a run ends in: for each US chip on the market in its last quarter, Washington's
 * status (banned, licensed with its revenue share, open) and, when it is not plain approval,
 * Beijing's stance (quota, discouraged, barred). E.g. {@code H20:banned H200:licensed(25%)/quota}.
 */
public final class Regimes {

    private Regimes() {}

    /**
     * @param chips        the scenario's catalogue (chips designed during the run are read from the rules)
     * @param offeredEver  chips some seller offered in some quarter (a variant with no launch date is
     *                     on the market only once designed, or once Washington names it in a rule)
     */
    public static String label(QuarterRecord last, List<Chip> chips, Set<String> offeredEver) {
        Quarter end = last.quarter();
        List<Chip> onMarket = new ArrayList<>();
        for (Chip chip : chips) {
            // A variant with no launch date is on the market once offered, or once Washington ruled on it by name.
            boolean launched = chip.availableFrom() != null ? !chip.availableFrom().isAfter(end)
                    : offeredEver.contains(chip.id()) || last.exportRules().overrides().containsKey(chip.id());
            boolean retired = chip.discontinuedAfter() != null && chip.discontinuedAfter().isBefore(end);
            if (chip.isUsOrigin() && launched && !retired) {
                onMarket.add(chip);
            }
        }
        List<String> ids = new ArrayList<>(onMarket.stream().map(Chip::id).toList());
        // A chip designed during the run is not in the scenario's catalogue; Washington's rules list
        // it (every US chip it knows of), and it is on the market once offered.
        for (String id : last.exportRules().statusByChip().keySet()) {
            if (chips.stream().noneMatch(chip -> chip.id().equals(id)) && offeredEver.contains(id)) {
                ids.add(id);
            }
        }
        ids.sort(Comparator.naturalOrder());
        List<String> parts = new ArrayList<>();
        for (String id : ids) {
            ExportStatus status = last.exportRules().status(id);
            String part = id + ":" + status.name().toLowerCase(Locale.ROOT);
            if (status == ExportStatus.LICENSED) {
                part += "(" + Math.round(100 * last.exportRules().revenueShare(id)) + "%)";
            }
            ImportStance stance = last.importPolicy().stance(id);
            if (stance != ImportStance.ALLOWED && status != ExportStatus.BANNED) {
                part += "/" + stance.name().toLowerCase(Locale.ROOT);
            }
            parts.add(part);
        }
        return parts.isEmpty() ? "no US chip on the market" : String.join(" ", parts);
    }
}
