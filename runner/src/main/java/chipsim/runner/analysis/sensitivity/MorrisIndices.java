package chipsim.runner.analysis.sensitivity;

import java.util.ArrayList;
import java.util.List;

/**
 * Morris's elementary-effects measures from the outputs of a {@link MorrisSample}, as SALib's
 * {@code morris.analyze} computes them: in each trajectory, the step that moves parameter i gives
 * its elementary effect EE_i = (f(upper) - f(lower)) / Delta, in output units per unit of the
 * parameter's range on the unit scale; over the r trajectories, mu = mean EE, mu* = mean |EE|,
 * sigma = sd of EE (r - 1 in the denominator).
 */
public final class MorrisIndices {

    private MorrisIndices() {}

    /**
     * @param rows      the sample's rows (unit coordinates), trajectory after trajectory
     * @param outputs   one per row; no NaN
     * @param noiseFloor the mean |EE| replication noise alone would give; mu* and sigma at or
     *                  below it are flagged (0 when there is no estimate of the noise)
     */
    public static List<Estimate> analyse(double[][] rows, double[] outputs, int parameters, int levels,
            double noiseFloor, int resamples, long seed) {
        int perTrajectory = parameters + 1;
        if (rows.length != outputs.length || rows.length == 0 || rows.length % perTrajectory != 0) {
            throw new IllegalArgumentException(rows.length + " rows and " + outputs.length + " outputs are not whole"
                    + " trajectories of " + perTrajectory);
        }
        int r = rows.length / perTrajectory;
        double[][] effects = effects(rows, outputs, parameters, MorrisSample.delta(levels));
        double[] point = measures(effects, Bootstrap.identity(r));
        double[][] intervals = Bootstrap.intervals(r, resamples, seed, chosen -> measures(effects, chosen));
        List<Estimate> estimates = new ArrayList<>();
        for (int i = 0; i < parameters; i++) {
            estimates.add(Estimate.signed(Estimate.MU, i, -1, point[3 * i], intervals[3 * i], r));
            estimates.add(Estimate.magnitude(Estimate.MU_STAR, i, point[3 * i + 1], intervals[3 * i + 1],
                    noiseFloor * Math.sqrt(2 / Math.PI), r));
            estimates.add(Estimate.magnitude(Estimate.SIGMA, i, point[3 * i + 2], intervals[3 * i + 2], noiseFloor, r));
        }
        return estimates;
    }

    /** The spread of an elementary effect from noise alone: two independent point means of R runs each. */
    public static double noiseFloor(double withinPointVariance, int replications, int levels) {
        if (Double.isNaN(withinPointVariance) || replications < 2) {
            return 0;
        }
        return Math.sqrt(2 * withinPointVariance / replications) / MorrisSample.delta(levels);
    }

    /** effects[t][i]: trajectory t's elementary effect of parameter i. */
    static double[][] effects(double[][] rows, double[] outputs, int parameters, double delta) {
        int r = rows.length / (parameters + 1);
        double[][] effects = new double[r][parameters];
        for (int t = 0; t < r; t++) {
            boolean[] seen = new boolean[parameters];
            for (int k = 0; k < parameters; k++) {
                int at = t * (parameters + 1) + k;
                int moved = movedParameter(rows[at], rows[at + 1]);
                if (moved < 0 || seen[moved]) {
                    throw new IllegalArgumentException("trajectory " + (t + 1) + " step " + (k + 1)
                            + " does not move exactly one new parameter");
                }
                seen[moved] = true;
                double change = outputs[at + 1] - outputs[at];
                effects[t][moved] = (rows[at + 1][moved] > rows[at][moved] ? change : -change) / delta;
            }
        }
        return effects;
    }

    private static int movedParameter(double[] before, double[] after) {
        int moved = -1;
        for (int i = 0; i < before.length; i++) {
            if (before[i] != after[i]) {
                if (moved >= 0) {
                    return -1;
                }
                moved = i;
            }
        }
        return moved;
    }

    /** mu, mu*, sigma of each parameter over the chosen trajectories. */
    private static double[] measures(double[][] effects, int[] chosen) {
        int d = effects[0].length;
        double[] out = new double[3 * d];
        for (int i = 0; i < d; i++) {
            double sum = 0;
            double absolute = 0;
            for (int t : chosen) {
                sum += effects[t][i];
                absolute += Math.abs(effects[t][i]);
            }
            double mean = sum / chosen.length;
            double squares = 0;
            for (int t : chosen) {
                squares += (effects[t][i] - mean) * (effects[t][i] - mean);
            }
            out[3 * i] = mean;
            out[3 * i + 1] = absolute / chosen.length;
            out[3 * i + 2] = chosen.length < 2 ? Double.NaN : Math.sqrt(squares / (chosen.length - 1));
        }
        return out;
    }
}
