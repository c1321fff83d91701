package chipsim.runner.game;

import chipsim.agents.PolicyRegistry;
import chipsim.runner.Cli;
import chipsim.runner.scenario.ScenarioException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Small builders shared by the game tests. */
final class GameTesting {

    private GameTesting() {}

    /** A two-player matrix game from integer payoff matrices a (row player) and b (column player). */
    static Game bimatrix(long[][] a, long[][] b) {
        int m = a.length;
        int n = a[0].length;
        Rational[][] payoffs = new Rational[m * n][2];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                payoffs[i * n + j] = new Rational[] {Rational.of(a[i][j]), Rational.of(b[i][j])};
            }
        }
        return new Game("test", "", Game.Kind.MATRIX, List.of("row", "col"),
                List.of(names("r", m), names("c", n)), payoffs, null);
    }

    static List<String> names(String prefix, int count) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add(prefix + i);
        }
        return names;
    }

    /** A shipped matrix game from configs/games/. */
    static Game shipped(String file) throws ScenarioException {
        GameFiles.GameFile read = GameFiles.read(Path.of(Cli.config("games/" + file)), PolicyRegistry.standard());
        return ((GameFiles.MatrixFile) read).game();
    }

    static Rational r(long numerator, long denominator) {
        return Rational.of(numerator, denominator);
    }

    static List<Rational> mix(Equilibrium equilibrium, int player) {
        return Arrays.asList(equilibrium.strategies().get(player));
    }
}
