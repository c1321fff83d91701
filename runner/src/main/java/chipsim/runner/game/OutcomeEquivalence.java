package chipsim.runner.game;

import java.util.ArrayList;
import java.util.List;

/**
 * Strategies of one player that make no difference: against everything the others do, they give
 * every player the same payoff. In a simulated game that usually means the scenario never reaches
 * the setting that tells them apart (too short a horizon, a rule that is never triggered), and any
 * "coordination" between them in the analysis is noise.
 *
 * @param player   whose strategies
 * @param strategy the first of them
 * @param same     the others equivalent to it
 */
public record OutcomeEquivalence(int player, int strategy, List<Integer> same) {

    public static List<OutcomeEquivalence> of(Game game) {
        List<OutcomeEquivalence> found = new ArrayList<>();
        for (int p = 0; p < game.playerCount(); p++) {
            boolean[] taken = new boolean[game.strategyCount(p)];
            for (int s = 0; s < game.strategyCount(p); s++) {
                if (taken[s]) {
                    continue;
                }
                List<Integer> same = new ArrayList<>();
                for (int t = s + 1; t < game.strategyCount(p); t++) {
                    if (!taken[t] && equivalent(game, p, s, t)) {
                        same.add(t);
                        taken[t] = true;
                    }
                }
                if (!same.isEmpty()) {
                    found.add(new OutcomeEquivalence(p, s, List.copyOf(same)));
                }
            }
        }
        return List.copyOf(found);
    }

    static boolean equivalent(Game game, int player, int s, int t) {
        for (int index = 0; index < game.profileCount(); index++) {
            if (game.profile(index)[player] != s) {
                continue;
            }
            int other = game.deviate(index, player, t);
            for (int q = 0; q < game.playerCount(); q++) {
                if (!game.payoff(index, q).equals(game.payoff(other, q))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** "nvidia's variants and no-variants give every player the same payoff against everything the others do". */
    public String describe(Game game) {
        List<String> names = new ArrayList<>();
        names.add(game.strategies(player).get(strategy));
        same.forEach(t -> names.add(game.strategies(player).get(t)));
        return game.players().get(player) + "'s " + String.join(" and ", names) + " give every player the same payoff "
                + "against everything the others do";
    }
}
