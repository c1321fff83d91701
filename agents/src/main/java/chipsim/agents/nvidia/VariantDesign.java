package chipsim.agents.nvidia;

import chipsim.market.Chip;
import chipsim.market.ChipCatalogue;
import chipsim.market.Quarter;
import java.util.Locale;
import java.util.Set;

/**
 * A compliant variant designed to the threshold in force (docs/model.md, "Variant design"): the
 * base chip's dense FLOPs scaled so that its TPP sits a margin under the ban line
 * ({@code TPP = line x (1 - margin)}), memory and bandwidth a set share of the base's (the model's
 * rules test TPP only: nothing in them limits the memory of a chip), unit cost and list price from
 * the base's by the rules of {@link #derive}. Pure.
 */
public final class VariantDesign {

    /**
     * What a design takes and how a variant's figures follow from its base's (Nvidia's setup).
     *
     * @param lagQuarters  quarters from the decision to design to the first quarter on sale (at least 1)
     * @param costUsd      cost of one design, USD, charged when it starts
     * @param memoryShare  share of the base's memory and bandwidth the variant keeps (0..1)
     * @param costScaling  share of the base's unit cost that scales with the performance kept (0..1)
     * @param flopsWeight  the scenario's FLOPs weight of effective compute (to price per H100e)
     */
    public record Terms(int lagQuarters, long costUsd, double memoryShare, double costScaling, double flopsWeight) {

        public static final Terms NONE = new Terms(1, 0, 1.0, 0.5, 0.6);
    }

    private VariantDesign() {}

    /** The TPP a variant is designed to under a ban line. */
    static double targetTpp(double banLineTpp, double margin) {
        return banLineTpp * (1.0 - margin);
    }

    /** Dense BF16 TFLOPS of the base chip cut to the target TPP (never more than the base has). */
    static double tflops(Chip base, double banLineTpp, double margin) {
        return base.tflopsBf16() * performanceKept(base, targetTpp(banLineTpp, margin));
    }

    /** The variant's TPP: the base's TPP scaled with its FLOPs. */
    static double tpp(Chip base, double banLineTpp, double margin) {
        return Math.min(base.tpp(), targetTpp(banLineTpp, margin));
    }

    /** s = min(1, target / base TPP): the share of the base's performance the variant keeps. */
    static double performanceKept(Chip base, double targetTpp) {
        return base.tpp() <= 0 ? 1.0 : Math.min(1.0, targetTpp / base.tpp());
    }

    /**
     * The variant of {@code base} designed to {@code targetTpp}, on sale from {@code firstOnSale}.
     * With s the performance kept, m the memory share and w the cost scaling:
     * TFLOPS and TPP are the base's x s; memory and bandwidth the base's x m; interconnect and
     * units per wafer the base's (the same package); unit cost {@code base cost x (1 - w + w s)}
     * (the package and memory stay, the compute silicon is cut); list price the base's price per
     * H100e times the variant's H100e (buyers compare chips by H100e per dollar); China-only;
     * leaves production with its base.
     */
    public static Chip derive(Chip base, double targetTpp, String id, Quarter firstOnSale, Terms terms) {
        double kept = performanceKept(base, targetTpp);
        double tpp = Math.min(base.tpp(), targetTpp);
        Chip shape = new Chip(id, base.vendor(), base.origin(), base.tflopsBf16() * kept,
                base.memoryGb() * terms.memoryShare(), base.bandwidthTbs() * terms.memoryShare(),
                base.interconnectGbs(), tpp, 0, 0, base.unitsPerWafer(), true, firstOnSale,
                base.discontinuedAfter(), base.id(), terms.lagQuarters());
        long unitCost = Math.round(base.unitCostUsd() * (1.0 - terms.costScaling() + terms.costScaling() * kept));
        double baseH100e = ChipCatalogue.h100e(base, terms.flopsWeight());
        double valueShare = baseH100e > 0 ? ChipCatalogue.h100e(shape, terms.flopsWeight()) / baseH100e : kept;
        long listPrice = Math.round(base.listPriceUsd() * valueShare);
        return new Chip(id, shape.vendor(), shape.origin(), shape.tflopsBf16(), shape.memoryGb(), shape.bandwidthTbs(),
                shape.interconnectGbs(), tpp, unitCost, listPrice, shape.unitsPerWafer(), true, firstOnSale,
                shape.discontinuedAfter(), shape.variantOf(), shape.designLagQuarters());
    }

    /** Effective compute (H100e) of the variant {@link #derive} would make. */
    static double h100e(Chip base, double targetTpp, Terms terms) {
        return ChipCatalogue.h100e(derive(base, targetTpp, "?", null, terms), terms.flopsWeight());
    }

    /**
     * The id of a new variant: the base's leading letters and its TPP in thousands, rounded
     * (B200 designed to TPP 19,950 is "B20"; to TPP 2,250, "B2"), with a letter A, B, ... added
     * when that id is taken (a chip of the catalogue, or an earlier design of the run).
     */
    public static String name(String baseId, double tpp, Set<String> taken) {
        int letters = 0;
        while (letters < baseId.length() && Character.isLetter(baseId.charAt(letters))) {
            letters++;
        }
        String stem = (letters == 0 ? baseId : baseId.substring(0, letters))
                + String.format(Locale.ROOT, "%d", Math.max(1, Math.round(tpp / 1000.0)));
        if (!taken.contains(stem)) {
            return stem;
        }
        for (int n = 0; ; n++) {
            String candidate = stem + suffix(n);
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    /** A, B, ..., Z, AA, AB, ... */
    private static String suffix(int n) {
        String letter = String.valueOf((char) ('A' + n % 26));
        return n < 26 ? letter : suffix(n / 26 - 1) + letter;
    }
}
