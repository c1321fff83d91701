package chipsim.runner.game;

import java.util.ArrayList;
import java.util.List;

/**
 * A game's payoff matrix cut into two-dimensional tables: the first player's strategies down,
 * the second's across, one table for each combination of the other players' strategies.
 */
public final class MatrixSlices {

    /**
     * One table.
     *
     * @param fixed the strategy of each player from the third on (the first two entries are unused)
     * @param label "when nvidia plays on", or empty for a two-player game
     */
    public record Slice(int[] fixed, String label) {

        /** The profile number of the cell at (row strategy, column strategy). */
        public int index(Game game, int row, int col) {
            int[] profile = fixed.clone();
            profile[0] = row;
            profile[1] = col;
            return game.index(profile);
        }
    }

    private MatrixSlices() {}

    public static List<Slice> of(Game game) {
        int players = game.playerCount();
        int combinations = 1;
        for (int p = 2; p < players; p++) {
            combinations *= game.strategyCount(p);
        }
        List<Slice> slices = new ArrayList<>();
        for (int c = 0; c < combinations; c++) {
            int[] fixed = new int[players];
            int rest = c;
            for (int p = players - 1; p >= 2; p--) {
                fixed[p] = rest % game.strategyCount(p);
                rest /= game.strategyCount(p);
            }
            List<String> parts = new ArrayList<>();
            for (int p = 2; p < players; p++) {
                parts.add(game.players().get(p) + " plays " + game.strategies(p).get(fixed[p]));
            }
            slices.add(new Slice(fixed, parts.isEmpty() ? "" : "when " + String.join(" and ", parts)));
        }
        return slices;
    }
}
