package chipsim.agents.lookahead;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class DiscountedRegressionTest {

    private static DiscountedRegression prior(double slope) {
        return new DiscountedRegression(new double[] {0, slope}, new double[] {1e-6, 2}, 1.0);
    }

    @Test
    void withNoDataItIsThePrior() {
        assertArrayEquals(new double[] {0, 3}, prior(3).coefficients(), 1e-9);
        assertEquals(0, prior(3).weight());
    }

    @Test
    void dataThatMovesTheRegressorOutweighsThePrior() {
        DiscountedRegression model = prior(-1);
        for (int i = 0; i < 2000; i++) {
            double x = (i % 5) / 4.0;
            model = model.update(new double[] {1, x}, 2 + 5 * x);
        }
        double[] theta = model.coefficients();
        assertEquals(2, theta[0], 0.1);
        assertEquals(5, theta[1], 0.1);
    }

    @Test
    void aRegressorThatNeverMovedKeepsItsPriorSlopeAndTheLevelFitsTheData() {
        DiscountedRegression model = prior(4);
        for (int i = 0; i < 10; i++) {
            model = model.update(new double[] {1, 0.5}, 7);
        }
        assertEquals(4, model.coefficients()[1], 1e-3);
        assertEquals(7, model.predict(1, 0.5), 1e-3);
        assertEquals(7 + 4 * 0.25, model.predict(1, 0.75), 1e-2);
    }

    @Test
    void forgettingLetsRecentQuartersWinOverOldOnes() {
        DiscountedRegression forgetful = new DiscountedRegression(new double[] {0, 0}, new double[] {1e-6, 1e-6}, 0.5);
        for (int i = 0; i < 20; i++) {
            forgetful = forgetful.update(new double[] {1, 0}, 1);
        }
        for (int i = 0; i < 5; i++) {
            forgetful = forgetful.update(new double[] {1, 0}, 3);
        }
        assertTrue(forgetful.predict(1, 0) > 2.9, "after five new quarters at half weight, the old level is nearly gone");
    }

    @Test
    void itsStateSurvivesAPolicysMemory() {
        DiscountedRegression model = prior(1).update(new double[] {1, 0.2}, 3).update(new double[] {1, 0.9}, 5);
        SortedMap<String, Double> memory = new TreeMap<>();
        model.write("m", memory);
        DiscountedRegression back = prior(1).read("m", memory);
        assertArrayEquals(model.coefficients(), back.coefficients(), 1e-12);
        assertEquals(model.weight(), back.weight(), 1e-12);
        assertArrayEquals(prior(1).coefficients(), prior(1).read("other", memory).coefficients(), 1e-12);
    }
}
