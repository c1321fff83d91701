package chipsim.runner.analysis.equilibria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.runner.game.Rational;
import java.util.List;
import org.junit.jupiter.api.Test;

class NPlayerEquilibriaTest {

    /**
     * McKelvey and McLennan's 2x2x2 game (J. Econ. Theory 72, 1997; Gambit's 2x2x2.nfg): nine
     * equilibria, the most a regular game of this size can have: four pure, three partly mixed and
     * two totally mixed.
     */
    static NormalForm mckelveyMcLennan() {
        // Gambit lists profiles with player 1 fastest; here the first player is slowest.
        double[][] gambitOrder = {{9, 8, 12}, {0, 0, 0}, {0, 0, 0}, {9, 8, 2}, {0, 0, 0}, {3, 4, 6}, {3, 4, 6}, {0, 0, 0}};
        double[][] payoffs = new double[8][];
        for (int s1 = 0; s1 < 2; s1++) {
            for (int s2 = 0; s2 < 2; s2++) {
                for (int s3 = 0; s3 < 2; s3++) {
                    payoffs[s1 * 4 + s2 * 2 + s3] = gambitOrder[s1 + 2 * s2 + 4 * s3];
                }
            }
        }
        return new NormalForm(new int[] {2, 2, 2}, payoffs);
    }

    static Rational[][] exact(NormalForm game) {
        Rational[][] exact = new Rational[game.payoffs().length][];
        for (int i = 0; i < exact.length; i++) {
            exact[i] = new Rational[game.players()];
            for (int p = 0; p < exact[i].length; p++) {
                exact[i][p] = Rational.of(game.payoffs()[i][p]);
            }
        }
        return exact;
    }

    @Test
    void mckelveyMcLennanHasNineEquilibriaTwoOfThemTotallyMixed() {
        NormalForm game = mckelveyMcLennan();
        BinaryEquilibria.Result result = BinaryEquilibria.of(game, exact(game));
        assertTrue(result.complete(), result.note());
        assertEquals(9, result.equilibria().size());
        long pure = result.equilibria().stream().filter(e -> mixers(e) == 0).count();
        long totallyMixed = result.equilibria().stream().filter(e -> mixers(e) == 3).count();
        assertEquals(4, pure);
        assertEquals(2, totallyMixed);
        for (NumericEquilibrium e : result.equilibria()) {
            assertTrue(game.regret(e.mix()) < 1e-9, "regret of " + java.util.Arrays.deepToString(e.mix()));
        }
    }

    private static int mixers(NumericEquilibrium e) {
        int k = 0;
        for (double[] m : e.mix()) {
            k += m[0] > 1e-9 && m[1] > 1e-9 ? 1 : 0;
        }
        return k;
    }

    /**
     * Three-player matching pennies by hand: a gains by matching b, b by matching c, c by
     * mismatching a (payoff 1 or 0). No pure profile is stable (follow the best responses round the
     * cycle) and the only equilibrium is everyone at 1/2: if c mixes 1/2, b is indifferent, and so on.
     */
    @Test
    void aThreePlayerCycleHasOnlyTheUniformEquilibriumExactly() {
        double[][] payoffs = new double[8][];
        for (int a = 0; a < 2; a++) {
            for (int b = 0; b < 2; b++) {
                for (int c = 0; c < 2; c++) {
                    payoffs[a * 4 + b * 2 + c] = new double[] {a == b ? 1 : 0, b == c ? 1 : 0, c != a ? 1 : 0};
                }
            }
        }
        NormalForm game = new NormalForm(new int[] {2, 2, 2}, payoffs);
        BinaryEquilibria.Result result = BinaryEquilibria.of(game, exact(game));
        assertTrue(result.complete());
        assertEquals(1, result.equilibria().size());
        NumericEquilibrium only = result.equilibria().get(0);
        assertTrue(only.isExact());
        for (Rational[] mix : only.exact()) {
            assertEquals(List.of(Rational.of(1, 2), Rational.of(1, 2)), List.of(mix));
        }
    }

    @Test
    void aContinuumIsReportedAsIncompleteNotAsPoints() {
        // Nobody's payoff depends on anything: every profile is an equilibrium.
        double[][] payoffs = new double[8][];
        for (int i = 0; i < 8; i++) {
            payoffs[i] = new double[] {1, 1, 1};
        }
        BinaryEquilibria.Result result = BinaryEquilibria.of(new NormalForm(new int[] {2, 2, 2}, payoffs), null);
        assertFalse(result.complete());
        assertEquals(8, result.equilibria().size()); // the pure ones are still listed
    }

    @Test
    void supportSearchFindsTheMckelveyMcLennanEquilibriaAndVerifiesEach() {
        NormalForm game = mckelveyMcLennan();
        SupportSearch.Result result = SupportSearch.of(game, exact(game));
        assertTrue(result.allSupports());
        assertTrue(result.equilibria().size() >= 7, "found " + result.equilibria().size());
        result.equilibria().forEach(e -> assertTrue(game.regret(e.mix()) < 1e-8));
    }

    @Test
    void logitPathOfMatchingPenniesStaysAtOneHalfAndOfPrisonersDilemmaGoesToDefection() {
        NormalForm pennies = new NormalForm(new int[] {2, 2}, new double[][] {{1, -1}, {-1, 1}, {-1, 1}, {1, -1}});
        LogitPath.Result path = LogitPath.trace(pennies);
        assertTrue(path.traced());
        for (LogitPath.Point point : path.points()) {
            assertEquals(0.5, point.mix()[0][0], 1e-9);
        }
        NormalForm dilemma = new NormalForm(new int[] {2, 2}, new double[][] {{3, 3}, {0, 5}, {5, 0}, {1, 1}});
        LogitPath.Result toNash = LogitPath.trace(dilemma);
        assertTrue(toNash.traced());
        LogitPath.Point last = toNash.points().get(toNash.points().size() - 1);
        assertTrue(last.mix()[0][1] > 0.99 && last.mix()[1][1] > 0.99);
        assertTrue(last.regret() < toNash.points().get(0).regret());
        // The first point, lambda * range = 0.1, is still close to uniform.
        assertEquals(0.5, toNash.points().get(0).mix()[0][0], 0.05);
    }

    @Test
    void replicatorDynamicsLeaveTheDominatedStrategy() {
        NormalForm dilemma = new NormalForm(new int[] {2, 2}, new double[][] {{3, 3}, {0, 5}, {5, 0}, {1, 1}});
        List<Replicator.Point> path = Replicator.run(dilemma, new double[][] {{0.9, 0.1}, {0.9, 0.1}}, 50, 10);
        assertEquals(11, path.size());
        Replicator.Point end = path.get(path.size() - 1);
        assertTrue(end.mix()[0][1] > 0.99, "defection share " + end.mix()[0][1]);
        assertTrue(end.regret() < path.get(0).regret());
    }

    @Test
    void exactRegretOfAProfile() {
        NormalForm dilemma = new NormalForm(new int[] {2, 2}, new double[][] {{3, 3}, {0, 5}, {5, 0}, {1, 1}});
        Rational[][] both = {{Rational.ONE, Rational.ZERO}, {Rational.ONE, Rational.ZERO}};
        assertEquals(Rational.of(2), ExactRegret.regret(dilemma.counts(), exact(dilemma), both));
        assertNotNull(ExactRegret.nearbyFraction(1.0 / 3, 1e-12, 100));
        assertEquals(Rational.of(1, 3), ExactRegret.nearbyFraction(1.0 / 3, 1e-12, 100));
    }
}
