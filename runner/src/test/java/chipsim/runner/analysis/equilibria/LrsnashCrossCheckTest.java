package chipsim.runner.analysis.equilibria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import chipsim.runner.game.Rational;
import java.nio.file.Path;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * chipsim's extreme equilibria against lrsnash's, exactly, on seeded random integer games from 2 x 2
 * to 12 x 12. Narrow payoff ranges (0..1, 0..3) make most of them degenerate: ties between best
 * responses and whole segments of equilibria, the case simulated games produce.
 */
class LrsnashCrossCheckTest {

    static final int GAMES = 300;

    @TempDir
    Path work;

    @Test
    void extremeEquilibriaMatchLrsnashOnRandomGamesDegenerateOnesIncluded() throws Exception {
        assumeTrue(Lrsnash.available(), "lrsnash is not installed (Debian package lrslib: apt-get install lrslib); "
                + ".ci/run installs it");
        SplittableRandom random = new SplittableRandom(20261201L);
        int degenerate = 0;
        int withContinuum = 0;
        int equilibria = 0;
        for (int g = 0; g < GAMES; g++) {
            int size = g < 200 ? 5 : 12; // most games small, a third up to 12 x 12
            int m = 2 + random.nextInt(size - 1);
            int n = 2 + random.nextInt(size - 1);
            // Wide ranges only on small games: a random 12 x 12 with payoffs 0..99 has ~10^5 vertices.
            int range = new int[] {1, 3, 3, 9, 99}[random.nextInt(Math.max(m, n) > 8 ? 4 : 5)];
            long[][] a = matrix(random, m, n, range);
            long[][] b = matrix(random, m, n, range);
            Set<String> expected = Lrsnash.equilibria(a, b, work);
            // Every fifth game is handed to chipsim scaled by 1e15 (a positive affine change, which keeps
            // every equilibrium) so that its tableau outgrows longs and the BigInteger arithmetic is checked too.
            long scale = g % 5 == 0 ? 1_000_000_000_000_000L : 1;
            ExtremeEquilibria.Result result = ExtremeEquilibria.of(new Bimatrix(rationals(a, scale), rationals(b, scale)));
            Set<String> actual = new TreeSet<>();
            result.equilibria().forEach(e -> actual.add(Lrsnash.key(e.x(), e.y())));
            assertEquals(expected, actual, "game " + g + " (" + m + "x" + n + ", payoffs 0.." + range + ")");
            assertEquals(result.equilibria().size(), actual.size(), "an equilibrium listed twice in game " + g);
            equilibria += actual.size();
            degenerate += degenerate(result) ? 1 : 0;
            withContinuum += result.hasContinuum() ? 1 : 0;
        }
        System.out.printf("lrsnash cross-check: %d games, %d extreme equilibria, %d degenerate, %d with a continuum%n",
                GAMES, equilibria, degenerate, withContinuum);
        assertTrue(degenerate >= GAMES / 4, "too few degenerate games drawn: " + degenerate);
        assertTrue(withContinuum >= 10, "too few games with a continuum of equilibria: " + withContinuum);
    }

    /** An extreme equilibrium with supports of unequal size, or a continuum, shows degeneracy. */
    private static boolean degenerate(ExtremeEquilibria.Result result) {
        return result.hasContinuum() || result.equilibria().stream()
                .anyMatch(e -> ExtremeEquilibria.support(e.x()) != ExtremeEquilibria.support(e.y()));
    }

    static long[][] matrix(SplittableRandom random, int m, int n, int range) {
        long[][] matrix = new long[m][n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                matrix[i][j] = random.nextInt(range + 1);
            }
        }
        return matrix;
    }

    static Rational[][] rationals(long[][] matrix, long scale) {
        Rational[][] result = new Rational[matrix.length][matrix[0].length];
        for (int i = 0; i < matrix.length; i++) {
            for (int j = 0; j < matrix[0].length; j++) {
                result[i][j] = Rational.of(matrix[i][j] * scale + 7);
            }
        }
        return result;
    }
}
