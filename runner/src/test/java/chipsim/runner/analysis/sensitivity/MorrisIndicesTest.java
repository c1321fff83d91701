package chipsim.runner.analysis.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Morris measures on Ishigami, against their exact values on the same grid, counted point by point. */
class MorrisIndicesTest {

    static final int LEVELS = 4;

    /**
     * The exact mu* of parameter i on the p-level grid: in a random trajectory the moved parameter
     * starts at each of the p/2 lower levels with equal chance, and every other parameter stands
     * at each of the p levels with equal chance, so mu*_i is the mean of |EE| over those grid points.
     */
    static double exactMuStar(int i) {
        double delta = MorrisSample.delta(LEVELS);
        double sum = 0;
        int count = 0;
        double[] grid = new double[LEVELS];
        for (int l = 0; l < LEVELS; l++) {
            grid[l] = l / (double) (LEVELS - 1);
        }
        for (int low = 0; low < LEVELS / 2; low++) {
            for (double other1 : grid) {
                for (double other2 : grid) {
                    double[] x = new double[3];
                    int[] others = i == 0 ? new int[] {1, 2} : i == 1 ? new int[] {0, 2} : new int[] {0, 1};
                    x[others[0]] = other1;
                    x[others[1]] = other2;
                    x[i] = grid[low];
                    double before = SobolIndicesTest.ishigami(x);
                    x[i] += delta;
                    sum += Math.abs(SobolIndicesTest.ishigami(x) - before) / delta;
                    count++;
                }
            }
        }
        return sum / count;
    }

    @Test
    void ishigamiMuStarMatchesItsExactGridValue() {
        int r = 4000;
        double[][] rows = MorrisSample.rows(r, 3, LEVELS, 21);
        double[] y = new double[rows.length];
        for (int k = 0; k < rows.length; k++) {
            y[k] = SobolIndicesTest.ishigami(rows[k]);
        }
        List<Estimate> m = MorrisIndices.analyse(rows, y, 3, LEVELS, 0, 300, 22);
        double[] muStar = new double[3];
        for (int i = 0; i < 3; i++) {
            int p = i;
            Estimate e = m.stream().filter(x -> x.index().equals(Estimate.MU_STAR) && x.parameter() == p)
                    .findFirst().orElseThrow();
            double exact = exactMuStar(i);
            muStar[i] = e.value();
            assertEquals(exact, e.value(), 0.05 * exact, "mu* of x" + (i + 1) + ": " + e);
            assertTrue(e.low() <= exact && exact <= e.high(), "interval of mu* x" + (i + 1) + " reaches " + exact
                    + ": " + e);
        }
        // x2 and x1 drive Ishigami most; x3 acts only with x1, still a clear elementary effect.
        assertTrue(muStar[0] > muStar[2] && muStar[2] > 0, java.util.Arrays.toString(muStar));
    }

    @Test
    void everyStepMovesOneParameterByDeltaOnTheGrid() {
        double[][] rows = MorrisSample.rows(50, 5, 6, 3);
        double delta = MorrisSample.delta(6);
        for (int t = 0; t < 50; t++) {
            for (int k = 0; k < 5; k++) {
                double[] a = rows[t * 6 + k];
                double[] b = rows[t * 6 + k + 1];
                int moved = 0;
                for (int i = 0; i < 5; i++) {
                    if (a[i] != b[i]) {
                        moved++;
                        assertEquals(delta, Math.abs(a[i] - b[i]), 1e-12);
                    }
                    assertTrue(b[i] >= 0 && b[i] <= 1);
                    assertEquals(0, b[i] * 5 - Math.rint(b[i] * 5), 1e-9, "on the grid");
                }
                assertEquals(1, moved);
            }
        }
    }

    @Test
    void aLinearFunctionHasItsSlopeAsEveryElementaryEffect() {
        double[][] rows = MorrisSample.rows(20, 3, 4, 8);
        double[] y = new double[rows.length];
        for (int k = 0; k < rows.length; k++) {
            y[k] = 2 * rows[k][0] - 3 * rows[k][1];
        }
        List<Estimate> m = MorrisIndices.analyse(rows, y, 3, 4, 0, 100, 9);
        assertEquals(2, m.get(0).value(), 1e-9);        // mu of x1
        assertEquals(2, m.get(1).value(), 1e-9);        // mu*
        assertEquals(0, m.get(2).value(), 1e-9);        // sigma: the effect never changes
        assertEquals(-3, m.get(3).value(), 1e-9);
        assertEquals(3, m.get(4).value(), 1e-9);
        assertTrue(m.get(7).cannotTellFromZero(), "x3 does nothing: " + m.get(7));
        assertEquals(0, m.get(7).value());
    }

    @Test
    void replicationNoiseIsTheWithinPointShareOfTheVariance() {
        // Two points, two runs each: within variances 0.5 and 0.5; all four values 0, 1, 10, 11.
        ReplicationNoise noise = ReplicationNoise.of(List.of(new double[] {0, 1}, new double[] {10, 11}));
        assertEquals(0.5, noise.withinPointVariance(), 1e-12);
        assertEquals(101.0 / 3, noise.totalVariance(), 1e-12);
        assertEquals(0.5 / (101.0 / 3), noise.share(), 1e-12);
        assertTrue(Double.isNaN(ReplicationNoise.of(List.of(new double[] {1}, new double[] {2})).share()));
    }
}
