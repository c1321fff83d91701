package chipsim.runner.analysis.sensitivity;

import java.util.List;

/**
 * How much of an output's variance is noise between replications rather than the parameters:
 * the mean over points of the sample variance of the point's runs, over the sample variance of
 * all runs together. Near 0, the seeds hardly matter; near 1, the design's points are
 * indistinguishable from noise and more replications (or a larger effect) are needed.
 *
 * @param withinPointVariance NaN when no point has two runs
 * @param totalVariance       NaN with fewer than two runs
 */
public record ReplicationNoise(double withinPointVariance, double totalVariance) {

    /** @param runsByPoint each point's outputs, one per successful run */
    public static ReplicationNoise of(List<double[]> runsByPoint) {
        double within = 0;
        int points = 0;
        double sum = 0;
        int count = 0;
        for (double[] runs : runsByPoint) {
            for (double v : runs) {
                sum += v;
                count++;
            }
            if (runs.length >= 2) {
                within += sampleVariance(runs);
                points++;
            }
        }
        double mean = sum / count;
        double squares = 0;
        for (double[] runs : runsByPoint) {
            for (double v : runs) {
                squares += (v - mean) * (v - mean);
            }
        }
        return new ReplicationNoise(points == 0 ? Double.NaN : within / points,
                count < 2 ? Double.NaN : squares / (count - 1));
    }

    /** The noise's share of the variance; NaN without replications, and for an output that never varies. */
    public double share() {
        if (Double.isNaN(withinPointVariance) || Double.isNaN(totalVariance) || totalVariance == 0) {
            return Double.NaN;
        }
        return Math.min(1, withinPointVariance / totalVariance);
    }

    private static double sampleVariance(double[] values) {
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= values.length;
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return squares / (values.length - 1);
    }
}
