package chipsim.runner.game;

import java.util.Optional;

/** Exact Gaussian elimination over the rationals: the unique solution of a square or tall system, if any. */
final class LinearSystem {

    private LinearSystem() {}

    /**
     * Solves {@code a x = b} for an m-by-n {@code a} with m >= n.
     *
     * @return the solution when the system has exactly one; empty when it has none or many
     */
    static Optional<Rational[]> solve(Rational[][] a, Rational[] b) {
        int rows = a.length;
        int cols = rows == 0 ? 0 : a[0].length;
        Rational[][] m = new Rational[rows][cols + 1];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(a[i], 0, m[i], 0, cols);
            m[i][cols] = b[i];
        }
        int pivotRow = 0;
        for (int col = 0; col < cols; col++) {
            int found = -1;
            for (int r = pivotRow; r < rows; r++) {
                if (m[r][col].signum() != 0) {
                    found = r;
                    break;
                }
            }
            if (found < 0) {
                return Optional.empty();
            }
            Rational[] swap = m[found];
            m[found] = m[pivotRow];
            m[pivotRow] = swap;
            for (int r = 0; r < rows; r++) {
                if (r == pivotRow || m[r][col].signum() == 0) {
                    continue;
                }
                Rational factor = m[r][col].divide(m[pivotRow][col]);
                for (int c = col; c <= cols; c++) {
                    m[r][c] = m[r][c].subtract(factor.multiply(m[pivotRow][c]));
                }
            }
            pivotRow++;
        }
        // Rows beyond the n pivots must read 0 = 0, or the system is inconsistent.
        for (int r = cols; r < rows; r++) {
            if (m[r][cols].signum() != 0) {
                return Optional.empty();
            }
        }
        Rational[] x = new Rational[cols];
        for (int i = 0; i < cols; i++) {
            x[i] = m[i][cols].divide(m[i][i]);
        }
        return Optional.of(x);
    }
}
