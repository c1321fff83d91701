package chipsim.runner.analysis.equilibria;

import java.math.BigInteger;

/**
 * An integer-pivoting tableau (Edmonds; Bareiss): integers whose common denominator is the last
 * pivot, updated by t' = (t p - f q) / D with every division exact. Two implementations: in longs
 * when Hadamard's bound proves every entry fits (the common case for small games, several times
 * faster), else in BigIntegers.
 */
interface IntegerTableau {

    /** The sign of entry (i, c), as stored (the denominator's sign not applied). */
    int signum(int i, int c);

    /** The sign of the common denominator. */
    int denominatorSignum();

    /** The sign of T[a][c] T[b][e] - T[b][c] T[a][e]: how the ratios T[a][c]/T[a][e] and T[b][c]/T[b][e] compare. */
    int compareCross(int a, int b, int c, int e);

    void pivot(int row, int column);

    BigInteger entry(int i, int c);

    BigInteger denominator();

    /** The tableau of [K | I | 1]: longs when every minor provably fits, BigIntegers otherwise. */
    static IntegerTableau of(BigInteger[][] k) {
        int r = k.length;
        int d = k[0].length;
        BigInteger[][] t = new BigInteger[r][d + r + 1];
        double[] logNorms = new double[d + r + 1];
        for (int i = 0; i < r; i++) {
            for (int c = 0; c < d + r + 1; c++) {
                t[i][c] = c < d ? k[i][c] : c == d + i || c == d + r ? BigInteger.ONE : BigInteger.ZERO;
            }
        }
        for (int c = 0; c < d + r + 1; c++) {
            double squares = 0;
            for (int i = 0; i < r; i++) {
                double v = t[i][c].doubleValue();
                squares += v * v;
            }
            logNorms[c] = squares == 0 ? 0 : Math.log(squares) / 2 / Math.log(2);
        }
        // Every entry is a determinant of r columns of [K | I | 1]: at most the product of the r largest norms.
        java.util.Arrays.sort(logNorms);
        double bits = 0;
        for (int c = 0; c < r; c++) {
            bits += Math.max(0, logNorms[logNorms.length - 1 - c]);
        }
        return bits < 61 ? new LongTableau(t) : new BigTableau(t);
    }
}
