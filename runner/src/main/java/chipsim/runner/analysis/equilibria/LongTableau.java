package chipsim.runner.analysis.equilibria;

import java.math.BigInteger;

/**
 * {@link IntegerTableau} in longs, for when Hadamard's bound shows every entry stays below 2^61:
 * products are formed in 128 bits (Math.multiplyHigh), and the exact division by the last pivot
 * is done modulo 2^64 (shift out the pivot's factors of 2, multiply by the inverse of its odd
 * part), which is exact because the true quotient is known to fit.
 */
final class LongTableau implements IntegerTableau {

    private final long[][] t;
    private long determinant = 1;

    LongTableau(BigInteger[][] entries) {
        t = new long[entries.length][entries[0].length];
        for (int i = 0; i < entries.length; i++) {
            for (int c = 0; c < entries[i].length; c++) {
                t[i][c] = entries[i][c].longValueExact();
            }
        }
    }

    @Override
    public int signum(int i, int c) {
        return Long.signum(t[i][c]);
    }

    @Override
    public int denominatorSignum() {
        return Long.signum(determinant);
    }

    @Override
    public int compareCross(int a, int b, int c, int e) {
        long x = t[a][c];
        long y = t[b][e];
        long u = t[b][c];
        long v = t[a][e];
        long hi1 = Math.multiplyHigh(x, y);
        long lo1 = x * y;
        long hi2 = Math.multiplyHigh(u, v);
        long lo2 = u * v;
        int cmp = Long.compare(hi1, hi2);
        return cmp != 0 ? cmp : Long.compareUnsigned(lo1, lo2);
    }

    @Override
    public void pivot(int row, int column) {
        long[] pivotRow = t[row];
        long p = pivotRow[column];
        int shift = Long.numberOfTrailingZeros(determinant);
        long inverse = inverseOfOdd(determinant >> shift);
        for (int i = 0; i < t.length; i++) {
            if (i == row) {
                continue;
            }
            long[] line = t[i];
            long factor = line[column];
            for (int c = 0; c < line.length; c++) {
                long a = line[c];
                long q = pivotRow[c];
                long lo = a * p;
                long hi = Math.multiplyHigh(a, p);
                if (factor != 0 && q != 0) {
                    long lo2 = factor * q;
                    long hi2 = Math.multiplyHigh(factor, q);
                    long borrow = Long.compareUnsigned(lo, lo2) < 0 ? 1 : 0;
                    lo -= lo2;
                    hi = hi - hi2 - borrow;
                }
                if (shift > 0) {
                    lo = (lo >>> shift) | (hi << (64 - shift));
                }
                line[c] = lo * inverse;
            }
        }
        determinant = p;
    }

    /** x with x * odd = 1 modulo 2^64, by Newton's iteration (each step doubles the correct bits). */
    static long inverseOfOdd(long odd) {
        long x = odd;
        for (int step = 0; step < 6; step++) {
            x *= 2 - odd * x;
        }
        return x;
    }

    @Override
    public BigInteger entry(int i, int c) {
        return BigInteger.valueOf(t[i][c]);
    }

    @Override
    public BigInteger denominator() {
        return BigInteger.valueOf(determinant);
    }
}
