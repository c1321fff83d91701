package chipsim.runner.analysis.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PairedDifferenceTest {

    @Test
    void theIntervalIsStudentsTOverThePairsDifferences() {
        // Differences 1, 2, 3: mean 2, sd 1; t(0.975, 2) = 4.302653 (tables), so the half-width is 4.302653 / sqrt(3).
        PairedDifference d = PairedDifference.of(new double[] {1, 2, 3}, new double[] {2, 4, 6});
        assertEquals(3, d.n());
        assertEquals(2, d.meanA(), 1e-12);
        assertEquals(4, d.meanB(), 1e-12);
        assertEquals(2, d.mean(), 1e-12);
        assertEquals(1, d.sd(), 1e-12);
        assertEquals(2 - 4.302653 / Math.sqrt(3), d.low(), 1e-5);
        assertEquals(2 + 4.302653 / Math.sqrt(3), d.high(), 1e-5);
        assertFalse(d.differs(), "three pairs this spread leave 0 inside the interval");
    }

    @Test
    void pairingRemovesTheNoiseBothRunsOfASeedShare() {
        // A varies a lot between seeds, B is A plus 0.5: the difference is exact.
        PairedDifference d = PairedDifference.of(new double[] {10, 200, 3000}, new double[] {10.5, 200.5, 3000.5});
        assertEquals(0.5, d.mean(), 1e-9);
        assertEquals(0.5, d.low(), 1e-9);
        assertEquals(0.5, d.high(), 1e-9);
    }

    @Test
    void identicalRunsDoNotDifferAndMissingPairsAreLeftOut() {
        PairedDifference same = PairedDifference.of(new double[] {1, 2}, new double[] {1, 2});
        assertEquals(0, same.mean());
        assertFalse(same.differs());
        PairedDifference one = PairedDifference.of(new double[] {1, Double.NaN}, new double[] {3, 5});
        assertEquals(1, one.n());
        assertEquals(2, one.mean());
        assertTrue(Double.isNaN(one.low()));
    }
}
