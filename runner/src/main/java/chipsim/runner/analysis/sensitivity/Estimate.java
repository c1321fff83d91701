package chipsim.runner.analysis.sensitivity;

/**
 * One sensitivity index of one parameter (or pair) for one output, with its bootstrap 95% interval.
 *
 * @param index      mu, mu_star or sigma (Morris); S1, ST or S2 (Sobol)
 * @param parameter  the parameter's position in the design
 * @param other      the pair's second parameter for S2, else -1
 * @param value      the estimate; NaN when the output does not vary at all
 * @param low        2.5th percentile of the bootstrap estimates
 * @param high       97.5th percentile
 * @param cannotTellFromZero the interval reaches zero (or, for mu_star and sigma, the level that
 *                   replication noise alone would give), so the data cannot say the index is not zero
 * @param n          base samples (Sobol) or trajectories (Morris) it was estimated from
 */
public record Estimate(String index, int parameter, int other, double value, double low, double high,
        boolean cannotTellFromZero, int n) {

    public static final String MU = "mu";
    public static final String MU_STAR = "mu_star";
    public static final String SIGMA = "sigma";
    public static final String S1 = "S1";
    public static final String ST = "ST";
    public static final String S2 = "S2";

    /** For a signed index: the interval covers 0 (or there is no estimate). */
    static Estimate signed(String index, int parameter, int other, double value, double[] interval, int n) {
        boolean zero = Double.isNaN(value) || Double.isNaN(interval[0]) || (interval[0] <= 0 && interval[1] >= 0);
        return new Estimate(index, parameter, other, value, interval[0], interval[1], zero, n);
    }

    /** For an index that is never negative: the interval's low end is at or below {@code floor}. */
    static Estimate magnitude(String index, int parameter, double value, double[] interval, double floor, int n) {
        boolean zero = Double.isNaN(value) || Double.isNaN(interval[0]) || interval[0] <= floor;
        return new Estimate(index, parameter, -1, value, interval[0], interval[1], zero, n);
    }
}
