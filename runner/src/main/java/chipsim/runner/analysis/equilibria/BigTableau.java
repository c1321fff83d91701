package chipsim.runner.analysis.equilibria;

import java.math.BigInteger;

/** {@link IntegerTableau} in BigIntegers: any size of entry. */
final class BigTableau implements IntegerTableau {

    private final BigInteger[][] t;
    private BigInteger determinant = BigInteger.ONE;

    BigTableau(BigInteger[][] t) {
        this.t = t;
    }

    @Override
    public int signum(int i, int c) {
        return t[i][c].signum();
    }

    @Override
    public int denominatorSignum() {
        return determinant.signum();
    }

    @Override
    public int compareCross(int a, int b, int c, int e) {
        return t[a][c].multiply(t[b][e]).compareTo(t[b][c].multiply(t[a][e]));
    }

    @Override
    public void pivot(int row, int column) {
        BigInteger[] pivotRow = t[row];
        BigInteger p = pivotRow[column];
        for (int i = 0; i < t.length; i++) {
            if (i == row) {
                continue;
            }
            BigInteger[] line = t[i];
            BigInteger factor = line[column];
            for (int c = 0; c < line.length; c++) {
                BigInteger value = line[c].multiply(p);
                if (factor.signum() != 0 && pivotRow[c].signum() != 0) {
                    value = value.subtract(factor.multiply(pivotRow[c]));
                }
                line[c] = value.divide(determinant);
            }
        }
        determinant = p;
    }

    @Override
    public BigInteger entry(int i, int c) {
        return t[i][c];
    }

    @Override
    public BigInteger denominator() {
        return determinant;
    }
}
