package chipsim.agents.lookahead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LogitChoiceTest {

    private static final double[] SCORES = {1, 3, 2};

    @Test
    void atTemperatureZeroTheBestIsChosenWhateverTheDraw() {
        for (double u : new double[] {0, 0.3, 0.999}) {
            assertEquals(1, LogitChoice.choose(SCORES, 0, u));
        }
    }

    @Test
    void probabilitiesFollowTheScoresAndFlattenWithTemperature() {
        double[] cold = LogitChoice.probabilities(SCORES, 0.5);
        double[] hot = LogitChoice.probabilities(SCORES, 50);
        assertEquals(1, cold[0] + cold[1] + cold[2], 1e-12);
        assertTrue(cold[1] > cold[2] && cold[2] > cold[0]);
        assertTrue(hot[1] - hot[0] < cold[1] - cold[0], "a hotter choice is nearer to uniform");
        assertEquals(Math.exp(-1 / 0.5), cold[2] / cold[1], 1e-12);
    }

    @Test
    void aDrawPicksTheCandidateWhoseSliceItFallsIn() {
        double[] p = LogitChoice.probabilities(SCORES, 1);
        assertEquals(0, LogitChoice.choose(SCORES, 1, p[0] / 2));
        assertEquals(1, LogitChoice.choose(SCORES, 1, p[0] + p[1] / 2));
        assertEquals(2, LogitChoice.choose(SCORES, 1, 0.9999999));
    }
}
