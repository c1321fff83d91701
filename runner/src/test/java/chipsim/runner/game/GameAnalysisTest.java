package chipsim.runner.game;

import static chipsim.runner.game.GameTesting.bimatrix;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Dominance, IESDS, regret, degeneracy and mixed equilibria on small games with known answers. */
class GameAnalysisTest {

    @Test
    void iesdsRemovesOneStrategyPerRoundUntilOneProfileIsLeft() {
        // Gibbons (1992), figure 1.1.1: right, then down, then left go, leaving (up, middle).
        Game game = bimatrix(new long[][] {{1, 1, 0}, {0, 0, 2}}, new long[][] {{0, 2, 1}, {3, 1, 0}});
        Dominance.Iesds iesds = Analysis.of(game).iesds();
        assertTrue(iesds.solved());
        assertEquals(3, iesds.eliminations().size());
        assertEquals(new Dominance.Elimination(1, new Dominance.Domination(1, 2, 1, true)), iesds.eliminations().get(0));
        assertEquals(new Dominance.Elimination(2, new Dominance.Domination(0, 1, 0, true)), iesds.eliminations().get(1));
        assertEquals(new Dominance.Elimination(3, new Dominance.Domination(1, 0, 1, true)), iesds.eliminations().get(2));
        assertEquals(0, iesds.surviving().get(0).nextSetBit(0));
        assertEquals(1, iesds.surviving().get(1).nextSetBit(0));
        assertArrayEquals(new int[] {0, 1}, Analysis.of(game).equilibria().get(0).pureProfile());
        // In the full game only right is dominated; down and left are dominated only after eliminations.
        assertEquals(List.of(new Dominance.Domination(1, 2, 1, true)), Analysis.of(game).dominated());
    }

    @Test
    void weakDominanceIsReportedAsWeakAndNotEliminated() {
        // r1 is never better than r0 and worse against c1.
        Game game = bimatrix(new long[][] {{1, 1}, {1, 0}}, new long[][] {{1, 0}, {0, 1}});
        Analysis analysis = Analysis.of(game);
        assertEquals(List.of(new Dominance.Domination(0, 1, 0, false)), analysis.dominated());
        assertTrue(analysis.iesds().eliminations().isEmpty());
    }

    @Test
    void regretIsTheLargestUnilateralGain() {
        Game game = bimatrix(new long[][] {{4, 0}, {1, 2}}, new long[][] {{1, 3}, {0, 2}});
        List<ProfileFacts> facts = Analysis.of(game).profiles();
        // At (r0, c0) col gains 2 by moving to c1; row gains nothing.
        assertEquals(Rational.of(2), facts.get(0).regret());
        assertEquals(new ProfileFacts.Deviation(1, 1, Rational.of(2)), facts.get(0).deviation());
        assertTrue(facts.get(0).bestResponse()[0]);
        assertFalse(facts.get(0).bestResponse()[1]);
        // (r1, c1) is an equilibrium: regret 0, no deviation.
        assertTrue(facts.get(3).nash());
        assertEquals(Rational.ZERO, facts.get(3).regret());
        assertEquals(null, facts.get(3).deviation());
    }

    @Test
    void aTieInAColumnPlayersBestResponsesGivesASegmentOfEquilibria() {
        // After r0 col is indifferent; r0 stays best while col plays c0 at least half the time.
        Game game = bimatrix(new long[][] {{1, 0}, {0, 1}}, new long[][] {{1, 1}, {0, 2}});
        Analysis analysis = Analysis.of(game);
        assertEquals(Analysis.MixedStatus.COMPLETE, analysis.mixed());
        assertEquals(3, analysis.equilibria().size());
        assertEquals(List.of(Rational.of(1, 2), Rational.of(1, 2)), List.of(analysis.equilibria().get(2).strategies().get(1)));
        assertEquals(List.of(List.of(0, 2), List.of(1)), analysis.components());
        analysis.equilibria().forEach(e -> assertTrue(isEquilibrium(game, e)));
    }

    @Test
    void aRowPlayerIndifferentToEverythingGivesOneConnectedComponent() {
        // Row's payoffs are all 0; col's best response runs c0 -> c1 -> c2 as row moves from r0 to r1,
        // all three tied at rows half and half. Extreme points: (r0, c0), (half, c0), (half, c1), (half, c2), (r1, c2).
        Game game = bimatrix(new long[][] {{0, 0, 0}, {0, 0, 0}}, new long[][] {{3, 2, 1}, {1, 2, 3}});
        Analysis analysis = Analysis.of(game);
        assertEquals(5, analysis.equilibria().size());
        assertEquals(1, analysis.components().size());
        analysis.equilibria().forEach(e -> assertTrue(isEquilibrium(game, e)));
    }

