package chipsim.runner.analysis.equilibria;

import chipsim.runner.game.Rational;

/**
 * The regret of a mixed profile in exact arithmetic: the most any player gains by switching alone
 * to one of its pure strategies. A profile is a Nash equilibrium exactly when this is 0.
 */
public final class ExactRegret {

    private ExactRegret() {}

    /**
     * @param counts  strategies per player
     * @param payoffs [profile][player], row-major with the first player slowest
     * @param mix     [player][strategy]
     */
    public static Rational regret(int[] counts, Rational[][] payoffs, Rational[][] mix) {
        Rational regret = Rational.ZERO;
        for (int p = 0; p < counts.length; p++) {
            Rational[] values = strategyValues(counts, payoffs, mix, p);
            Rational current = Rational.ZERO;
            Rational best = values[0];
            for (int s = 0; s < values.length; s++) {
                current = current.add(values[s].multiply(mix[p][s]));
                best = best.max(values[s]);
            }
            regret = regret.max(best.subtract(current));
        }
        return regret;
    }

    /** Player {@code player}'s payoff from each pure strategy against the others' mixtures. */
    public static Rational[] strategyValues(int[] counts, Rational[][] payoffs, Rational[][] mix, int player) {
        Rational[] values = new Rational[counts[player]];
        java.util.Arrays.fill(values, Rational.ZERO);
        int[] profile = new int[counts.length];
        for (Rational[] cell : payoffs) {
            Rational weight = Rational.ONE;
            for (int q = 0; q < counts.length && weight.signum() != 0; q++) {
                if (q != player) {
                    weight = weight.multiply(mix[q][profile[q]]);
                }
            }
            if (weight.signum() != 0) {
                values[profile[player]] = values[profile[player]].add(weight.multiply(cell[player]));
            }
            for (int q = counts.length - 1; q >= 0; q--) {
                if (++profile[q] < counts[q]) {
                    break;
                }
                profile[q] = 0;
            }
        }
        return values;
    }

    /**
     * The simplest fraction within {@code tolerance} of {@code value}, by continued fractions, with
     * a denominator of at most {@code maxDenominator}; null when there is none.
     */
    public static Rational nearbyFraction(double value, double tolerance, long maxDenominator) {
        long h0 = 0, h1 = 1, k0 = 1, k1 = 0;
        double x = value;
        for (int step = 0; step < 40; step++) {
            long a = (long) Math.floor(x);
            long h2 = a * h1 + h0;
            long k2 = a * k1 + k0;
            if (k2 > maxDenominator || k2 <= 0) {
                return null;
            }
            if (Math.abs((double) h2 / k2 - value) <= tolerance) {
                return Rational.of(h2, k2);
            }
            h0 = h1;
            h1 = h2;
            k0 = k1;
            k1 = k2;
            double fraction = x - a;
            if (fraction < 1e-15) {
                return null;
            }
            x = 1 / fraction;
        }
        return null;
    }
}
