package chipsim.runner.game;

import static chipsim.runner.game.GameTesting.mix;
import static chipsim.runner.game.GameTesting.r;
import static chipsim.runner.game.GameTesting.shipped;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped textbook games have exactly the equilibria the textbooks give, computed exactly. */
class GameTextbookTest {

    @Test
    void prisonersDilemmaHasOnlyMutualDefection() throws Exception {
        Game game = shipped("prisoners-dilemma.yaml");
        Analysis analysis = Analysis.of(game);
        assertEquals(Analysis.MixedStatus.COMPLETE, analysis.mixed());
        assertEquals(1, analysis.equilibria().size());
        Equilibrium only = analysis.equilibria().get(0);
        assertArrayEquals(new int[] {1, 1}, only.pureProfile());
        assertArrayEquals(new Rational[] {Rational.ONE, Rational.ONE}, only.payoffs());
        // Defection strictly dominates cooperation for both, so IESDS solves the game.
        assertTrue(analysis.iesds().solved());
        assertEquals(2, analysis.dominated().size());
        assertTrue(analysis.dominated().stream().allMatch(d -> d.strict() && d.dominated() == 0 && d.by() == 1));
        // (defect, defect) is the one profile that is not Pareto-optimal.
        assertFalse(analysis.profiles().get(3).paretoOptimal());
        assertTrue(analysis.profiles().get(0).paretoOptimal());
        // At (cooperate, cooperate) either player gains 2 by defecting.
        assertEquals(Rational.of(2), analysis.profiles().get(0).regret());
    }

    @Test
    void matchingPenniesHasOnlyTheFairCoin() throws Exception {
        Analysis analysis = Analysis.of(shipped("matching-pennies.yaml"));
        assertEquals(1, analysis.equilibria().size());
        Equilibrium only = analysis.equilibria().get(0);
        assertEquals(List.of(r(1, 2), r(1, 2)), mix(only, 0));
        assertEquals(List.of(r(1, 2), r(1, 2)), mix(only, 1));
        assertArrayEquals(new Rational[] {Rational.ZERO, Rational.ZERO}, only.payoffs());
        assertTrue(analysis.pureEquilibria().isEmpty());
        assertTrue(analysis.dominated().isEmpty());
        // Every profile is unstable: the loser gains 2 by switching.
        assertTrue(analysis.profiles().stream().allMatch(f -> f.regret().equals(Rational.of(2))));
        String reading = String.join("\n", GameReading.paragraphs(analysis));
        assertTrue(reading.contains("No profile is stable"), reading);
        assertTrue(reading.contains("The equilibrium is mixed: matcher: heads 1/2, tails 1/2; "
                + "mismatcher: heads 1/2, tails 1/2"), reading);
    }

    @Test
    void battleOfTheSexesHasTwoPureAndOneMixed() throws Exception {
        Analysis analysis = Analysis.of(shipped("battle-of-the-sexes.yaml"));
        assertEquals(3, analysis.equilibria().size());
        assertArrayEquals(new int[] {0, 0}, analysis.equilibria().get(0).pureProfile());
        assertArrayEquals(new int[] {1, 1}, analysis.equilibria().get(1).pureProfile());
        Equilibrium mixed = analysis.equilibria().get(2);
        // Alice goes to her opera with 3/5 so that Bob is indifferent (2p = 3(1-p)); Bob to his football with 3/5.
        assertEquals(List.of(r(3, 5), r(2, 5)), mix(mixed, 0));
        assertEquals(List.of(r(2, 5), r(3, 5)), mix(mixed, 1));
        assertArrayEquals(new Rational[] {r(6, 5), r(6, 5)}, mixed.payoffs());
        String reading = String.join("\n", GameReading.paragraphs(analysis));
        assertTrue(reading.contains("They disagree about which: alice prefers (opera, opera), bob prefers "
                + "(football, football)."), reading);
        assertTrue(reading.contains("every player does worse in it than in any pure equilibrium"), reading);
    }

    @Test
    void chickenHasTwoPureAndOneMixed() throws Exception {
        Analysis analysis = Analysis.of(shipped("chicken.yaml"));
        assertEquals(3, analysis.equilibria().size());
        assertArrayEquals(new int[] {0, 1}, analysis.equilibria().get(0).pureProfile());
        assertArrayEquals(new int[] {1, 0}, analysis.equilibria().get(1).pureProfile());
        Equilibrium mixed = analysis.equilibria().get(2);
        // Each swerves with 9/10: -(1-p) = p - 10(1-p).
        assertEquals(List.of(r(9, 10), r(1, 10)), mix(mixed, 0));
        assertEquals(List.of(r(9, 10), r(1, 10)), mix(mixed, 1));
        assertArrayEquals(new Rational[] {r(-1, 10), r(-1, 10)}, mixed.payoffs());
    }
}
