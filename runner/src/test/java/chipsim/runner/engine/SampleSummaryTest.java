package chipsim.runner.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The one summary and confidence interval every many-run command prints. */
class SampleSummaryTest {

    @Test
    void theIntervalUsesStudentsT() {
        SampleSummary s = SampleSummary.of(new double[] {1, 2, 3});
        // mean 2, sd 1, t(0.975, 2) = 4.302653: half-width t / sqrt(3).
        assertEquals(2, s.mean());
        assertEquals(1, s.sd(), 1e-15);
        assertEquals(2 - 4.302653 / Math.sqrt(3), s.low(), 1e-6);
        assertEquals(2 + 4.302653 / Math.sqrt(3), s.high(), 1e-6);
        assertEquals(2.042272, SampleSummary.tQuantile(30), 1e-6);
        assertEquals(1.983972, SampleSummary.tQuantile(100), 1e-6);
    }

    @Test
    void oneValueHasAMeanButNoSpreadAndNoneHasNothing() {
        SampleSummary one = SampleSummary.of(new double[] {5});
        assertEquals(5, one.mean());
        assertFalse(one.hasInterval());
        assertTrue(Double.isNaN(one.sd()));
        assertTrue(Double.isNaN(SampleSummary.of(new double[0]).mean()));
    }

    @Test
    void equalValuesHaveExactlyThatMeanWhateverTheirOrder() {
        double[] tenths = new double[10];
        java.util.Arrays.fill(tenths, 0.1);
        SampleSummary s = SampleSummary.of(tenths);
        assertEquals(0.1, s.mean());
        assertEquals(0, s.sd());
        assertEquals(SampleSummary.of(new double[] {0.1, 0.7, 1e9}).mean(),
                SampleSummary.of(new double[] {1e9, 0.7, 0.1}).mean());
    }
}
