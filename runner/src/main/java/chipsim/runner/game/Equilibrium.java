package chipsim.runner.game;

import java.util.List;

/**
 * A Nash equilibrium, pure or mixed.
 *
 * @param strategies per player, the probability of each of its strategies (zeros included)
 * @param payoffs    per player, its expected payoff
 * @param exact      true when the probabilities are exact (regret exactly 0); false for one found
 *                   numerically, correct to about 1e-9
 */
public record Equilibrium(List<Rational[]> strategies, Rational[] payoffs, boolean exact) {

    public Equilibrium {
        strategies = List.copyOf(strategies);
    }

    public Equilibrium(List<Rational[]> strategies, Rational[] payoffs) {
        this(strategies, payoffs, true);
    }

    /** The equilibrium of playing one pure profile. */
    public static Equilibrium pure(Game game, int index) {
        int[] profile = game.profile(index);
        List<Rational[]> strategies = new java.util.ArrayList<>();
        Rational[] payoffs = new Rational[game.playerCount()];
        for (int p = 0; p < game.playerCount(); p++) {
            Rational[] mix = new Rational[game.strategyCount(p)];
            java.util.Arrays.fill(mix, Rational.ZERO);
            mix[profile[p]] = Rational.ONE;
            strategies.add(mix);
            payoffs[p] = game.payoff(index, p);
        }
        return new Equilibrium(strategies, payoffs);
    }

    /** True when every player plays one strategy for sure. */
    public boolean isPure() {
        return strategies.stream().allMatch(mix -> supportSize(mix) == 1);
    }

    /** The pure profile, when {@link #isPure()}. */
    public int[] pureProfile() {
        int[] profile = new int[strategies.size()];
        for (int p = 0; p < profile.length; p++) {
            Rational[] mix = strategies.get(p);
            for (int s = 0; s < mix.length; s++) {
                if (mix[s].signum() > 0) {
                    profile[p] = s;
                }
            }
        }
        return profile;
    }

    public static int supportSize(Rational[] mix) {
        int size = 0;
        for (Rational probability : mix) {
            if (probability.signum() > 0) {
                size++;
            }
        }
        return size;
    }
}
