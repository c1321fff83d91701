package chipsim.agents.nvidia;

import chipsim.agents.beliefs.BanBeliefs;
import chipsim.market.Chip;
import chipsim.market.rules.ExportRules;
import chipsim.market.rules.ExportStatus;
import chipsim.market.rules.ImportStance;

/**
 * Nvidia's beliefs about next quarter's rule for each of its chips, by the buyers' Bayes rule
 * (BanBeliefs) on what Nvidia sees. For a chip China may buy now: that it is banned next quarter
 * (the review next quarter for its most capable legal chip, the more so the faster China's
 * compute grows; a sibling banned in the latest change). For a chip banned now: that it opens
 * (is licensed) next quarter: the review next quarter for a chip under the licensing ceiling
 * Washington has published, the more so the further US chips' share of China's purchases falls
 * below the dependence Washington wants; a sibling opened in the latest change. A public rumour of
 * a ban (the scenario's {@code rumour:} events, the ones buyers read) is pooled into the ban belief
 * by its source's reliability, as the buyers do; no rumour speaks of openings.
 */
final class NvidiaBeliefs {

    /**
     * @param ban              settings of the ban belief (as the buyers')
     * @param open             settings of the opening belief; its growth line is the shortfall of US
     *                         chips' share of China at which Washington is thought to open
     * @param licenceCeilingTpp the TPP under which Washington has said it licenses case by case
     */
    record Settings(BanBeliefs.Settings ban, BanBeliefs.Settings open, double licenceCeilingTpp) {}

    private NvidiaBeliefs() {}

    static boolean legalNow(Chip chip, NvidiaObservation seen) {
        return seen.rules().status(chip.id()) != ExportStatus.BANNED
                && seen.imports().stance(chip.id()) != ImportStance.BARRED;
    }

    static boolean reviewNext(NvidiaObservation seen) {
        return seen.quarter().next().quarterOfYear() == seen.rules().reviewQuarterOfYear();
    }

    /** The most capable of its products China may buy now: the chip a tightening would cut first. */
    static Chip mostCapableLegal(NvidiaObservation seen) {
        Chip best = null;
        for (Chip chip : seen.products()) {
            if (legalNow(chip, seen) && (best == null || chip.tpp() > best.tpp())) {
                best = chip;
            }
        }
        return best;
    }

    /** The belief that a chip China may buy now is banned or barred next quarter. */
    static double ban(double previous, Chip chip, NvidiaObservation seen, Settings settings) {
        boolean cutFirst = mostCapableLegal(seen) == chip;
        BanBeliefs.Evidence evidence = new BanBeliefs.Evidence(reviewNext(seen) && cutFirst,
                seen.last().chinaComputeGrowthYoY(), changedLately(chip, seen, ExportStatus.BANNED),
                seen.rumours().getOrDefault(chip.id(), BanBeliefs.Evidence.NO_RUMOUR));
        return BanBeliefs.update(previous, evidence, settings.ban());
    }

    /** The belief that a chip banned now is licensed (or opened) next quarter. */
    static double opening(double previous, Chip chip, NvidiaObservation seen, Settings settings) {
        double shortfall = Math.max(0, 1.0 - seen.last().usChipShareOfChina());
        boolean inPath = chip.tpp() < settings.licenceCeilingTpp();
        BanBeliefs.Evidence evidence = new BanBeliefs.Evidence(reviewNext(seen) && inPath, shortfall,
                changedLately(chip, seen, ExportStatus.LICENSED), BanBeliefs.Evidence.NO_RUMOUR);
        return BanBeliefs.update(previous, evidence, settings.open());
    }

    /**
     * Whether another of its chips moved to {@code to} (BANNED: a sibling ban; LICENSED: a sibling
     * licensed out of a ban) between last quarter's rules and this quarter's.
     */
    private static boolean changedLately(Chip chip, NvidiaObservation seen, ExportStatus to) {
        ExportRules before = seen.last().exportRules();
        if (before == null) {
            return false;
        }
        for (Chip other : seen.products()) {
            if (other.id().equals(chip.id()) || !other.vendor().equals(chip.vendor())) {
                continue;
            }
            ExportStatus was = before.status(other.id());
            ExportStatus now = seen.rules().status(other.id());
            boolean moved = to == ExportStatus.BANNED ? now == ExportStatus.BANNED && was != ExportStatus.BANNED
                    : was == ExportStatus.BANNED && now != ExportStatus.BANNED;
            if (moved) {
                return true;
            }
        }
        return false;
    }
}
