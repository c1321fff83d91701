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

    @Test
    void withNoDataTheCovarianceIsThePriorSpread() {
        // sigma^2 = s0^2 (no residuals yet), the slope's variance s0^2 / pi.
        double[][] covariance = prior(3).covariance(0.5, 2);
        assertEquals(0.25 / 2, covariance[1][1], 1e-9);
    }

    @Test
    void moreDataOnAMovingRegressorShrinksTheSlopesUncertainty() {
        // The prior's slope is right, so only the noise and the spread of x count.
        DiscountedRegression model = prior(2);
        double before = model.covariance(0.5, 2)[1][1];
        for (int i = 0; i < 40; i++) {
            double x = (i % 2);
            model = model.update(new double[] {1, x}, 1 + 2 * x + (i % 4 < 2 ? 0.1 : -0.1));
        }
        double[][] after = model.covariance(0.5, 2);
        assertTrue(after[1][1] < before / 20, "40 quarters at two values of x pin the slope: " + after[1][1]);
        assertEquals(after[0][1], after[1][0], 1e-12, "symmetric");
    }

    @Test
    void noisierOutcomesLeaveTheSlopeLessCertain() {
        DiscountedRegression quiet = prior(2);
        DiscountedRegression noisy = prior(2);
        for (int i = 0; i < 20; i++) {
            double x = (i % 2);
            double shock = i % 4 < 2 ? 1 : -1;
            quiet = quiet.update(new double[] {1, x}, 1 + 2 * x + 0.01 * shock);
            noisy = noisy.update(new double[] {1, x}, 1 + 2 * x + 1.0 * shock);
        }
        assertTrue(noisy.covariance(0.1, 1)[1][1] > 100 * quiet.covariance(0.1, 1)[1][1]);
    }

    @Test
    void dataFarFromThePriorSlopeAlsoWidenTheUncertainty() {
        // The posterior sum of squares counts the coefficients' distance from their prior.
        DiscountedRegression agrees = prior(2);
        DiscountedRegression disagrees = prior(-2);
        for (int i = 0; i < 3; i++) {
            agrees = agrees.update(new double[] {1, i % 2}, 1 + 2 * (i % 2));
            disagrees = disagrees.update(new double[] {1, i % 2}, 1 + 2 * (i % 2));
        }
        assertTrue(disagrees.covariance(0.1, 1)[1][1] > agrees.covariance(0.1, 1)[1][1]);
    }

    @Test
    void theSquaredOutcomesAreKeptInTheMemory() {
        DiscountedRegression model = prior(0).update(new double[] {1, 1}, 2).update(new double[] {1, 0}, 1);
        SortedMap<String, Double> memory = new TreeMap<>();
        model.write("m", memory);
        DiscountedRegression back = prior(0).read("m", memory);
        assertArrayEquals(model.covariance(0.3, 2)[1], back.covariance(0.3, 2)[1], 1e-12);
    }
}
