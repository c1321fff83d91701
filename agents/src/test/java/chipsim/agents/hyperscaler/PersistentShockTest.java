package chipsim.agents.hyperscaler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.agents.AgentRandom;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The persistent budget shock (docs/model.md, "Buyers: budgets"). */
class PersistentShockTest {

    @Test
    void withoutPersistenceItIsTheIndependentDraw() {
        assertEquals(0.7, PersistentShock.nextLog(-1.3, 0.7, 0.0), 1e-12);
        assertEquals(0.7, PersistentShock.nextLog(Double.NaN, 0.7, 0.75), 1e-12, "the first quarter starts stationary");
        assertEquals(1.0, PersistentShock.factor(2.0, 0.0), 1e-12);
    }

    @Test
    void persistenceKeepsTheSpreadOfAQuarterAndShrinksTheStepBetweenQuarters() {
        double[] spread = new double[2];
        double[] step = new double[2];
        double[] rhos = {0.0, 0.75};
        for (int k = 0; k < rhos.length; k++) {
            SplittableRandom draws = new SplittableRandom(42);
            double z = Double.NaN;
            double sumSquares = 0;
            double stepSquares = 0;
            int n = 20_000;
            for (int i = 0; i < n; i++) {
                double next = PersistentShock.nextLog(z, AgentRandom.gaussian(draws), rhos[k]);
                if (i > 0) {
                    stepSquares += (next - z) * (next - z);
                }
                sumSquares += next * next;
                z = next;
            }
            spread[k] = Math.sqrt(sumSquares / n);
            step[k] = Math.sqrt(stepSquares / (n - 1));
        }
        assertEquals(1.0, spread[0], 0.05);
        assertEquals(1.0, spread[1], 0.05);
        assertEquals(Math.sqrt(2), step[0], 0.05);
        assertEquals(Math.sqrt(2 * 0.25), step[1], 0.05, "sd of the step is sqrt(2 (1 - rho))");
        assertTrue(step[1] < step[0]);
    }
}
