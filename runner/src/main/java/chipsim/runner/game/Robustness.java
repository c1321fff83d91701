package chipsim.runner.game;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * How far the equilibria of a simulated game can be trusted, given the noise in its cells: each
 * cell's mean is only an estimate inside its 95% confidence interval.
 *
 * <p>A pure equilibrium is robust when it holds in the worst case: each player's payoff at the
 * equilibrium, at the low end of its interval, is still no less than its payoff after any
 * deviation at the high end. Every equilibrium is also re-checked in {@link #DRAWS} games whose
 * cells are drawn uniformly within their intervals (a fixed seed, so reports repeat exactly): the
 * share of draws with an equilibrium on the same supports. A mixed equilibrium is called robust
 * when it holds in every draw.
 *
 * @param robust      the equilibrium survives the noise, by the rule above
 * @param holdShare   share of the drawn games in which it (or, for a mixed one, an equilibrium on the same supports) holds
 * @param margin      pure only: the smallest low-end equilibrium payoff minus high-end deviation payoff; NaN for mixed
 * @param player      pure only: the player of that tightest deviation, or -1
 * @param strategy    pure only: the strategy it deviates to, or -1
 */
public record Robustness(boolean robust, double holdShare, double margin, int player, int strategy) {

    public static final int DRAWS = 1000;
    private static final long SEED = 20240101L;

    /** One verdict per equilibrium, in the same order; the game must have intervals. */
    public static List<Robustness> of(Game game, List<Equilibrium> equilibria) {
        if (!game.hasIntervals()) {
            throw new IllegalArgumentException("robustness needs confidence intervals");
        }
        List<double[][]> draws = draws(game);
        List<Robustness> verdicts = new ArrayList<>();
        for (Equilibrium equilibrium : equilibria) {
            if (!equilibrium.isPure() && (game.playerCount() != 2 || Equilibrium.supportSize(equilibrium.strategies()
                    .get(0)) != Equilibrium.supportSize(equilibrium.strategies().get(1)))) {
                // Re-solving drawn games on the supports needs two players and square supports; not estimated otherwise.
                verdicts.add(new Robustness(false, Double.NaN, Double.NaN, -1, -1));
                continue;
            }
            int held = 0;
            for (double[][] draw : draws) {
                held += holds(game, draw, equilibrium) ? 1 : 0;
            }
            double share = (double) held / draws.size();
            if (equilibrium.isPure()) {
                verdicts.add(worstCase(game, game.index(equilibrium.pureProfile()), share));
            } else {
                verdicts.add(new Robustness(held == draws.size(), share, Double.NaN, -1, -1));
            }
        }
        return verdicts;
    }

    /**
     * Profiles that are not equilibria at the means but could be one with every cell somewhere in
     * its interval: no deviation is surely better.
     */
    public static List<Integer> possibleEquilibria(Game game, List<ProfileFacts> facts) {
        List<Integer> possible = new ArrayList<>();
        for (ProfileFacts profile : facts) {
            if (!profile.nash() && bestCaseHolds(game, profile.index())) {
                possible.add(profile.index());
            }
        }
        return possible;
    }

    private static boolean bestCaseHolds(Game game, int index) {
        int[] profile = game.profile(index);
        for (int p = 0; p < game.playerCount(); p++) {
            for (int t = 0; t < game.strategyCount(p); t++) {
                if (t != profile[p] && game.interval(index, p).high() < game.interval(game.deviate(index, p, t), p).low()) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Robustness worstCase(Game game, int index, double share) {
        int[] profile = game.profile(index);
        double margin = Double.POSITIVE_INFINITY;
        int player = -1;
        int strategy = -1;
        for (int p = 0; p < game.playerCount(); p++) {
            for (int t = 0; t < game.strategyCount(p); t++) {
                if (t == profile[p]) {
                    continue;
                }
                double m = game.interval(index, p).low() - game.interval(game.deviate(index, p, t), p).high();
                if (m < margin) {
                    margin = m;
                    player = p;
                    strategy = t;
                }
            }
        }
        return new Robustness(margin >= 0, share, margin, player, strategy);
    }

    /** Whether the equilibrium (a mixed one: an equilibrium on its supports) holds with the drawn payoffs. */
    private static boolean holds(Game game, double[][] draw, Equilibrium equilibrium) {
        if (equilibrium.isPure()) {
            int index = game.index(equilibrium.pureProfile());
            int[] profile = game.profile(index);
            for (int p = 0; p < game.playerCount(); p++) {
                for (int t = 0; t < game.strategyCount(p); t++) {
                    if (t != profile[p] && draw[game.deviate(index, p, t)][p] > draw[index][p]) {
                        return false;
                    }
                }
            }
            return true;
        }
        return DrawnSupports.holds(game, draw, support(equilibrium.strategies().get(0)),
                support(equilibrium.strategies().get(1)));
    }

    private static int[] support(Rational[] mix) {
        List<Integer> support = new ArrayList<>();
        for (int s = 0; s < mix.length; s++) {
            if (mix[s].signum() > 0) {
                support.add(s);
            }
        }
        return support.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Payoff tables [profile][player] with each cell drawn uniformly within its interval. In
     * doubles: the draws are a sampling of the noise, where exact arithmetic would buy nothing.
     */
    private static List<double[][]> draws(Game game) {
        SplittableRandom random = new SplittableRandom(SEED);
        List<double[][]> draws = new ArrayList<>();
        for (int d = 0; d < DRAWS; d++) {
            double[][] payoffs = new double[game.profileCount()][game.playerCount()];
            for (int i = 0; i < payoffs.length; i++) {
                for (int p = 0; p < payoffs[i].length; p++) {
                    Game.Interval interval = game.interval(i, p);
                    payoffs[i][p] = interval.low() + random.nextDouble() * (interval.high() - interval.low());
                }
            }
            draws.add(payoffs);
        }
        return draws;
    }
}
