package chipsim.runner.analysis.equilibria;

import chipsim.runner.game.Rational;

/**
 * A two-player game as two exact payoff matrices, both indexed [row strategy][column strategy].
 *
 * @param rowPayoffs    what the row player gets
 * @param columnPayoffs what the column player gets
 */
public record Bimatrix(Rational[][] rowPayoffs, Rational[][] columnPayoffs) {

    public Bimatrix {
        if (rowPayoffs.length == 0 || rowPayoffs[0].length == 0 || rowPayoffs.length != columnPayoffs.length
                || rowPayoffs[0].length != columnPayoffs[0].length) {
            throw new IllegalArgumentException("the two payoff matrices must have the same, nonzero size");
        }
    }

    public int rows() {
        return rowPayoffs.length;
    }

    public int columns() {
        return rowPayoffs[0].length;
    }

    /** Expected payoff of {@code matrix} when the row player mixes {@code x} and the column player {@code y}. */
    public static Rational expected(Rational[][] matrix, Rational[] x, Rational[] y) {
        Rational sum = Rational.ZERO;
        for (int i = 0; i < x.length; i++) {
            if (x[i].signum() == 0) {
                continue;
            }
            Rational row = Rational.ZERO;
            for (int j = 0; j < y.length; j++) {
                if (y[j].signum() != 0) {
                    row = row.add(matrix[i][j].multiply(y[j]));
                }
            }
            sum = sum.add(row.multiply(x[i]));
        }
        return sum;
    }
}
