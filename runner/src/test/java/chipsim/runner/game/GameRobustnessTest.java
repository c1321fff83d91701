package chipsim.runner.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Equilibria of noisy games: robust when no deviation can pay within the intervals, fragile otherwise. */
class GameRobustnessTest {

    /** A 2x2 game with the given means and the same half-width around every cell. */
    private static Game noisy(double[][] row, double[][] col, double halfWidth) {
        Rational[][] payoffs = new Rational[4][];
        Game.Interval[][] intervals = new Game.Interval[4][];
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                payoffs[i * 2 + j] = new Rational[] {Rational.of(row[i][j]), Rational.of(col[i][j])};
                intervals[i * 2 + j] = new Game.Interval[] {
                    new Game.Interval(row[i][j] - halfWidth, row[i][j] + halfWidth),
                    new Game.Interval(col[i][j] - halfWidth, col[i][j] + halfWidth)};
            }
        }
        return new Game("noisy", "", Game.Kind.SIMULATED, List.of("row", "col"),
                List.of(List.of("up", "down"), List.of("left", "right")), payoffs, intervals);
    }

    private static final double[][] ROW = {{3, 0}, {2.5, 1}};
    private static final double[][] COL = {{3, 1}, {0, 2}};

    @Test
    void anEquilibriumWithMarginsWiderThanTheNoiseIsRobust() {
        // (up, left): row loses 0.5 by moving down, col loses 2 by moving right.
        Analysis analysis = Analysis.of(noisy(ROW, COL, 0.1));
        Equilibrium first = analysis.equilibria().get(0);
        assertTrue(first.isPure());
        Robustness r = analysis.robustness().get(0);
        assertTrue(r.robust());
        assertEquals(1.0, r.holdShare());
        assertEquals(0.3, r.margin(), 1e-12);
        assertEquals(0, r.player());
        assertEquals(1, r.strategy());
    }

    @Test
    void anEquilibriumInsideTheNoiseIsFragileAndRivalsMayBeEquilibriaToo() {
        Analysis analysis = Analysis.of(noisy(ROW, COL, 0.4));
        Robustness r = analysis.robustness().get(0);
        assertFalse(r.robust());
        assertEquals(-0.3, r.margin(), 1e-12);
        assertTrue(r.holdShare() > 0.5 && r.holdShare() < 1, "share " + r.holdShare());
        // (up, right) and (down, left) are no equilibria: col surely gains 2 by moving, until the
        // intervals are more than 1 wide on each side.
        assertTrue(analysis.possible().isEmpty());
        assertTrue(Analysis.of(noisy(ROW, COL, 0.9)).possible().isEmpty());
        assertEquals(List.of(1, 2), Analysis.of(noisy(ROW, COL, 1.1)).possible());
    }

    @Test
    void theMixedEquilibriumOfNoisyMatchingPenniesKeepsItsSupports() {
        double[][] matcher = {{1, -1}, {-1, 1}};
        double[][] mismatcher = {{-1, 1}, {1, -1}};
        Analysis analysis = Analysis.of(noisy(matcher, mismatcher, 0.2));
        assertEquals(1, analysis.equilibria().size());
        Robustness r = analysis.robustness().get(0);
        // Small noise moves the mixture but never creates a pure equilibrium.
        assertTrue(r.robust());
        assertEquals(1.0, r.holdShare());
        assertTrue(Double.isNaN(r.margin()));
    }
}
