package chipsim.runner.analysis.sensitivity;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;

/**
 * Percentile bootstrap: resample the rows (base samples, trajectories) with replacement, compute
 * every index on each resample, and take the 2.5th and 97.5th percentiles of each (linear
 * interpolation between order statistics, numpy's default). Seeded, so an analysis prints the
 * same bytes every time.
 */
public final class Bootstrap {

    /** The indices computed on a resample, given as the chosen rows (with repeats). */
    public interface Statistic {
        double[] of(int[] rows);
    }

    private Bootstrap() {}

    /** @return for each index of the statistic, {low, high}; NaN where no resample gave a value */
    public static double[][] intervals(int rows, int resamples, long seed, Statistic statistic) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] draws = null;
        int[] chosen = new int[rows];
        for (int b = 0; b < resamples; b++) {
            for (int i = 0; i < rows; i++) {
                chosen[i] = random.nextInt(rows);
            }
            double[] values = statistic.of(chosen);
            if (draws == null) {
                draws = new double[values.length][resamples];
            }
            for (int k = 0; k < values.length; k++) {
                draws[k][b] = values[k];
            }
        }
        if (draws == null) {
            return new double[0][];
        }
        double[][] intervals = new double[draws.length][];
        Percentile percentile = new Percentile().withEstimationType(EstimationType.R_7);
        for (int k = 0; k < draws.length; k++) {
            double[] finite = Arrays.stream(draws[k]).filter(v -> !Double.isNaN(v)).toArray();
            intervals[k] = finite.length == 0 ? new double[] {Double.NaN, Double.NaN}
                    : new double[] {percentile.evaluate(finite, 2.5), percentile.evaluate(finite, 97.5)};
        }
        return intervals;
    }

    /** 0, 1, ..., n - 1: the sample itself. */
    static int[] identity(int n) {
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        return rows;
    }
}
