package chipsim.runner.analysis.sensitivity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/** Sobol indices on functions whose indices are known in closed form. */
class SobolIndicesTest {

    static final int RESAMPLES = 500;

    /** Ishigami with a = 7, b = 0.1 on [-pi, pi]^3 (Ishigami and Homma 1990; values as in SALib's tests). */
    static double ishigami(double[] u) {
        double x1 = -Math.PI + 2 * Math.PI * u[0];
        double x2 = -Math.PI + 2 * Math.PI * u[1];
        double x3 = -Math.PI + 2 * Math.PI * u[2];
        return Math.sin(x1) + 7 * Math.sin(x2) * Math.sin(x2) + 0.1 * Math.pow(x3, 4) * Math.sin(x1);
    }

    static List<Estimate> run(ToDoubleFunction<double[]> f, int n, int d, boolean secondOrder, long seed) {
        double[][] rows = SaltelliSample.rows(n, d, secondOrder, seed);
        double[] y = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            y[i] = f.applyAsDouble(rows[i]);
        }
        return SobolIndices.analyse(y, d, secondOrder, RESAMPLES, seed + 1);
    }

    static Estimate find(List<Estimate> all, String index, int parameter, int other) {
        return all.stream().filter(e -> e.index().equals(index) && e.parameter() == parameter && e.other() == other)
                .findFirst().orElseThrow();
    }

    static void near(double expected, Estimate e, double tolerance) {
        assertEquals(expected, e.value(), tolerance, e.toString());
        assertTrue(e.low() <= expected + tolerance / 2 && expected - tolerance / 2 <= e.high(),
                "the 95% interval should reach " + expected + ": " + e);
    }

    @Test
    void ishigamiIndicesMatchTheirTrueValues() {
        List<Estimate> s = run(SobolIndicesTest::ishigami, 8192, 3, true, 7);
        double[] s1 = {0.3139, 0.4424, 0};
        double[] st = {0.5576, 0.4424, 0.2437};
        for (int i = 0; i < 3; i++) {
            near(s1[i], find(s, Estimate.S1, i, -1), 0.02);
            near(st[i], find(s, Estimate.ST, i, -1), 0.02);
        }
        // S13 = ST3: x3 acts only through its interaction with x1.
        near(0.2437, find(s, Estimate.S2, 0, 2), 0.04);
        near(0, find(s, Estimate.S2, 0, 1), 0.04);
        assertTrue(find(s, Estimate.S1, 2, -1).cannotTellFromZero(), "x3 has no first-order effect");
        assertFalse(find(s, Estimate.ST, 2, -1).cannotTellFromZero(), "x3 has a total effect");
        assertFalse(find(s, Estimate.S1, 0, -1).cannotTellFromZero());
    }

    /** y = x1 + 0.5 x2 + x1 x2 on [0, 1]^2: V1 = 2.25/12, V2 = 1/12, V12 = 1/144, V = 5/18. */
    @Test
    void aLinearFunctionWithAnInteraction() {
        List<Estimate> s = run(u -> u[0] + 0.5 * u[1] + u[0] * u[1], 4096, 2, true, 3);
        double v = 5.0 / 18;
        near(2.25 / 12 / v, find(s, Estimate.S1, 0, -1), 0.01);       // 0.675
        near(1.0 / 12 / v, find(s, Estimate.S1, 1, -1), 0.01);        // 0.3
        near((2.25 / 12 + 1.0 / 144) / v, find(s, Estimate.ST, 0, -1), 0.01);   // 0.7
        near((1.0 / 12 + 1.0 / 144) / v, find(s, Estimate.ST, 1, -1), 0.01);    // 0.325
        near(1.0 / 144 / v, find(s, Estimate.S2, 0, 1), 0.01);        // 0.025
    }

    /** Sobol's G-function: V_i = 1 / (3 (1 + a_i)^2), S1_i = V_i / V, ST_i = V_i prod_{j != i} (1 + V_j) / V. */
    @Test
    void sobolGFunction() {
        double[] a = {0, 1, 4.5, 9, 99, 99, 99, 99};
        ToDoubleFunction<double[]> g = u -> {
            double product = 1;
            for (int i = 0; i < a.length; i++) {
                product *= (Math.abs(4 * u[i] - 2) + a[i]) / (1 + a[i]);
            }
            return product;
        };
        double[] partial = new double[a.length];
        double all = 1;
        for (int i = 0; i < a.length; i++) {
            partial[i] = 1 / (3 * (1 + a[i]) * (1 + a[i]));
            all *= 1 + partial[i];
        }
        double variance = all - 1;
        List<Estimate> s = run(g, 8192, a.length, false, 11);
        for (int i = 0; i < a.length; i++) {
            near(partial[i] / variance, find(s, Estimate.S1, i, -1), 0.02);
            near(partial[i] * all / (1 + partial[i]) / variance, find(s, Estimate.ST, i, -1), 0.02);
        }
        assertTrue(find(s, Estimate.ST, 7, -1).value() < 0.01);
    }

    @Test
    void anInertParameterHasTotalIndexZeroInsideItsInterval() {
        List<Estimate> s = run(u -> u[0] * u[0] + u[1], 512, 3, false, 5);
        Estimate inert = find(s, Estimate.ST, 2, -1);
        assertEquals(0, inert.value());
        assertTrue(inert.low() <= 0 && inert.high() >= 0 && inert.cannotTellFromZero(), inert.toString());
    }

    @Test
    void noiseLiftsTheTotalIndexOfAnInertParameterAndTheNoiseFloorFlagsIt() {
        // y = x1 + noise of sd 0.1: an inert x2 gets ST of about 0.01 / (1/12 + 0.01) from noise alone.
        java.util.Random noise = new java.util.Random(3);
        double[][] rows = SaltelliSample.rows(1024, 2, false, 4);
        double[] y = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            y[i] = rows[i][0] + 0.1 * noise.nextGaussian();
        }
        double floor = 0.01 / (1.0 / 12 + 0.01);
        Estimate blind = find(SobolIndices.analyse(y, 2, false, 0, RESAMPLES, 5), Estimate.ST, 1, -1);
        assertEquals(floor, blind.value(), 0.03, blind.toString());
        assertFalse(blind.cannotTellFromZero(), "without the floor, noise looks like an effect: " + blind);
        Estimate flagged = find(SobolIndices.analyse(y, 2, false, floor, RESAMPLES, 5), Estimate.ST, 1, -1);
        assertTrue(flagged.cannotTellFromZero(), flagged.toString());
        assertFalse(find(SobolIndices.analyse(y, 2, false, floor, RESAMPLES, 5), Estimate.ST, 0, -1)
                .cannotTellFromZero());
    }

    @Test
    void theSameSeedGivesTheSameEstimatesAndIntervals() {
        List<Estimate> one = run(SobolIndicesTest::ishigami, 256, 3, false, 9);
        List<Estimate> two = run(SobolIndicesTest::ishigami, 256, 3, false, 9);
        assertEquals(one, two);
    }

    @Test
    void aScrambledSequenceStaysInTheCubeAndKeepsItsBalance() {
        double[][] points = ScrambledSobol.points(1024, 4, 2);
        for (int d = 0; d < 4; d++) {
            int[] halves = new int[2];
            for (double[] p : points) {
                assertTrue(p[d] >= 0 && p[d] < 1);
                halves[p[d] < 0.5 ? 0 : 1]++;
            }
            assertArrayEquals(new int[] {512, 512}, halves, "a power-of-two block fills each half exactly");
        }
        assertFalse(points[0][0] == 0 && points[0][1] == 0, "the shift moves the first point off the origin");
    }

    @Test
    void aConstantOutputHasNoIndices() {
        List<Estimate> s = run(u -> 3, 64, 2, false, 1);
        assertTrue(s.stream().allMatch(e -> Double.isNaN(e.value()) && e.cannotTellFromZero()));
    }
}
