package chipsim.agents.hyperscaler;

/**
 * A lognormal shock that persists from quarter to quarter: the log of the shock follows a
 * stationary AR(1), {@code z_t = rho z_(t-1) + sqrt(1 - rho^2) e_t}, e_t ~ N(0,1) drawn from
 * the buyer's stream for the quarter, and the shock is {@code exp(sd z_t - sd^2 / 2)}. Its
 * spread in any one quarter is that of an independent draw (z_t ~ N(0,1)); what changes is the
 * step from one quarter to the next, whose spread is {@code sd sqrt(2 (1 - rho))}: a capex plan
 * revised this quarter stays revised for a while, as the firms' guidance does, instead of
 * jumping back. With rho = 0 it is the independent draw of earlier versions, number for number.
 */
final class PersistentShock {

    private PersistentShock() {}

    /** z_t from z_(t-1) (NaN at the first quarter: z_t = e_t, the stationary start). */
    static double nextLog(double previous, double draw, double persistence) {
        if (Double.isNaN(previous)) {
            return draw;
        }
        return persistence * previous + Math.sqrt(1.0 - persistence * persistence) * draw;
    }

    /** The shock's multiple from its standardised log z. */
    static double factor(double z, double sd) {
        return sd <= 0 ? 1.0 : Math.exp(sd * z - sd * sd / 2);
    }
}
