package chipsim.runner.analysis.sensitivity;

import java.util.Random;

/**
 * Morris's (1991) elementary-effects sample: r trajectories on a grid of p levels
 * {0, 1/(p-1), ..., 1} per parameter, each of D + 1 points in which every step moves one
 * parameter by Delta = p / (2 (p - 1)), each parameter once, in a random order and direction.
 * This is the trajectory design of SALib's {@code morris.sample} without its optional
 * optimisation of the trajectories' spread.
 */
public final class MorrisSample {

    private MorrisSample() {}

    /** Delta in the unit cube: with p even, half the levels are a step below the other half. */
    public static double delta(int levels) {
        return levels / (2.0 * (levels - 1));
    }

    /**
     * @param levels p, even and at least 2, so that every level below 1 - Delta has a partner Delta above it
     * @return r (D + 1) rows of D coordinates on the grid, trajectory after trajectory
     */
    public static double[][] rows(int trajectories, int parameters, int levels, long seed) {
        if (levels < 2 || levels % 2 != 0) {
            throw new IllegalArgumentException("levels must be even and at least 2, not " + levels);
        }
        Random random = new Random(seed);
        double delta = delta(levels);
        int lowLevels = levels / 2; // the levels from 0 to 1 - Delta
        double[][] rows = new double[trajectories * (parameters + 1)][];
        for (int t = 0; t < trajectories; t++) {
            double[] x = new double[parameters];
            boolean[] up = new boolean[parameters];
            for (int i = 0; i < parameters; i++) {
                double low = random.nextInt(lowLevels) / (double) (levels - 1);
                up[i] = random.nextBoolean();
                x[i] = up[i] ? low : low + delta;
            }
            int[] order = chipsim.runner.analysis.Permutations.of(parameters, random);
            int at = t * (parameters + 1);
            rows[at] = x.clone();
            for (int k = 0; k < parameters; k++) {
                int i = order[k];
                x[i] += up[i] ? delta : -delta;
                // Grid values are exact multiples of 1/(p-1); keep them so, whatever the rounding of the step.
                x[i] = Math.round(x[i] * (levels - 1)) / (double) (levels - 1);
                rows[at + k + 1] = x.clone();
            }
        }
        return rows;
    }
}
