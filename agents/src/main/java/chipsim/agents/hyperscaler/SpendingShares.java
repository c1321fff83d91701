package chipsim.agents.hyperscaler;

import java.util.List;

/**
 * How a buyer splits its spending across chips: shares from weights, then Beijing's domestic
 * floor. Shared by the buyer policies, so that they meet the floor the same way.
 */
final class SpendingShares {

    private SpendingShares() {}

    /**
     * A chip's worth to a buyer as it counts it: {@code value} marked down for Beijing's discouragement,
     * the grey route's risk and a domestic chip's weaker software, and up for a route about to close.
     */
    static double riskAdjusted(double value, ChipOption option, double discouragedPenalty, double greyRiskDiscount,
            double domesticPenalty, double frontLoad) {
        double adjusted = value;
        if (option.stance() == chipsim.market.rules.ImportStance.DISCOURAGED) {
            adjusted *= 1.0 - discouragedPenalty;
        }
        if (option.route() == Route.GREY) {
            adjusted *= 1.0 - greyRiskDiscount;
        }
        if (option.domestic()) {
            adjusted *= 1.0 - domesticPenalty;
        }
        return adjusted * (1.0 + frontLoad * option.banBelief());
    }

    /**
     * Spending shares from weights (normalised); then, if domestic chips would make up less than
     * {@code domesticFloor} of the units (spending over {@code unitPrices}), domestic spending is
     * scaled up and foreign spending down until they make up exactly that share, total unchanged.
     */
    static double[] withDomesticFloor(double[] weights, List<ChipOption> options, double[] unitPrices,
            double domesticFloor) {
        double[] shares = weights.clone();
        double total = 0;
        for (double share : shares) {
            total += share;
        }
        if (total <= 0) {
            return shares;
        }
        double domesticSpend = 0;
        double domesticUnits = 0;
        double foreignUnits = 0;
        for (int i = 0; i < options.size(); i++) {
            shares[i] /= total;
            double units = shares[i] / unitPrices[i];
            if (options.get(i).domestic()) {
                domesticSpend += shares[i];
                domesticUnits += units;
            } else {
                foreignUnits += units;
            }
        }
        double unitShare = domesticUnits / (domesticUnits + foreignUnits);
        if (domesticUnits <= 0 || unitShare >= domesticFloor) {
            return shares;
        }
        // Scale domestic by a and foreign by b with a*D/(a*D + b*F) = floor and spending unchanged.
        double ratio = domesticFloor >= 1 ? Double.POSITIVE_INFINITY
                : domesticFloor * foreignUnits / ((1 - domesticFloor) * domesticUnits);
        double foreignSpend = 1 - domesticSpend;
        double b = Double.isInfinite(ratio) ? 0 : 1.0 / (ratio * domesticSpend + foreignSpend);
        double a = Double.isInfinite(ratio) ? 1.0 / domesticSpend : ratio * b;
        for (int i = 0; i < options.size(); i++) {
            shares[i] *= options.get(i).domestic() ? a : b;
        }
        return shares;
    }
}
