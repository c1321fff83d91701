package chipsim.runner.analysis.compare;

import chipsim.runner.engine.SampleSummary;

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
        java.util.List<double[]> pairs = new java.util.ArrayList<>();
        for (int i = 0; i < a.length; i++) {
            if (!Double.isNaN(a[i]) && !Double.isNaN(b[i])) {
                pairs.add(new double[] {a[i], b[i], b[i] - a[i]});
            }
        }
        // The one summary every many-run command prints (exact mean, Student's t from commons-math).
        SampleSummary meanA = SampleSummary.of(pairs.stream().mapToDouble(p -> p[0]).toArray());
        SampleSummary meanB = SampleSummary.of(pairs.stream().mapToDouble(p -> p[1]).toArray());
        SampleSummary difference = SampleSummary.of(pairs.stream().mapToDouble(p -> p[2]).toArray());
        return new PairedDifference(difference.n(), meanA.mean(), meanB.mean(), difference.mean(), difference.sd(),
                difference.low(), difference.high());
    }

    /** The interval lies wholly on one side of zero (or, for identical pairs, the difference is not zero). */
    public boolean differs() {
        if (Double.isNaN(low)) {
            return !Double.isNaN(mean) && mean != 0;
        }
        return low > 0 || high < 0;
    }
}
