package chipsim.runner.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** game.nfg lists profiles in Gambit's order: the first player's strategy changes fastest. */
class GameNfgTest {

    @Test
    void aThreePlayerGameIsWrittenInGambitsOrder() {
        // McKelvey and McLennan's 2x2x2 game as Gambit's 2x2x2.nfg lists its outcomes, profile by profile
        // with player 1 fastest: (1,1,1) 9 8 12, (2,1,1) 0 0 0, (1,2,1) 0 0 0, (2,2,1) 9 8 2,
        // (1,1,2) 0 0 0, (2,1,2) 3 4 6, (1,2,2) 3 4 6, (2,2,2) 0 0 0.
        long[][] gambit = {{9, 8, 12}, {0, 0, 0}, {0, 0, 0}, {9, 8, 2}, {0, 0, 0}, {3, 4, 6}, {3, 4, 6}, {0, 0, 0}};
        Rational[][] payoffs = new Rational[8][];
        for (int k = 0; k < 8; k++) {
            int s1 = k % 2;
            int s2 = k / 2 % 2;
            int s3 = k / 4;
            payoffs[s1 * 4 + s2 * 2 + s3] = new Rational[] {Rational.of(gambit[k][0]), Rational.of(gambit[k][1]),
                Rational.of(gambit[k][2])};
        }
        Game game = new Game("mm", "McKelvey-McLennan", Game.Kind.MATRIX, List.of("p1", "p2", "p3"),
                List.of(List.of("1", "2"), List.of("1", "2"), List.of("1", "2")), payoffs, null);
        String nfg = NfgWriter.write(game);
        assertTrue(nfg.startsWith("NFG 1 R \"mm\" { \"p1\" \"p2\" \"p3\" }\n"), nfg);
        List<String> expected = new ArrayList<>();
        for (long[] outcome : gambit) {
            for (long v : outcome) {
                expected.add(String.valueOf(v));
            }
        }
        assertEquals(expected, NfgWriter.payoffTokens(nfg));
        // The analysis finds its nine equilibria.
        assertEquals(9, Analysis.of(game).equilibria().size());
    }

    @Test
    void fractionsAndQuotesAreWrittenSoGambitReadsThem() {
        Rational[][] payoffs = {{Rational.of(1, 3), Rational.ZERO}, {Rational.ZERO, Rational.ONE},
            {Rational.ONE, Rational.ZERO}, {Rational.of(-5, 2), Rational.of(7)}};
        Game game = new Game("q", "say \"hi\"", Game.Kind.MATRIX, List.of("row", "col"),
                List.of(List.of("a", "b"), List.of("c", "d")), payoffs, null);
        String nfg = NfgWriter.write(game);
        assertTrue(nfg.contains("\"say \\\"hi\\\"\""), nfg);
        assertEquals(List.of("1/3", "0", "1", "0", "0", "1", "-5/2", "7"), NfgWriter.payoffTokens(nfg));
    }
}
