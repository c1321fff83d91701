package chipsim.runner.analysis.equilibria;

import chipsim.runner.game.Rational;

/**
 * An equilibrium found numerically.
 *
 * @param mix    [player][strategy] probabilities
 * @param exact  the same equilibrium as exact fractions, verified to have regret exactly 0, or null
 *               when no nearby fraction does (an irrational equilibrium, or a game given in decimals)
 * @param regret its regret in doubles: how far from an equilibrium the numbers are
 */
public record NumericEquilibrium(double[][] mix, Rational[][] exact, double regret) {

    /** Rounds each probability to a nearby simple fraction and keeps them when they are an equilibrium exactly. */
    static NumericEquilibrium of(double[][] mix, double regret, int[] counts, Rational[][] exactPayoffs) {
        if (exactPayoffs == null) {
            return new NumericEquilibrium(mix, null, regret);
        }
        Rational[][] fractions = new Rational[mix.length][];
        for (int p = 0; p < mix.length; p++) {
            fractions[p] = new Rational[mix[p].length];
            Rational sum = Rational.ZERO;
            for (int s = 0; s < mix[p].length; s++) {
                Rational f = ExactRegret.nearbyFraction(mix[p][s], 1e-9, 1_000_000);
                if (f == null || f.signum() < 0) {
                    return new NumericEquilibrium(mix, null, regret);
                }
                fractions[p][s] = f;
                sum = sum.add(f);
            }
            if (!sum.equals(Rational.ONE)) {
                return new NumericEquilibrium(mix, null, regret);
            }
        }
        boolean exact = ExactRegret.regret(counts, exactPayoffs, fractions).signum() == 0;
        return new NumericEquilibrium(mix, exact ? fractions : null, regret);
    }

    public boolean isExact() {
        return exact != null;
    }
}
