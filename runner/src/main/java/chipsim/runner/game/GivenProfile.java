package chipsim.runner.game;

import chipsim.runner.analysis.equilibria.ExactRegret;
import java.util.ArrayList;
import java.util.List;

/**
 * A profile given on the command line (a class's choices, a policy under discussion), with its
 * exact regret: how much the player with the most to gain would gain by switching alone.
 *
 * @param text     as given
 * @param mix      [player][strategy]
 * @param regret   the largest gain from switching alone; 0 exactly at a Nash equilibrium
 * @param player   who gains it (-1 when no one gains)
 * @param strategy by switching to this pure strategy
 */
public record GivenProfile(String text, Rational[][] mix, Rational regret, int player, int strategy) {

    /**
     * Reads "defect,cooperate" (one strategy per player, in player order) or mixtures such as
     * "up:1/3+down:2/3,left" (probabilities summing to 1).
     *
     * @throws IllegalArgumentException with a message that names the problem and the fix
     */
    public static GivenProfile parse(Game game, String text) {
        String[] parts = text.split(",", -1);
        if (parts.length != game.playerCount()) {
            throw new IllegalArgumentException("'" + text + "' names " + parts.length + " strateg"
                    + (parts.length == 1 ? "y" : "ies") + " but the game has " + game.playerCount() + " players ("
                    + String.join(", ", game.players()) + "); give one per player, separated by commas");
        }
        Rational[][] mix = new Rational[game.playerCount()][];
        for (int p = 0; p < parts.length; p++) {
            mix[p] = mixture(game, p, parts[p].trim(), text);
        }
        return of(game, text, mix);
    }

    static GivenProfile of(Game game, String text, Rational[][] mix) {
        int[] counts = EquilibriumFinder.counts(game);
        Rational[][] payoffs = EquilibriumFinder.exactPayoffs(game);
        Rational regret = ExactRegret.regret(counts, payoffs, mix);
        int player = -1;
        int strategy = -1;
        Rational best = Rational.ZERO;
        for (int p = 0; p < counts.length; p++) {
            Rational[] values = ExactRegret.strategyValues(counts, payoffs, mix, p);
            Rational current = Rational.ZERO;
            for (int s = 0; s < values.length; s++) {
                current = current.add(values[s].multiply(mix[p][s]));
            }
            for (int s = 0; s < values.length; s++) {
                if (values[s].subtract(current).compareTo(best) > 0) {
                    best = values[s].subtract(current);
                    player = p;
                    strategy = s;
                }
            }
        }
        return new GivenProfile(text, mix, regret, player, strategy);
    }

    private static Rational[] mixture(Game game, int player, String part, String text) {
        List<String> names = game.strategies(player);
        Rational[] mix = new Rational[names.size()];
        java.util.Arrays.fill(mix, Rational.ZERO);
        Rational total = Rational.ZERO;
        for (String term : part.split("\\+")) {
            String[] nameAndWeight = term.trim().split(":", 2);
            String name = nameAndWeight[0].trim();
            int s = names.indexOf(name);
            if (s < 0) {
                throw new IllegalArgumentException("'" + name + "' in '" + text + "' is not a strategy of "
                        + game.players().get(player) + "; its strategies are " + String.join(", ", names));
            }
            Rational weight;
            try {
                weight = nameAndWeight.length == 1 ? Rational.ONE : Rational.parse(nameAndWeight[1]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + term.trim() + "' in '" + text + "' has no valid probability; "
                        + "write it as name:0.25 or name:1/4");
            }
            if (weight.signum() < 0) {
                throw new IllegalArgumentException("'" + term.trim() + "' in '" + text + "' has a negative probability");
            }
            mix[s] = mix[s].add(weight);
            total = total.add(weight);
        }
        if (!total.equals(Rational.ONE)) {
            throw new IllegalArgumentException(game.players().get(player) + "'s probabilities in '" + text + "' sum to "
                    + total + ", not 1");
        }
        return mix;
    }

    /** "row: up 1/3, down 2/3; col: left" for reading. */
    public String describe(Game game) {
        List<String> parts = new ArrayList<>();
        for (int p = 0; p < mix.length; p++) {
            parts.add(game.players().get(p) + ": " + GameText.mix(game, p, mix[p]));
        }
        return String.join("; ", parts);
    }
}
