package chipsim.runner.game;

/**
 * Whether a two-player game with payoffs given in doubles has an equilibrium on given supports:
 * the robustness check of a mixed equilibrium against noisy cells. The exact counterpart for
 * analysis is {@link SupportEnumeration#onSupports}.
 */
final class DrawnSupports {

    private DrawnSupports() {}

    /** @param draw payoffs [profile][player] */
    static boolean holds(Game game, double[][] draw, int[] rows, int[] cols) {
        int m = game.strategyCount(0);
        int n = game.strategyCount(1);
        double[][] a = new double[m][n];
        double[][] b = new double[n][m];
        double scale = 1;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double[] cell = draw[game.index(new int[] {i, j})];
                a[i][j] = cell[0];
                b[j][i] = cell[1];
                scale = Math.max(scale, Math.max(Math.abs(cell[0]), Math.abs(cell[1])));
            }
        }
        double tolerance = 1e-9 * scale;
        double[] y = indifference(a, rows, cols);
        double[] x = indifference(b, cols, rows);
        return y != null && x != null && bestAgainst(a, cols, y, tolerance) && bestAgainst(b, rows, x, tolerance);
    }

    /**
     * The opponent's mixture over {@code theirs} that makes every strategy in {@code own} earn the
     * same, plus that payoff last; null when there is none or it is not strictly positive.
     * {@code payoffs} is [own strategy][opponent strategy].
     */
    private static double[] indifference(double[][] payoffs, int[] own, int[] theirs) {
        int k = own.length;
        double[][] m = new double[k + 1][k + 2];
        for (int e = 0; e < k; e++) {
            for (int v = 0; v < k; v++) {
                m[e][v] = payoffs[own[e]][theirs[v]];
            }
            m[e][k] = -1;
        }
        for (int v = 0; v < k; v++) {
            m[k][v] = 1;
        }
        m[k][k + 1] = 1;
        double[] solution = solve(m);
        if (solution == null) {
            return null;
        }
        for (int v = 0; v < k; v++) {
            if (!(solution[v] > 0)) {
                return null;
            }
        }
        return solution;
    }

    /** No strategy of the player earns more against the opponent's mixture than the support's payoff. */
    private static boolean bestAgainst(double[][] payoffs, int[] theirs, double[] mix, double tolerance) {
        double value = mix[theirs.length];
        for (double[] row : payoffs) {
            double earned = 0;
            for (int v = 0; v < theirs.length; v++) {
                earned += row[theirs[v]] * mix[v];
            }
            if (earned > value + tolerance) {
                return false;
            }
        }
        return true;
    }

    /** Gaussian elimination with partial pivoting on an augmented square system; null when singular. */
    static double[] solve(double[][] m) {
        int n = m.length;
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            if (Math.abs(m[pivot][col]) < 1e-12) {
                return null;
            }
            double[] swap = m[pivot];
            m[pivot] = m[col];
            m[col] = swap;
            for (int r = 0; r < n; r++) {
                if (r != col) {
                    double factor = m[r][col] / m[col][col];
                    for (int c = col; c <= n; c++) {
                        m[r][c] -= factor * m[col][c];
                    }
                }
            }
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = m[i][n] / m[i][i];
        }
        return x;
    }
}
