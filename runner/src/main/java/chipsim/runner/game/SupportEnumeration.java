package chipsim.runner.game;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every Nash equilibrium of a nondegenerate two-player game, by support enumeration: for each
 * pair of equal-size supports, the mixture of each player that makes the other indifferent over
 * its support, kept when it is a probability vector and no strategy outside the support does
 * better. In a nondegenerate game every equilibrium has equal-size supports and is found exactly
 * once (von Stengel, "Computing equilibria for two-person games", 2002).
 */
public final class SupportEnumeration {

    /** Games with more support pairs than this are not enumerated (C(m+n, m) grows fast). */
    public static final BigInteger MAX_SUPPORT_PAIRS = BigInteger.valueOf(20_000);

    private SupportEnumeration() {}

    /** True when the game is small enough to enumerate. */
    public static boolean feasible(Game game) {
        return game.playerCount() == 2
                && Subsets.choose(game.strategyCount(0) + game.strategyCount(1), game.strategyCount(0))
                        .compareTo(MAX_SUPPORT_PAIRS) <= 0;
    }

    /** Equilibria by support size, then by support in strategy order. */
    public static List<Equilibrium> equilibria(Game game) {
        if (game.playerCount() != 2) {
            throw new IllegalArgumentException("support enumeration needs two players");
        }
        int m = game.strategyCount(0);
        int n = game.strategyCount(1);
        Rational[][] a = matrix(game, 0);
        Rational[][] b = matrix(game, 1);
        List<Equilibrium> found = new ArrayList<>();
        for (int k = 1; k <= Math.min(m, n); k++) {
            for (int[] rows : Subsets.of(m, k)) {
                for (int[] cols : Subsets.of(n, k)) {
                    onSupports(a, b, rows, cols).ifPresent(found::add);
                }
            }
        }
        return found;
    }

    /** The equilibrium whose supports are exactly {@code rows} and {@code cols}, if there is one. */
    public static Optional<Equilibrium> onSupports(Game game, int[] rows, int[] cols) {
        return onSupports(matrix(game, 0), matrix(game, 1), rows, cols);
    }

    private static Optional<Equilibrium> onSupports(Rational[][] a, Rational[][] b, int[] rows, int[] cols) {
        int k = rows.length;
        // y makes the row player indifferent over rows; x makes the column player indifferent over cols.
        Optional<Rational[]> y = indifference(a, rows, cols, false);
        Optional<Rational[]> x = indifference(b, rows, cols, true);
        if (y.isEmpty() || x.isEmpty() || !positive(y.get(), k) || !positive(x.get(), k)) {
            return Optional.empty();
        }
        Rational[] yMix = spread(y.get(), cols, a[0].length);
        Rational[] xMix = spread(x.get(), rows, a.length);
        Rational u = y.get()[k];
        Rational v = x.get()[k];
        if (!noBetterRow(a, yMix, u) || !noBetterRow(transpose(b), xMix, v)) {
            return Optional.empty();
        }
        return Optional.of(new Equilibrium(List.of(xMix, yMix), new Rational[] {u, v}));
    }

    /**
     * The opponent's mixture over its support that makes the player indifferent over its own,
     * plus the player's payoff as the last element. {@code payoffs} is the player's payoff matrix
     * indexed [row][col]; {@code mixRows} says whether the mixing player is the row player.
     */
    private static Optional<Rational[]> indifference(Rational[][] payoffs, int[] rows, int[] cols, boolean mixRows) {
        int k = rows.length;
        int[] own = mixRows ? cols : rows;
        int[] mixed = mixRows ? rows : cols;
        Rational[][] system = new Rational[k + 1][k + 1];
        Rational[] rhs = new Rational[k + 1];
        for (int e = 0; e < k; e++) {
            for (int v = 0; v < k; v++) {
                system[e][v] = mixRows ? payoffs[mixed[v]][own[e]] : payoffs[own[e]][mixed[v]];
            }
            system[e][k] = Rational.ONE.negate();
            rhs[e] = Rational.ZERO;
        }
        Arrays.fill(system[k], Rational.ONE);
        system[k][k] = Rational.ZERO;
        rhs[k] = Rational.ONE;
        return LinearSystem.solve(system, rhs);
    }

    private static boolean positive(Rational[] solution, int k) {
        for (int i = 0; i < k; i++) {
            if (solution[i].signum() <= 0) {
                return false;
            }
        }
        return true;
    }

    /** No pure strategy earns more than {@code value} against the opponent's mixture. */
    private static boolean noBetterRow(Rational[][] payoffs, Rational[] opponentMix, Rational value) {
        for (Rational[] row : payoffs) {
            if (expected(row, opponentMix).compareTo(value) > 0) {
                return false;
            }
        }
        return true;
    }

    static Rational expected(Rational[] payoffs, Rational[] mix) {
        Rational sum = Rational.ZERO;
        for (int i = 0; i < mix.length; i++) {
            if (mix[i].signum() != 0) {
                sum = sum.add(payoffs[i].multiply(mix[i]));
            }
        }
        return sum;
    }

    private static Rational[] spread(Rational[] solution, int[] support, int size) {
        Rational[] mix = new Rational[size];
        Arrays.fill(mix, Rational.ZERO);
        for (int i = 0; i < support.length; i++) {
            mix[support[i]] = solution[i];
        }
        return mix;
    }

    /** Player {@code player}'s payoffs as a [row strategy][column strategy] matrix. */
    static Rational[][] matrix(Game game, int player) {
        Rational[][] m = new Rational[game.strategyCount(0)][game.strategyCount(1)];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m[i].length; j++) {
                m[i][j] = game.payoff(new int[] {i, j}, player);
            }
        }
        return m;
    }

    static Rational[][] transpose(Rational[][] m) {
        Rational[][] t = new Rational[m[0].length][m.length];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m[i].length; j++) {
                t[j][i] = m[i][j];
            }
        }
        return t;
    }
}
