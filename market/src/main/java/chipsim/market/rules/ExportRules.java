package chipsim.market.rules;

import chipsim.market.Chip;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Washington's export rules for China in force this quarter, published to every agent.
 *
 * <p>Chips are classified by their TPP against two lines: at or above {@code banAboveTpp} a chip
 * is banned; at or above {@code licenceAboveTpp} (and below the ban line) it needs a licence;
 * below both it is open. Per-chip overrides (from scripted events or a policy) win over the lines.
 *
 * @param licenceAboveTpp      TPP from which a licence is needed
 * @param banAboveTpp          TPP from which exports are banned
 * @param revenueShare         share of licensed China revenue paid to Washington (0..1)
 * @param chinaCapRatio        licensed China units per quarter, as a share of the seller's units
 *                             shipped to the rest of the world last quarter; 0 means no cap
 * @param enforcement          enforcement intensity against smuggling (0..1): scales the chance a
 *                             grey-market unit is seized
 * @param reviewQuarterOfYear  the quarter of the year in which Washington reviews its rules (4 = October)
 * @param overrides            per-chip status that wins over the TPP lines
 * @param shareOverrides       per-chip revenue share that wins over {@code revenueShare}
 * @param statusByChip         the resolved status of every US chip in the catalogue
 */
public record ExportRules(
        double licenceAboveTpp,
        double banAboveTpp,
        double revenueShare,
        double chinaCapRatio,
        double enforcement,
        int reviewQuarterOfYear,
        SortedMap<String, ExportStatus> overrides,
        SortedMap<String, Double> shareOverrides,
        SortedMap<String, ExportStatus> statusByChip) {

    public ExportRules {
        overrides = chipsim.market.FrozenSortedMap.copyOf(overrides);
        shareOverrides = chipsim.market.FrozenSortedMap.copyOf(shareOverrides);
        statusByChip = chipsim.market.FrozenSortedMap.copyOf(statusByChip);
    }

    /** Classifies every US chip of the catalogue by the lines and the overrides. */
    public static ExportRules classify(Iterable<Chip> chips, double licenceAboveTpp, double banAboveTpp,
            double revenueShare, double chinaCapRatio, double enforcement, int reviewQuarterOfYear,
            Map<String, ExportStatus> overrides, Map<String, Double> shareOverrides) {
        SortedMap<String, ExportStatus> status = new TreeMap<>();
        for (Chip chip : chips) {
            if (!chip.isUsOrigin()) {
                continue;
            }
            ExportStatus byLine = chip.tpp() >= banAboveTpp ? ExportStatus.BANNED
                    : chip.tpp() >= licenceAboveTpp ? ExportStatus.LICENSED
                    : ExportStatus.OPEN;
            status.put(chip.id(), overrides.getOrDefault(chip.id(), byLine));
        }
        return new ExportRules(licenceAboveTpp, banAboveTpp, revenueShare, chinaCapRatio, enforcement,
                reviewQuarterOfYear, new TreeMap<>(overrides), new TreeMap<>(shareOverrides), status);
    }

    /** The revenue share Washington takes on licensed sales of this chip. */
    public double revenueShare(String chipId) {
        return shareOverrides.getOrDefault(chipId, revenueShare);
    }

    /** Status of a chip for China; chips not under US control (non-US origin) are open. */
    public ExportStatus status(String chipId) {
        return statusByChip.getOrDefault(chipId, ExportStatus.OPEN);
    }

    /** Number of chips whose status is stricter here than in {@code before}: a tightening signal. */
    public int tighteningsSince(ExportRules before) {
        int count = 0;
        for (Map.Entry<String, ExportStatus> entry : statusByChip.entrySet()) {
            ExportStatus old = before.status(entry.getKey());
            if (entry.getValue().ordinal() > old.ordinal()) {
                count++;
            }
        }
        return count;
    }
}
