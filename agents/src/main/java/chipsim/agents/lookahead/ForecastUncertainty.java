package chipsim.agents.lookahead;

import java.util.function.ToDoubleFunction;

/**
 * How uncertain a forecast is when it is a function of learned coefficients: the standard
 * deviation of f(theta), theta ~ N(mean, covariance), by the delta method,
 *
 * <pre>
 *   sd f = sqrt(grad' Cov grad),   grad_i = (f(theta + h_i e_i) - f(theta - h_i e_i)) / (2 h_i)
 * </pre>
 *
 * with each step h_i a hundredth of that coefficient's own standard deviation. A look-ahead policy
 * uses it to ask whether a move's forecast gain over keeping its course is larger than what it
 * does not yet know.
 */
public final class ForecastUncertainty {

    private ForecastUncertainty() {}

    /** The delta-method standard deviation of f at the mean; 0 when the coefficients are known exactly. */
    public static double sd(ToDoubleFunction<double[]> f, double[] mean, double[][] covariance) {
        int k = mean.length;
        double[] gradient = new double[k];
        for (int i = 0; i < k; i++) {
            double step = 0.01 * Math.sqrt(Math.max(0, covariance[i][i]));
            if (step <= 0 || !Double.isFinite(step)) {
                continue;
            }
            double[] up = mean.clone();
            double[] down = mean.clone();
            up[i] += step;
            down[i] -= step;
            gradient[i] = (f.applyAsDouble(up) - f.applyAsDouble(down)) / (2 * step);
        }
        double variance = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                variance += gradient[i] * covariance[i][j] * gradient[j];
            }
        }
        return Math.sqrt(Math.max(0, variance));
    }

    /** The posterior means of several regressions, one flat vector in their order. */
    public static double[] coefficients(DiscountedRegression... regressions) {
        int k = 0;
        for (DiscountedRegression r : regressions) {
            k += r.size();
        }
        double[] theta = new double[k];
        int offset = 0;
        for (DiscountedRegression r : regressions) {
            System.arraycopy(r.coefficients(), 0, theta, offset, r.size());
            offset += r.size();
        }
        return theta;
    }

    /**
     * The covariance of {@link #coefficients} of independent regressions, each with its own prior
     * guess of the noise (one sd per regression, in their order) worth {@code noiseWeight} observations.
     */
    public static double[][] covariance(double[] noiseSds, double noiseWeight, DiscountedRegression... regressions) {
        double[][][] blocks = new double[regressions.length][][];
        for (int i = 0; i < regressions.length; i++) {
            blocks[i] = regressions[i].covariance(noiseSds[i], noiseWeight);
        }
        return blockDiagonal(blocks);
    }

    /** One covariance matrix of independent blocks, in order. */
    public static double[][] blockDiagonal(double[][]... blocks) {
        int k = 0;
        for (double[][] block : blocks) {
            k += block.length;
        }
        double[][] all = new double[k][k];
        int offset = 0;
        for (double[][] block : blocks) {
            for (int i = 0; i < block.length; i++) {
                System.arraycopy(block[i], 0, all[offset + i], offset, block.length);
            }
            offset += block.length;
        }
        return all;
    }
}
