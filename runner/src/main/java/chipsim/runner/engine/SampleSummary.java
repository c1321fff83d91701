package chipsim.runner.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The one summary of a sample of runs every many-run command reports (a sweep's point, a game's
 * cell): its mean, sample standard deviation and the 95% confidence interval of the mean from
 * Student's t (commons-math's distribution, no hand-kept table).
 *
 * @param n    how many values
 * @param mean NaN for none
 * @param sd   NaN below two values
 * @param low  the interval's low end; NaN below two values
 * @param high the interval's high end; NaN below two values
 */
public record SampleSummary(int n, double mean, double sd, double low, double high) {

    /** The two-sided level of every interval chipsim prints. */
    public static final double LEVEL = 0.95;

    public boolean hasInterval() {
        return n >= 2;
    }

    public static SampleSummary of(double[] values) {
        int n = values.length;
        if (n == 0) {
            return new SampleSummary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        // An exact sum, rounded once: n equal values have exactly that mean and a zero sd, and the
        // mean does not depend on the order the values arrive in.
        BigDecimal sum = BigDecimal.ZERO;
        for (double v : values) {
            sum = sum.add(new BigDecimal(v));
        }
        double mean = sum.divide(BigDecimal.valueOf(n), MathContext.DECIMAL128).doubleValue();
        if (n == 1) {
            return new SampleSummary(1, mean, Double.NaN, Double.NaN, Double.NaN);
        }
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(squares / (n - 1));
        double half = tQuantile(n - 1) * sd / Math.sqrt(n);
        return new SampleSummary(n, mean, sd, mean - half, mean + half);
    }

    /** The upper (1 + LEVEL) / 2 quantile of Student's t with {@code degreesOfFreedom}. */
    public static double tQuantile(int degreesOfFreedom) {
        return new TDistribution(null, degreesOfFreedom).inverseCumulativeProbability((1 + LEVEL) / 2);
    }
}
