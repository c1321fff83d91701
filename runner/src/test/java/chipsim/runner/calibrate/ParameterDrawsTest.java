package chipsim.runner.calibrate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParameterDrawsTest {

    private static final List<CalibratedParameters.Parameter> PARAMETERS = List.of(
            new CalibratedParameters.Parameter("flopsWeight", 0.6, false),
            new CalibratedParameters.Parameter("nvidia.setup.launchUnits", 300_000, true));

    @Test
    void everyValueLiesWithinTheSpreadAndWholeNumbersStayWhole() {
        double lowest = Double.MAX_VALUE;
        double highest = -Double.MAX_VALUE;
        for (int i = 0; i < 500; i++) {
            double[] values = ParameterDraws.draw(PARAMETERS, 0.2, 3, i);
            assertTrue(values[0] >= 0.48 && values[0] <= 0.72, Arrays.toString(values));
            assertTrue(values[1] >= 240_000 && values[1] <= 360_000, Arrays.toString(values));
            assertEquals(Math.rint(values[1]), values[1]);
            lowest = Math.min(lowest, values[0]);
            highest = Math.max(highest, values[0]);
        }
        // Uniform over the range: 500 draws come near both ends.
        assertTrue(lowest < 0.5 && highest > 0.70, lowest + " .. " + highest);
    }

    @Test
    void aDrawDependsOnlyOnTheSeedAndItsIndex() {
        assertArrayEquals(ParameterDraws.draw(PARAMETERS, 0.2, 3, 4), ParameterDraws.draw(PARAMETERS, 0.2, 3, 4));
        assertNotEquals(Arrays.toString(ParameterDraws.draw(PARAMETERS, 0.2, 3, 4)),
                Arrays.toString(ParameterDraws.draw(PARAMETERS, 0.2, 3, 5)));
        assertNotEquals(Arrays.toString(ParameterDraws.draw(PARAMETERS, 0.2, 3, 4)),
                Arrays.toString(ParameterDraws.draw(PARAMETERS, 0.2, 4, 4)));
    }

    @Test
    void aDrawIsWrittenAsOverrides() {
        assertEquals(List.of("flopsWeight=0.5", "nvidia.setup.launchUnits=250000"),
                ParameterDraws.overrides(PARAMETERS, new double[] {0.5, 250_000}));
    }
}
