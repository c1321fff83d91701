package chipsim.agents.nvidia;

import chipsim.market.Chip;

/**
 * A compliant variant designed to the threshold in force: the base chip's dense FLOPs scaled so
 * that its TPP sits a margin under the line ({@code TPP = line x (1 - margin)}), memory and
 * bandwidth kept (the rules in the model test TPP only). Pure.
 */
final class VariantDesign {

    private VariantDesign() {}

    /** The TPP a variant is designed to under a ban line. */
    static double targetTpp(double banLineTpp, double margin) {
        return banLineTpp * (1.0 - margin);
    }

    /** Dense BF16 TFLOPS of the base chip cut to the target TPP (never more than the base has). */
    static double tflops(Chip base, double banLineTpp, double margin) {
        if (base.tpp() <= 0) {
            return base.tflopsBf16();
        }
        return base.tflopsBf16() * Math.min(1.0, targetTpp(banLineTpp, margin) / base.tpp());
    }

    /** The variant's TPP: the base's TPP scaled with its FLOPs. */
    static double tpp(Chip base, double banLineTpp, double margin) {
        return Math.min(base.tpp(), targetTpp(banLineTpp, margin));
    }
}
