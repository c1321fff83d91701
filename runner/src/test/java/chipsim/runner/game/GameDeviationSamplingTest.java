package chipsim.runner.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.runner.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped three-role game searched by deviations: the full analysis's equilibrium, from fewer runs, repeatably. */
class GameDeviationSamplingTest {

    @TempDir
    Path dir;

    @Test
    void findsTheEquilibriumOfTheFullGameFromFewerProfilesAndRepeatsItselfAtAnyThreadCount() throws Exception {
        String game = Cli.config("games/export-control-variants.yaml");
        Cli.Result one = Cli.run("game", game, "--sampling", "deviations", "--out", dir.resolve("a").toString(),
                "--threads", "1", "--parallel", "1");
        assertEquals(0, one.status(), one.toString());
        // The full game (every profile) has one equilibrium, found by dominance: (license-25, self-reliance, variants).
        assertTrue(one.out().contains("(license-25, self-reliance, variants): confirmed"), one.out());
        List<String> rows = Files.readAllLines(dir.resolve("a/search.csv"));
        assertEquals("step,washington,beijing,nvidia,verdict,deviator,deviation,gain,gain_ci_low,gain_ci_high,replications",
                rows.get(0));
        String md = Files.readString(dir.resolve("a/game.md"));
        int played = Integer.parseInt(md.replaceAll("(?s).*Profiles played: (\\d+) of 8.*", "$1"));
        assertTrue(played < 8, md);
        Cli.Result two = Cli.run("game", game, "--sampling", "deviations", "--out", dir.resolve("b").toString(),
                "--threads", "3", "--parallel", "4");
        assertEquals(0, two.status(), two.toString());
        assertEquals(md, Files.readString(dir.resolve("b/game.md")));
        assertEquals(rows, Files.readAllLines(dir.resolve("b/search.csv")));
    }

    @Test
    void aMatrixGameCannotBeSampled() {
        Cli.Result result = Cli.run("game", Cli.config("games/chicken.yaml"), "--sampling", "deviations", "--out",
                dir.resolve("m").toString());
        assertEquals(2, result.status(), result.toString());
        assertTrue(result.err().contains("--sampling deviations is for simulated games"), result.err());
    }
}
