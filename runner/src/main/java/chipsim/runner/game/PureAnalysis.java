package chipsim.runner.game;

import java.util.ArrayList;
import java.util.List;

/** Best responses, regret, pure Nash equilibria and Pareto optimality of every profile of a game. */
public final class PureAnalysis {

    private PureAnalysis() {}

    public static List<ProfileFacts> of(Game game) {
        List<ProfileFacts> facts = new ArrayList<>();
        for (int index = 0; index < game.profileCount(); index++) {
            facts.add(facts(game, index));
        }
        return facts;
    }

    private static ProfileFacts facts(Game game, int index) {
        int players = game.playerCount();
        boolean[] bestResponse = new boolean[players];
        Rational regret = Rational.ZERO;
        ProfileFacts.Deviation deviation = null;
        for (int p = 0; p < players; p++) {
            ProfileFacts.Deviation best = bestDeviation(game, index, p);
            bestResponse[p] = best.gain().signum() <= 0;
            if (best.gain().compareTo(regret) > 0) {
                regret = best.gain();
                deviation = best;
            }
        }
        return new ProfileFacts(index, bestResponse, regret, deviation, regret.signum() == 0,
                paretoOptimal(game, index));
    }

    /** Player {@code player}'s most profitable switch from this profile (gain 0 when none pays). */
    static ProfileFacts.Deviation bestDeviation(Game game, int index, int player) {
        int own = game.profile(index)[player];
        Rational current = game.payoff(index, player);
        ProfileFacts.Deviation best = new ProfileFacts.Deviation(player, own, Rational.ZERO);
        for (int t = 0; t < game.strategyCount(player); t++) {
            Rational gain = game.payoff(game.deviate(index, player, t), player).subtract(current);
            if (gain.compareTo(best.gain()) > 0) {
                best = new ProfileFacts.Deviation(player, t, gain);
            }
        }
        return best;
    }

    /** The best responses of {@code player} to the others' strategies in profile {@code index}. */
    public static List<Integer> bestResponses(Game game, int index, int player) {
        Rational best = null;
        List<Integer> responses = new ArrayList<>();
        for (int t = 0; t < game.strategyCount(player); t++) {
            Rational value = game.payoff(game.deviate(index, player, t), player);
            int cmp = best == null ? 1 : value.compareTo(best);
            if (cmp > 0) {
                best = value;
                responses.clear();
            }
            if (cmp >= 0) {
                responses.add(t);
            }
        }
        return responses;
    }

    static boolean paretoOptimal(Game game, int index) {
        for (int other = 0; other < game.profileCount(); other++) {
            if (other != index && paretoDominates(game, other, index)) {
                return false;
            }
        }
        return true;
    }

    /** Profile a is at least as good as b for every player and better for at least one. */
    static boolean paretoDominates(Game game, int a, int b) {
        boolean better = false;
        for (int p = 0; p < game.playerCount(); p++) {
            int cmp = game.payoff(a, p).compareTo(game.payoff(b, p));
            if (cmp < 0) {
                return false;
            }
            better |= cmp > 0;
        }
        return better;
    }
}
