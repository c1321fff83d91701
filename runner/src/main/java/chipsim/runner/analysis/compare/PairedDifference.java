package chipsim.runner.analysis.compare;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * The paired difference B - A of one figure over runs that share their seeds (common random
 * numbers): its mean, sample sd and the 95% confidence interval of the mean, mean ± t(0.975,
 * n - 1) sd / sqrt(n). Pairing removes the noise the two runs of a seed share, so the interval
 * is that of the policy's effect, not of the model's randomness.
 *
 * @param meanA mean of A over the seeds
 * @param meanB mean of B
 * @param sd    NaN below two pairs
 * @param low   NaN below two pairs
 */
public record PairedDifference(int n, double meanA, double meanB, double mean, double sd, double low, double high) {

    /** @param a A's value per seed, @param b B's with the same seeds in the same order; NaN pairs are left out */
    public static PairedDifference of(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException(a.length + " values of A for " + b.length + " of B");
        }
        int n = 0;
        double sumA = 0;
        double sumB = 0;
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            if (!Double.isNaN(a[i]) && !Double.isNaN(b[i])) {
                n++;
                sumA += a[i];
                sumB += b[i];
                sum += b[i] - a[i];
            }
        }
        if (n == 0) {
            return new PairedDifference(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double mean = sum / n;
        if (n == 1) {
            return new PairedDifference(1, sumA, sumB, mean, Double.NaN, Double.NaN, Double.NaN);
        }
        double squares = 0;
        for (int i = 0; i < a.length; i++) {
            if (!Double.isNaN(a[i]) && !Double.isNaN(b[i])) {
                double d = b[i] - a[i] - mean;
                squares += d * d;
            }
        }
        double sd = Math.sqrt(squares / (n - 1));
        double half = new TDistribution(null, n - 1).inverseCumulativeProbability(0.975) * sd / Math.sqrt(n);
        return new PairedDifference(n, sumA / n, sumB / n, mean, sd, mean - half, mean + half);
    }

    /** The interval lies wholly on one side of zero (or, for identical pairs, the difference is not zero). */
    public boolean differs() {
        if (Double.isNaN(low)) {
            return !Double.isNaN(mean) && mean != 0;
        }
        return low > 0 || high < 0;
    }
}