    @Test
    void everySupportEnumerationEquilibriumOfRandomGamesIsAmongTheExtremeOnesAndEachChecksOut() {
        SplittableRandom random = new SplittableRandom(7);
        for (int trial = 0; trial < 60; trial++) {
            int m = 2 + random.nextInt(3);
            int n = 2 + random.nextInt(3);
            Game game = bimatrix(randomMatrix(random, m, n), randomMatrix(random, m, n));
            List<Equilibrium> extreme = Analysis.of(game).equilibria();
            for (Equilibrium e : extreme) {
                assertTrue(isEquilibrium(game, e), "trial " + trial);
            }
            for (Equilibrium e : SupportEnumeration.equilibria(game)) {
                assertTrue(extreme.stream().anyMatch(x -> List.of(x.strategies().get(0)).equals(List.of(e.strategies().get(0)))
                        && List.of(x.strategies().get(1)).equals(List.of(e.strategies().get(1)))), "trial " + trial);
            }
        }
    }

    @Test
    void threePlayerGamesGetEveryEquilibriumMixedOnesIncluded() {
        // Everyone gets 1 when all three choose alike: two pure equilibria, and everyone at 1/2 (a is
        // indifferent exactly when b and c agree on x as often as on y, and so on round).
        Rational[][] payoffs = new Rational[8][];
        for (int i = 0; i < 8; i++) {
            Rational v = i == 0 || i == 7 ? Rational.ONE : Rational.ZERO;
            payoffs[i] = new Rational[] {v, v, v};
        }
        Game game = new Game("meet", "", Game.Kind.MATRIX, List.of("a", "b", "c"),
                List.of(List.of("x", "y"), List.of("x", "y"), List.of("x", "y")), payoffs, null);
        Analysis analysis = Analysis.of(game);
        assertEquals(Analysis.MixedStatus.COMPLETE_NUMERIC, analysis.mixed());
        assertEquals(3, analysis.equilibria().size());
        assertArrayEquals(new int[] {1, 1, 1}, analysis.equilibria().get(1).pureProfile());
        Equilibrium mixed = analysis.equilibria().get(2);
        assertTrue(mixed.exact());
        assertEquals(List.of(Rational.of(1, 2), Rational.of(1, 2)), List.of(mixed.strategies().get(2)));
        assertEquals(Rational.of(1, 4), mixed.payoffs()[0]);
        assertEquals(2, analysis.profiles().stream().filter(ProfileFacts::paretoOptimal).count());
    }

    @Test
    void aNineByNineCoordinationGameHasAnEquilibriumOnEverySetOfMatchedStrategies() {
        // Both gain only on the diagonal: for every nonempty set of strategies, both mixing uniformly on it.
        long[][] a = new long[9][9];
        long[][] b = new long[9][9];
        for (int i = 0; i < 9; i++) {
            a[i][i] = 2;
            b[i][i] = 1;
        }
        Analysis analysis = Analysis.of(bimatrix(a, b));
        assertEquals(Analysis.MixedStatus.COMPLETE, analysis.mixed());
        assertEquals(511, analysis.equilibria().size());
        assertEquals(9, analysis.pureEquilibria().size());
    }

    private static long[][] randomMatrix(SplittableRandom random, int m, int n) {
        long[][] a = new long[m][n];
        for (long[] row : a) {
            for (int j = 0; j < n; j++) {
                row[j] = random.nextInt(-9, 10);
            }
        }
        return a;
    }

    /** Mixtures sum to 1, the payoffs are the expected ones, and no pure strategy of either player beats its equilibrium payoff against the other's mixture. */
    private static boolean isEquilibrium(Game game, Equilibrium e) {
        for (int p = 0; p < 2; p++) {
            Rational sum = Rational.ZERO;
            for (Rational prob : e.strategies().get(p)) {
                sum = sum.add(prob);
            }
            if (!sum.equals(Rational.ONE)) {
                return false;
            }
            for (int s = 0; s < game.strategyCount(p); s++) {
                Rational value = Rational.ZERO;
                for (int t = 0; t < game.strategyCount(1 - p); t++) {
                    int[] profile = p == 0 ? new int[] {s, t} : new int[] {t, s};
                    value = value.add(game.payoff(profile, p).multiply(e.strategies().get(1 - p)[t]));
                }
                if (value.compareTo(e.payoffs()[p]) > 0) {
                    return false;
                }
            }
        }
        return expectedPayoff(game, e, 0).equals(e.payoffs()[0]) && expectedPayoff(game, e, 1).equals(e.payoffs()[1]);
    }

    private static Rational expectedPayoff(Game game, Equilibrium e, int player) {
        Rational value = Rational.ZERO;
        for (int index = 0; index < game.profileCount(); index++) {
            int[] profile = game.profile(index);
            value = value.add(game.payoff(index, player).multiply(e.strategies().get(0)[profile[0]])
                    .multiply(e.strategies().get(1)[profile[1]]));
        }
        return value;
    }
}
