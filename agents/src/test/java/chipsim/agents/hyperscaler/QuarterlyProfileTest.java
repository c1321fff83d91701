package chipsim.agents.hyperscaler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuarterlyProfileTest {

    @Test
    void theQuartersAddToTheYearAndGrowWithoutAStepAtNewYear() {
        double total = 0;
        for (int q = 1; q <= 4; q++) {
            total += QuarterlyProfile.smooth(100, 170, q);
        }
        assertEquals(100, total, 1e-9);
        double lastOfThisYear = QuarterlyProfile.smooth(100, 170, 4);
        double firstOfNext = QuarterlyProfile.smooth(170, 170 * 1.7, 1);
        double growth = Math.pow(1.7, 0.25);
        assertEquals(growth, firstOfNext / lastOfThisYear, 1e-9);
        assertTrue(QuarterlyProfile.smooth(100, 170, 2) > QuarterlyProfile.smooth(100, 170, 1));
    }

    @Test
    void noGrowthOrNoNextYearIsAQuarterEach() {
        assertEquals(25, QuarterlyProfile.smooth(100, 100, 3), 1e-9);
        assertEquals(25, QuarterlyProfile.smooth(100, 0, 3), 1e-9);
        assertEquals(0, QuarterlyProfile.smooth(0, 50, 1), 1e-9);
    }
}
