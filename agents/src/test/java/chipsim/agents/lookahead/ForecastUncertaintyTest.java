package chipsim.agents.lookahead;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ForecastUncertaintyTest {

    @Test
    void aLinearForecastHasTheExactStandardDeviation() {
        // f = 2 a - 3 b, Var f = 4 Var a + 9 Var b - 12 Cov(a, b).
        double[][] covariance = {{1.0, 0.5}, {0.5, 4.0}};
        double sd = ForecastUncertainty.sd(t -> 2 * t[0] - 3 * t[1], new double[] {7, -2}, covariance);
        assertEquals(Math.sqrt(4 + 36 - 6), sd, 1e-6);
    }

    @Test
    void knownCoefficientsGiveNoUncertainty() {
        assertEquals(0, ForecastUncertainty.sd(t -> Math.exp(t[0]), new double[] {1}, new double[][] {{0}}));
    }

    @Test
    void blocksSitOnTheDiagonalAndNothingLinksThem() {
        double[][] all = ForecastUncertainty.blockDiagonal(new double[][] {{1, 2}, {2, 5}}, new double[][] {{9}});
        assertEquals(3, all.length);
        assertEquals(2, all[0][1]);
        assertEquals(9, all[2][2]);
        assertEquals(0, all[0][2]);
        assertEquals(0, all[2][1]);
    }
}
