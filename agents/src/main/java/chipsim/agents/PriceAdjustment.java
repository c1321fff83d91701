package chipsim.agents;

import chipsim.market.report.ChipBook;

/**
 * The tatonnement step the sellers' market-clearing pricing shares: raise the ask when last
 * quarter's bids outran the units offered, lower it when units went unsold.
 */
public final class PriceAdjustment {

    private PriceAdjustment() {}

    /**
     * Excess demand of last quarter's book, in [-1, 1]: (bids at or above the ask - offered) /
     * offered, clamped; 0 when nothing was offered (no evidence either way). Bids below the ask
     * are not demand at the going price, so they do not push it up.
     */
    public static double excessDemand(ChipBook book) {
        if (book.offeredUnits() <= 0) {
            return 0.0;
        }
        double excess = (double) (book.bidUnitsAtAsk() - book.offeredUnits()) / book.offeredUnits();
        return Math.max(-1.0, Math.min(1.0, excess));
    }

    /**
     * Next ask: {@code price * (1 + step * excess)}, never below {@code floorUsd}.
     *
     * @param step fraction the price moves at full excess demand (0.15 = up to 15% a quarter)
     */
    public static long nextPrice(long priceUsd, ChipBook book, double step, long floorUsd) {
        double next = priceUsd * (1.0 + step * excessDemand(book));
        return Math.max(floorUsd, Math.round(next));
    }
}
