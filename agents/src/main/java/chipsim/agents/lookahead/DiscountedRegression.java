package chipsim.agents.lookahead;

import java.util.Arrays;
import java.util.Map;
import java.util.SortedMap;

/**
 * A linear regression y = theta . f learned one observation at a time, with old observations
 * discounted and a Gaussian prior on the coefficients: the posterior mean
 *
 * <pre>
 *   theta = (diag(pi) + S)^-1 (diag(pi) theta0 + b),   S = sum lambda^age f f',   b = sum lambda^age f y
 * </pre>
 *
 * with pi the prior precisions (pseudo-observations) and theta0 the prior means. With no data it
 * returns the prior; a coefficient the data cannot identify (a regressor that never moved) stays
 * at its prior. {@link #covariance} gives how uncertain the coefficients still are, with the noise
 * variance estimated from the residuals (normal-inverse-gamma). Immutable: {@link #update} returns a new estimate. Its state is a handful of
 * numbers, kept in a policy's memory between quarters ({@link #write}, {@link #read}).
 */
public final class DiscountedRegression {

    private final double[] priorMean;
    private final double[] priorPrecision;
    private final double forgetting;
    /** S, row-major k x k. */
    private final double[] moments;
    /** b, k. */
    private final double[] crossMoments;
    /** Discounted sum of squared outcomes, sum lambda^age y^2 (for the residual variance). */
    private final double squaredOutcomes;
    /** Discounted number of observations. */
    private final double weight;

    public DiscountedRegression(double[] priorMean, double[] priorPrecision, double forgetting) {
        this(priorMean.clone(), priorPrecision.clone(), forgetting, new double[priorMean.length * priorMean.length],
                new double[priorMean.length], 0, 0);
        if (priorMean.length != priorPrecision.length) {
            throw new IllegalArgumentException("prior mean and precision differ in length");
        }
    }

    private DiscountedRegression(double[] priorMean, double[] priorPrecision, double forgetting, double[] moments,
            double[] crossMoments, double squaredOutcomes, double weight) {
        this.priorMean = priorMean;
        this.priorPrecision = priorPrecision;
        this.forgetting = forgetting;
        this.moments = moments;
        this.crossMoments = crossMoments;
        this.squaredOutcomes = squaredOutcomes;
        this.weight = weight;
    }

    public int size() {
        return priorMean.length;
    }

    /** Discounted count of the observations seen (0 before the first). */
    public double weight() {
        return weight;
    }

    /** The estimate after one more observation (features f, outcome y); older ones weigh lambda less. */
    public DiscountedRegression update(double[] features, double outcome) {
        int k = size();
        if (features.length != k || !Double.isFinite(outcome)) {
            return this;
        }
        double[] s = new double[k * k];
        double[] b = new double[k];
        for (int i = 0; i < k; i++) {
            b[i] = forgetting * crossMoments[i] + features[i] * outcome;
            for (int j = 0; j < k; j++) {
                s[i * k + j] = forgetting * moments[i * k + j] + features[i] * features[j];
            }
        }
        return new DiscountedRegression(priorMean, priorPrecision, forgetting, s, b,
                forgetting * squaredOutcomes + outcome * outcome, forgetting * weight + 1);
    }

    /** The posterior mean of the coefficients. */
    public double[] coefficients() {
        int k = size();
        double[] rhs = new double[k];
        for (int i = 0; i < k; i++) {
            rhs[i] = priorPrecision[i] * priorMean[i] + crossMoments[i];
        }
        return solve(precisionAugmented(rhs));
    }

