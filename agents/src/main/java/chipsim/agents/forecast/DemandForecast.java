package chipsim.agents.forecast;

/**
 * A seller's forecast of next quarter's demand: exponential smoothing of the level with a damped
 * growth rate (Holt's linear method in growth form). A policy holds no state, so the forecast
 * travels in its decision and comes back in the next observation; {@link #NONE} means no
 * observation yet.
 *
 * <pre>
 *   level'  = level (1 + growth) + alpha (observed - level (1 + growth))
 *   growth' = phi (growth + beta (level'/level - 1 - growth))
 *   next    = level' (1 + growth')
 * </pre>
 * with the growth clamped to [-0.5, 1] a quarter so one odd quarter cannot run away with it.
 *
 * @param level  smoothed demand, units of whatever the caller counts (chips or H100e) per quarter
 * @param growth smoothed quarterly growth of demand, share per quarter
 */
public record DemandForecast(double level, double growth) {

    public static final DemandForecast NONE = new DemandForecast(0, 0);

    public DemandForecast {
        if (!Double.isFinite(level) || level < 0) {
            level = 0;
        }
        if (!Double.isFinite(growth)) {
            growth = 0;
        }
        growth = Math.max(-0.5, Math.min(1.0, growth));
    }

    /** True before the first observation. */
    public boolean empty() {
        return level <= 0;
    }

    /** Next quarter's expected demand. */
    public double next() {
        return level * (1.0 + growth);
    }

    /**
     * The forecast after seeing this quarter's demand.
     *
     * @param alpha weight of the new observation in the level, 0..1
     * @param beta  weight of the new observation in the growth rate, 0..1
     * @param phi   damping of the growth rate per quarter, 0..1 (1 = none)
     */
    public DemandForecast update(double observed, double alpha, double beta, double phi) {
        double seen = Math.max(0, observed);
        if (empty()) {
            return new DemandForecast(seen, 0);
        }
        double expected = next();
        double newLevel = expected + alpha * (seen - expected);
        double newGrowth = phi * (growth + beta * (newLevel / level - 1.0 - growth));
        return new DemandForecast(newLevel, newGrowth);
    }
}
