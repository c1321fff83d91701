package chipsim.agents.hyperscaler;

import chipsim.market.rules.ImportStance;

/**
 * One chip a buyer could bid for this quarter, as it sees it.
 *
 * @param h100e          effective compute per unit
 * @param expectedPriceUsd what it expects to pay per unit (last quarter's price; grey adds a premium)
 * @param stance         Beijing's stance on it (ALLOWED for domestic chips and buyers outside China)
 * @param banBelief      the buyer's belief that this route closes next quarter (0..1): what front-loading reacts to
 * @param domestic       a Chinese chip, counting toward Beijing's domestic ratio
 * @param fillChance     share of a bid on this route that it expects to be filled (0..1], from last
 *                       quarter's book: what makes a buyer stop bidding for chips nobody supplies
 */
public record ChipOption(String chipId, double h100e, long expectedPriceUsd, Route route, ImportStance stance,
        double banBelief, boolean domestic, double fillChance) {

    public double computePerDollar() {
        return expectedPriceUsd <= 0 ? 0 : h100e / expectedPriceUsd;
    }
}