    /**
     * The posterior covariance of the coefficients, sigma^2 (diag(pi) + S)^-1. The noise variance
     * sigma^2 is estimated from the data with a prior guess {@code noiseSd} worth {@code noiseWeight}
     * observations:
     *
     * <pre>
     *   sigma^2 = (nu0 s0^2 + SS) / (nu0 + n),   SS = sum lambda^age y^2 + theta0' diag(pi) theta0 - theta' (diag(pi) theta0 + b)
     * </pre>
     *
     * SS being the posterior sum of squares (the residuals and the coefficients' distance from
     * their prior). With no data it is the prior's own spread, s0^2 / pi.
     */
    public double[][] covariance(double noiseSd, double noiseWeight) {
        int k = size();
        double[] theta = coefficients();
        double sumOfSquares = squaredOutcomes;
        for (int i = 0; i < k; i++) {
            double priorTerm = priorPrecision[i] * priorMean[i];
            sumOfSquares += priorTerm * priorMean[i] - theta[i] * (priorTerm + crossMoments[i]);
        }
        double noiseVariance = (noiseWeight * noiseSd * noiseSd + Math.max(0, sumOfSquares))
                / Math.max(1e-12, noiseWeight + weight);
        double[][] covariance = new double[k][];
        for (int j = 0; j < k; j++) {
            double[] unit = new double[k];
            unit[j] = 1;
            covariance[j] = solve(precisionAugmented(unit));
            for (int i = 0; i < k; i++) {
                covariance[j][i] *= noiseVariance;
            }
        }
        return covariance;
    }

    /** (diag(pi) + S | rhs), the augmented system of the posterior. */
    private double[][] precisionAugmented(double[] rhs) {
        int k = size();
        double[][] a = new double[k][k + 1];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                a[i][j] = moments[i * k + j] + (i == j ? priorPrecision[i] : 0);
            }
            a[i][k] = rhs[i];
        }
        return a;
    }

    /** The forecast for features f. */
    public double predict(double... features) {
        double[] theta = coefficients();
        double y = 0;
        for (int i = 0; i < theta.length; i++) {
            y += theta[i] * features[i];
        }
        return y;
    }

    /** Writes the learned state under {@code prefix.} into a policy's memory. */
    public void write(String prefix, Map<String, Double> memory) {
        int k = size();
        memory.put(prefix + ".n", weight);
        memory.put(prefix + ".yy", squaredOutcomes);
        for (int i = 0; i < k; i++) {
            memory.put(prefix + ".b" + i, crossMoments[i]);
            for (int j = i; j < k; j++) {
                memory.put(prefix + ".s" + i + j, moments[i * k + j]);
            }
        }
    }

    /** This prior with the learned state a policy kept under {@code prefix.}; the prior alone when there is none. */
    public DiscountedRegression read(String prefix, SortedMap<String, Double> memory) {
        if (!memory.containsKey(prefix + ".n")) {
            return this;
        }
        int k = size();
        double[] s = new double[k * k];
        double[] b = new double[k];
        for (int i = 0; i < k; i++) {
            b[i] = memory.getOrDefault(prefix + ".b" + i, 0.0);
            for (int j = i; j < k; j++) {
                double v = memory.getOrDefault(prefix + ".s" + i + j, 0.0);
                s[i * k + j] = v;
                s[j * k + i] = v;
            }
        }
        return new DiscountedRegression(priorMean, priorPrecision, forgetting, s, b,
                memory.getOrDefault(prefix + ".yy", 0.0), memory.get(prefix + ".n"));
    }

    /** Gaussian elimination with partial pivoting of an augmented k x (k+1) system (positive definite here). */
    private static double[] solve(double[][] a) {
        int k = a.length;
        for (int col = 0; col < k; col++) {
            int pivot = col;
            for (int row = col + 1; row < k; row++) {
                if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
                    pivot = row;
                }
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            for (int row = col + 1; row < k; row++) {
                double factor = a[row][col] / a[col][col];
                for (int j = col; j <= k; j++) {
                    a[row][j] -= factor * a[col][j];
                }
            }
        }
        double[] x = new double[k];
        for (int row = k - 1; row >= 0; row--) {
            double sum = a[row][k];
            for (int j = row + 1; j < k; j++) {
                sum -= a[row][j] * x[j];
            }
            x[row] = sum / a[row][row];
        }
        return x;
    }

    @Override
    public String toString() {
        return "DiscountedRegression" + Arrays.toString(coefficients()) + " n=" + weight;
    }
}
