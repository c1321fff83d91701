package chipsim.agents.nvidia;

/**
 * Nvidia's demand forecast for one chip in one region (China, or the rest of the world): Holt's
 * exponential smoothing with a multiplicative trend, fed with bids corrected for over-ordering.
 * Pure functions; the state (level, growth, the fill buyers expect) lives in the policy's memory.
 */
final class DemandForecast {

    /** Growth per quarter is kept within these bounds, so one odd quarter cannot run away with the trend. */
    static final double MIN_GROWTH = 0.7;
    static final double MAX_GROWTH = 1.3;

    /**
     * The forecast's state.
     *
     * @param levelUnits    demand this quarter, units
     * @param growth        demand next quarter over this quarter (multiplicative trend)
     * @param expectedFill  the share of their bids the buyers expected filled, as Nvidia reads it
     */
    record State(double levelUnits, double growth, double expectedFill) {

        /** Units expected next quarter. */
        double nextQuarterUnits() {
            return levelUnits * growth;
        }
    }

    private DemandForecast() {}

    /** A region counts as sold out when fills reach this share of the units offered there. */
    static final double SOLD_OUT = 0.98;

    /**
     * What buyers wanted last quarter in a region. Where units went unsold, demand at the going
     * price was what was bought, however much was bid (bids beyond a buyer's budget are not
     * demand). Where the region sold out, or nothing legal was offered, buyers who expect a share
     * f of a bid filled bid wanted/f (over-ordering), so wanted = bid x f, with f the fill they
     * expected when they bid, floored at {@code minFill}; and at least what they got. A sold-out
     * region's demand is trusted to at most {@code 1 + maxExcess} times its fills: bids say what
     * buyers want at the price, not what their budgets let them pay for.
     */
    static double wantedUnits(long offeredUnits, long bidUnits, long filledUnits, double expectedFill, double minFill,
            double maxExcess) {
        if (offeredUnits > 0 && filledUnits < SOLD_OUT * offeredUnits) {
            return filledUnits;
        }
        double wanted = Math.max(filledUnits, bidUnits * Math.max(minFill, Math.min(1.0, expectedFill)));
        return filledUnits > 0 ? Math.min(wanted, filledUnits * (1.0 + maxExcess)) : wanted;
    }

    /**
     * One quarter of learning: the buyers' expected fill moves halfway to last quarter's fill rate
     * (as buyers learn theirs); the level and trend follow Holt's rule,
     * {@code L' = a D + (1 - a) L g}, {@code g' = b L'/L + (1 - b) g}, g' within its bounds.
     *
     * @param previous  the state a quarter ago, or null for a chip with no forecast yet
     * @param offeredUnits last quarter's units offered legally in the region
     * @param bidUnits     last quarter's bids in the region
     * @param filledUnits  last quarter's fills in the region
     */
    static State update(State previous, long offeredUnits, long bidUnits, long filledUnits, double levelSmoothing,
            double trendSmoothing, double minFill, double maxExcess) {
        double fillBefore = previous == null ? 1.0 : previous.expectedFill();
        double wanted = wantedUnits(offeredUnits, bidUnits, filledUnits, fillBefore, minFill, maxExcess);
        double fill = bidUnits > 0 ? 0.5 * fillBefore + 0.5 * ((double) filledUnits / bidUnits) : fillBefore;
        if (previous == null) {
            return new State(wanted, 1.0, fill);
        }
        double level = levelSmoothing * wanted + (1 - levelSmoothing) * previous.levelUnits() * previous.growth();
        double growth = previous.growth();
        if (previous.levelUnits() > 0 && level > 0) {
            growth = trendSmoothing * (level / previous.levelUnits()) + (1 - trendSmoothing) * previous.growth();
        }
        return new State(level, Math.max(MIN_GROWTH, Math.min(MAX_GROWTH, growth)), fill);
    }
}
