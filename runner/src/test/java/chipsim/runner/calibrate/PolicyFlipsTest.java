package chipsim.runner.calibrate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one-at-a-time design and where a moved parameter's policy path parts, on paths made by hand. */
class PolicyFlipsTest {

    private static final List<CalibratedParameters.Parameter> PARAMETERS = List.of(
            new CalibratedParameters.Parameter("a", 10, true), new CalibratedParameters.Parameter("b", 0.5, false));

    private static Robustness.Draw draw(int index, List<String> path, List<String> reasons) {
        return new Robustness.Draw(index, ParameterDraws.values(ParameterDraws.Design.ONE_AT_A_TIME, PARAMETERS, 0.2,
                1, index), Map.of(), "", Map.of(), path, reasons);
    }

    @Test
    void theDesignMovesOneParameterAtATimeToEachSide() {
        assertEquals(5, ParameterDraws.count(ParameterDraws.Design.ONE_AT_A_TIME, PARAMETERS, 99));
        assertArrayEquals(new double[] {10, 0.5}, ParameterDraws.values(ParameterDraws.Design.ONE_AT_A_TIME,
                PARAMETERS, 0.2, 1, 0));
        assertArrayEquals(new double[] {8, 0.5}, ParameterDraws.values(ParameterDraws.Design.ONE_AT_A_TIME,
                PARAMETERS, 0.2, 1, 1));
        assertArrayEquals(new double[] {12, 0.5}, ParameterDraws.values(ParameterDraws.Design.ONE_AT_A_TIME,
                PARAMETERS, 0.2, 1, 2));
        assertArrayEquals(new double[] {10, 0.4}, ParameterDraws.values(ParameterDraws.Design.ONE_AT_A_TIME,
                PARAMETERS, 0.2, 1, 3), 1e-12);
        assertArrayEquals(new double[] {10, 0.6}, ParameterDraws.values(ParameterDraws.Design.ONE_AT_A_TIME,
                PARAMETERS, 0.2, 1, 4), 1e-12);
    }

    @Test
    void theFirstPartingStepAndTheReasonsOfItsQuarterAreReported() {
        List<String> calibrated = List.of("2025Q1 US:H20 banned", "2026Q1 US:H200 licensed(25%)");
        List<String> calibratedReasons = List.of("2025Q1 washington: tightens", "2026Q1 washington: licenses");
        List<Robustness.Draw> draws = List.of(
                draw(0, calibrated, calibratedReasons),
                draw(1, calibrated, calibratedReasons),                                   // a x0.8: same
                draw(2, List.of("2026Q1 US:H200 licensed(25%)"), List.of("2026Q1 washington: licenses")),
                draw(3, List.of("2025Q1 US:H20 banned", "2025Q3 CN:H20 discouraged", "2026Q1 US:H200 licensed(25%)"),
                        List.of("2025Q1 washington: tightens", "2025Q3 beijing: H20 discouraged",
                                "2026Q1 washington: licenses")),
                draw(4, List.of("2025Q1 US:H20 banned"), List.of("2025Q1 washington: tightens")));
        List<PolicyFlips.Row> rows = PolicyFlips.of(PARAMETERS, 0.2, draws);
        assertEquals(4, rows.size());
        assertTrue(rows.get(0).same());

        PolicyFlips.Row noBan = rows.get(1);   // a x1.2: never bans H20
        assertFalse(noBan.same());
        assertEquals("12", noBan.value());
        assertEquals("2025Q1", noBan.quarter());
        assertEquals("2025Q1 US:H20 banned", noBan.calibratedStep());
        assertEquals("2026Q1 US:H200 licensed(25%)", noBan.movedStep());
        assertEquals(List.of("calibrated: washington: tightens"), noBan.reasons());

        PolicyFlips.Row extra = rows.get(2);   // b x0.8: Beijing discourages H20 in between
        assertEquals("2025Q3", extra.quarter());
        assertEquals(List.of("beijing: H20 discouraged"), extra.reasons());

        PolicyFlips.Row shorter = rows.get(3); // b x1.2: never licenses H200
        assertEquals("2026Q1", shorter.quarter());
        assertEquals("(no step)", shorter.movedStep());
        assertEquals(List.of("calibrated: washington: licenses"), shorter.reasons());
    }

    @Test
    void pathsPartAtTheirFirstDifferentStep() {
        assertEquals(-1, PolicyPath.firstDifference(List.of("x", "y"), List.of("x", "y")));
        assertEquals(1, PolicyPath.firstDifference(List.of("x", "y"), List.of("x", "z")));
        assertEquals(2, PolicyPath.firstDifference(List.of("x", "y"), List.of("x", "y", "z")));
        assertEquals(List.of(), PolicyPath.split("", PolicyPath.STEP_SEPARATOR));
        assertEquals(List.of("2025Q1 US:H20 banned", "2026Q1 CN:H200 quota"),
                PolicyPath.split("2025Q1 US:H20 banned; 2026Q1 CN:H200 quota", PolicyPath.STEP_SEPARATOR));
    }
}
