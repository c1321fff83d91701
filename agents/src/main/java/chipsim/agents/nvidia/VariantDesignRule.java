package chipsim.agents.nvidia;

import chipsim.market.Chip;
import chipsim.market.ChipCatalogue;
import chipsim.market.Quarter;
import chipsim.market.rules.ExportStatus;
import chipsim.market.rules.ImportStance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * When Nvidia designs a China variant at run time, and which designs it stops (docs/model.md,
 * "Variant design"). Pure: a function of the observation and two parameters.
 *
 * <p>With L the ban line in force and T = L (1 - margin) the target:
 * <ul>
 * <li>A design in progress is abandoned when the line moved during its lag so that it no longer
 *     fits: its TPP is at or above L (it would launch banned), or under {@code upgradeBelowShare x
 *     T} (a relaxed line has overtaken it). Its cost is sunk; a new design to the line in force
 *     follows by the next rule, in the same quarter, with the full lag and cost again.</li>
 * <li>A new variant is designed when no variant is in design (of the catalogue, or kept above),
 *     none of its legal China-only chips on sale or scheduled reaches {@code upgradeBelowShare x T}
 *     (its China line is far under what the rule allows), a product is banned for China whose TPP is
 *     above T and which stays in production past the launch; the base is the most capable such
 *     product (highest TPP; a tie goes to the lower unit cost, which makes the cheaper variant),
 *     designed to T. It is not designed when it would be worth no more in H100e than a chip of its
 *     own that Beijing discourages or bars now (China's buyers would be told to shun it too), nor
 *     when it would launch in the quarter just before a review (into its likeliest ban): it is
 *     then designed a quarter later.</li>
 * </ul>
 */
final class VariantDesignRule {

    /** The run-time part of a supply decision: bases to design to a TPP, and designs to stop. */
    record Plan(SortedMap<String, Double> designTo, List<String> abandon) {

        static final Plan NONE = new Plan(new TreeMap<>(), List.of());
    }

    private VariantDesignRule() {}

    static Plan plan(NvidiaObservation seen, double margin, double upgradeBelowShare, boolean catalogueDesignStarted) {
        double line = seen.rules().banAboveTpp();
        double target = VariantDesign.targetTpp(line, margin);
        double upgradeBelow = upgradeBelowShare * target;
        List<String> abandon = new ArrayList<>();
        boolean designKept = false;
        for (Chip design : seen.variantDesigns()) {
            if (design.tpp() >= line || design.tpp() < upgradeBelow) {
                abandon.add(design.id());
            } else {
                designKept = true;
            }
        }
        if (designKept || catalogueDesignStarted || !seen.designing().isEmpty() || target <= 0) {
            return new Plan(new TreeMap<>(), abandon);
        }
        boolean chinaLineNearTheRule = Stream.concat(seen.products().stream(), seen.scheduled().stream())
                .anyMatch(c -> c.chinaOnly() && NvidiaBeliefs.legalNow(c, seen) && c.tpp() >= upgradeBelow);
        VariantDesign.Terms terms = seen.designTerms();
        Quarter launch = seen.quarter().plus(Math.max(1, terms.lagQuarters()));
        Chip base = seen.products().stream()
                .filter(c -> !c.chinaOnly() && seen.rules().status(c.id()) == ExportStatus.BANNED && c.tpp() > target)
                .filter(c -> c.discontinuedAfter() == null || !launch.isAfter(c.discontinuedAfter()))
                .max(Comparator.comparingDouble(Chip::tpp)
                        .thenComparing(Comparator.comparingLong(Chip::unitCostUsd).reversed())
                        .thenComparing(Chip::id, Comparator.reverseOrder()))
                .orElse(null);
        if (chinaLineNearTheRule || base == null || launchesBeforeReview(launch, seen)
                || VariantDesign.h100e(base, target, terms) <= shunnedH100e(seen, terms)) {
            return new Plan(new TreeMap<>(), abandon);
        }
        SortedMap<String, Double> designTo = new TreeMap<>();
        designTo.put(base.id(), target);
        return new Plan(designTo, abandon);
    }

    /** True when a chip first on sale in {@code launch} would launch in the quarter just before a review. */
    static boolean launchesBeforeReview(Quarter launch, NvidiaObservation seen) {
        return launch.next().quarterOfYear() == seen.rules().reviewQuarterOfYear();
    }

    /** The most effective of its chips Beijing discourages or bars now (0 when none). */
    private static double shunnedH100e(NvidiaObservation seen, VariantDesign.Terms terms) {
        double most = 0;
        for (Chip chip : Stream.concat(seen.products().stream(), seen.sellable().stream()).toList()) {
            ImportStance stance = seen.imports().stance(chip.id());
            if (stance == ImportStance.DISCOURAGED || stance == ImportStance.BARRED) {
                most = Math.max(most, ChipCatalogue.h100e(chip, terms.flopsWeight()));
            }
        }
        return most;
    }
}
