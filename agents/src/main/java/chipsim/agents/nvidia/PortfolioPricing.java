package chipsim.agents.nvidia;

import chipsim.market.report.ChipBook;
import java.util.List;

/**
 * Nvidia's asks outside China priced as one portfolio (docs/model.md, "Nvidia prices its
 * portfolio"). Its chips are close substitutes to buyers who choose by price per unit of
 * compute, so a chip priced alone against its own bids sees a demand elasticity of the buyers'
 * choice (about their logit exponent), not of their spending: a chip's price cut moves the
 * whole budget onto it and starves the others, and the next quarter's forecasts and asks swing
 * back (a cobweb across chips). Instead the price level is set from the spending it expects and
 * the stock it offers, and each chip's price relative to the others moves only with its own
 * excess demand:
 *
 * <pre>
 *   r_i   = a_i (1 + s x_i)                      relative move, x_i the chip's excess demand in [-1, 1]
 *   V*    = (1 - k) sum a_i u_i + k B            the value of the stock on offer moves a share k toward B
 *   ask_i = max(floor_i, min(cap_i, r_i V* / sum r_j u_j))
 * </pre>
 *
 * with a_i the current ask, u_i the units on offer outside China, B the spending on its chips
 * it expects this quarter (from last quarter's books, {@link #spending}), s the relative step
 * and k the speed. With budget-bound buyers (spending fixed, units = spending / price) the
 * level V* = B clears the stock in one step; k below 1 keeps a wrong guess of B from
 * overshooting.
 */
final class PortfolioPricing {

    private PortfolioPricing() {}

    /** One chip on offer outside China. */
    record Line(long askUsd, long units, ChipBook lastBook, long floorUsd) {}

    /**
     * What buyers outside China spent on a chip last quarter, or would have at the price that
     * cleared its units: units filled there at the average price, or, where the chip sold out
     * and bids outran it, the units offered at the clearing price (budgets counted), which is
     * the budget the buyers put on it.
     */
    static double spending(ChipBook book) {
        long offered = book.offeredUnits() - book.offeredChinaUnits();
        long filled = book.filledUnits() - book.filledChinaUnits();
        if (offered <= 0 || filled <= 0) {
            return 0;
        }
        boolean soldOut = filled >= DemandForecast.SOLD_OUT * offered;
        if (soldOut && book.clearingPriceUsd() > book.averagePriceUsd()) {
            return (double) offered * book.clearingPriceUsd();
        }
        return (double) filled * book.averagePriceUsd();
    }

    /**
     * The asks, in the order of {@code lines}.
     *
     * @param expectedSpendingUsd B, the spending on these chips it expects this quarter
     * @param speed               k, share of the way to the value B the stock's value moves (0..1)
     * @param relativeStep        s, relative price change at full excess demand or full unsold stock
     */
    static long[] asks(List<Line> lines, double expectedSpendingUsd, double speed, double relativeStep) {
        long[] asks = new long[lines.size()];
        double currentValue = 0;
        double relativeValue = 0;
        double[] relative = new double[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            relative[i] = line.askUsd() * (1.0 + relativeStep * chipsim.agents.PriceAdjustment.excessDemand(line.lastBook()));
            currentValue += (double) line.askUsd() * line.units();
            relativeValue += relative[i] * line.units();
        }
        double target = expectedSpendingUsd > 0 ? (1 - speed) * currentValue + speed * expectedSpendingUsd : currentValue;
        double scale = relativeValue > 0 ? target / relativeValue : 1.0;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            double ask = relative[i] * scale;
            // Above the highest bid it saw (and the current ask), by what it saw, nobody buys.
            long top = line.lastBook().topBidUsd();
            if (top > 0) {
                ask = Math.min(ask, Math.max(line.askUsd(), top));
            }
            asks[i] = Math.max(line.floorUsd(), Math.round(ask));
        }
        return asks;
    }
}
