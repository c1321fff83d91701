package chipsim.runner.analysis.equilibria;

import java.util.Arrays;

/**
 * A game of any number of players in doubles, for the numerical methods (n-player equilibria,
 * quantal response, replicator dynamics): payoffs [profile][player], profiles in row-major order
 * with the first player slowest.
 *
 * <p>A mixed profile is {@code double[player][strategy]}.
 */
public record NormalForm(int[] counts, double[][] payoffs) {

    public NormalForm {
        counts = counts.clone();
        long profiles = 1;
        for (int c : counts) {
            profiles *= c;
        }
        if (payoffs.length != profiles) {
            throw new IllegalArgumentException("payoffs do not match the strategy counts");
        }
    }

    public int players() {
        return counts.length;
    }

    /** The payoff to {@code player} of each of its pure strategies against the others' mixtures. */
    public double[] strategyValues(int player, double[][] mix) {
        double[] values = new double[counts[player]];
        int[] profile = new int[counts.length];
        for (int index = 0; index < payoffs.length; index++) {
            double weight = 1;
            for (int q = 0; q < counts.length && weight != 0; q++) {
                if (q != player) {
                    weight *= mix[q][profile[q]];
                }
            }
            if (weight != 0) {
                values[profile[player]] += weight * payoffs[index][player];
            }
            advance(profile);
        }
        return values;
    }

    /** Expected payoff of every player. */
    public double[] expected(double[][] mix) {
        double[] result = new double[counts.length];
        for (int p = 0; p < counts.length; p++) {
            double[] values = strategyValues(p, mix);
            for (int s = 0; s < values.length; s++) {
                result[p] += mix[p][s] * values[s];
            }
        }
        return result;
    }

    /** The most any player gains by switching alone to a pure strategy: 0 exactly at an equilibrium. */
    public double regret(double[][] mix) {
        double regret = 0;
        for (int p = 0; p < counts.length; p++) {
            double[] values = strategyValues(p, mix);
            double current = 0;
            for (int s = 0; s < values.length; s++) {
                current += mix[p][s] * values[s];
            }
            regret = Math.max(regret, Arrays.stream(values).max().orElseThrow() - current);
        }
        return regret;
    }

    /** The largest absolute payoff, the scale of tolerances. */
    public double scale() {
        double scale = 0;
        for (double[] row : payoffs) {
            for (double v : row) {
                scale = Math.max(scale, Math.abs(v));
            }
        }
        return scale == 0 ? 1 : scale;
    }

    /** Every player mixing uniformly. */
    public double[][] centroid() {
        double[][] mix = new double[counts.length][];
        for (int p = 0; p < counts.length; p++) {
            mix[p] = new double[counts[p]];
            Arrays.fill(mix[p], 1.0 / counts[p]);
        }
        return mix;
    }

    /** The next profile in row-major order (the last player fastest). */
    void advance(int[] profile) {
        for (int q = counts.length - 1; q >= 0; q--) {
            if (++profile[q] < counts[q]) {
                return;
            }
            profile[q] = 0;
        }
    }

    static double[][] copy(double[][] mix) {
        double[][] copy = new double[mix.length][];
        for (int p = 0; p < mix.length; p++) {
            copy[p] = mix[p].clone();
        }
        return copy;
    }
}
