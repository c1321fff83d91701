package chipsim.runner.game;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Whether a two-player game is degenerate: some mixed strategy of one player, using k of its
 * strategies, leaves the other player more than k best responses (a tie a payoff change would
 * break). Support enumeration lists all equilibria only of nondegenerate games; a degenerate one
 * can have whole segments of equilibria.
 *
 * <p>The check is exact and complete: such a mixture exists exactly when some vertex of the
 * player's best-response polyhedron {(x, v) : x a mixture, every opponent payoff against x at
 * most v} has more than m tight constraints (x_i = 0 or a best response); the face of all points
 * with those labels would otherwise contain no vertex, and this polyhedron is pointed. So the
 * vertices are enumerated: every choice of m tight constraints, solved exactly.
 */
public final class Degeneracy {

    /**
     * A witness: when {@code player} mixes as {@code mix}, the opponent has more best responses
     * ({@code bestResponses}) than the mixture has strategies.
     */
    public record Witness(int player, Rational[] mix, List<Integer> bestResponses) {}

    private Degeneracy() {}

    public static Optional<Witness> find(Game game) {
        if (game.playerCount() != 2) {
            throw new IllegalArgumentException("degeneracy is checked for two-player games");
        }
        Optional<Witness> rowSide = find(SupportEnumeration.matrix(game, 1), 0);
        return rowSide.isPresent() ? rowSide
                : find(SupportEnumeration.transpose(SupportEnumeration.matrix(game, 0)), 1);
    }

    /**
     * @param opponent the opponent's payoffs, [mixing player's strategy][opponent's strategy]
     */
    private static Optional<Witness> find(Rational[][] opponent, int player) {
        int m = opponent.length;
        int n = opponent[0].length;
        // Constraints 0..m-1 are x_i >= 0; m..m+n-1 are "opponent strategy j earns at most v".
        for (int[] tight : Subsets.of(m + n, m)) {
            Rational[][] system = new Rational[m + 1][m + 1];
            Rational[] rhs = new Rational[m + 1];
            for (int e = 0; e < m; e++) {
                Arrays.fill(system[e], Rational.ZERO);
                rhs[e] = Rational.ZERO;
                int c = tight[e];
                if (c < m) {
                    system[e][c] = Rational.ONE;
                } else {
                    for (int i = 0; i < m; i++) {
                        system[e][i] = opponent[i][c - m];
                    }
                    system[e][m] = Rational.ONE.negate();
                }
            }
            Arrays.fill(system[m], Rational.ONE);
            system[m][m] = Rational.ZERO;
            rhs[m] = Rational.ONE;
            Optional<Rational[]> solution = LinearSystem.solve(system, rhs);
            if (solution.isEmpty()) {
                continue;
            }
            Optional<Witness> witness = witness(opponent, solution.get(), player);
            if (witness.isPresent()) {
                return witness;
            }
        }
        return Optional.empty();
    }

    /** A vertex with more than m labels, or empty when this point is infeasible or has m. */
    private static Optional<Witness> witness(Rational[][] opponent, Rational[] point, int player) {
        int m = opponent.length;
        int n = opponent[0].length;
        Rational[] mix = Arrays.copyOf(point, m);
        Rational value = point[m];
        int support = 0;
        for (Rational x : mix) {
            if (x.signum() < 0) {
                return Optional.empty();
            }
            support += x.signum() > 0 ? 1 : 0;
        }
        List<Integer> bestResponses = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            Rational earned = Rational.ZERO;
            for (int i = 0; i < m; i++) {
                earned = earned.add(opponent[i][j].multiply(mix[i]));
            }
            int cmp = earned.compareTo(value);
            if (cmp > 0) {
                return Optional.empty();
            }
            if (cmp == 0) {
                bestResponses.add(j);
            }
        }
        return bestResponses.size() > support ? Optional.of(new Witness(player, mix, bestResponses)) : Optional.empty();
    }
}
