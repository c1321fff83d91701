package chipsim.runner.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.runner.Cli;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `chipsim game` on matrix games, as a user runs it: the files it writes and how it refuses bad input. */
class GameCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesTheFourOutputsOfThePrisonersDilemma() throws Exception {
        Path out = dir.resolve("pd");
        Cli.Result result = Cli.run("game", Cli.config("games/prisoners-dilemma.yaml"), "--out", out.toString());
        assertEquals(0, result.status(), result.toString());
        assertTrue(result.out().contains("(defect, defect) -> row 1, col 1"), result.out());
        assertTrue(result.out().contains("wrote " + out), result.out());

        ObjectMapper json = new ObjectMapper();
        assertEquals(json.readTree("""
                {"equilibria": [{"strategies": {"row": {"cooperate": 0, "defect": 1},
                                                "col": {"cooperate": 0, "defect": 1}},
                                 "payoffs": {"row": 1, "col": 1}}]}
                """), json.readTree(out.resolve("equilibria.json").toFile()));
        assertEquals(List.of(
                "row,col,payoff.row,payoff.row.ci95_low,payoff.row.ci95_high,payoff.col,payoff.col.ci95_low,payoff.col.ci95_high,"
                        + "regret,nash,pareto_optimal",
                "cooperate,cooperate,3,,,3,,,2,false,true",
                "cooperate,defect,0,,,5,,,1,false,true",
                "defect,cooperate,5,,,0,,,1,false,true",
                "defect,defect,1,,,1,,,0,true,false"), Files.readAllLines(out.resolve("payoffs.csv")));

        String markdown = Files.readString(out.resolve("game.md"));
        for (String section : List.of("## Payoffs", "## Best responses", "## Dominated strategies",
                "## Iterated elimination of strictly dominated strategies", "## Nash equilibria",
                "## Pareto-optimal profiles", "## Regret", "## Reading")) {
            assertTrue(markdown.contains(section), section);
        }
        assertTrue(markdown.contains("| defect    | **5**, 0  | **1**, **1** |"), markdown);
        assertTrue(markdown.contains("row: cooperate is strictly dominated by defect"), markdown);
        assertTrue(markdown.contains("the logic of the Prisoner's Dilemma"), markdown);

        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<svg") && html.contains("class=\"nash\""), html);
        // Self-contained: nothing is fetched when the page opens.
        for (String fetch : List.of("<script", "<link", "src=", "href=", "@import")) {
            assertFalse(html.contains(fetch), fetch);
        }
    }

    @Test
    void writesMixedEquilibriaWithEveryStrategyListed() throws Exception {
        Path out = dir.resolve("chicken");
        assertEquals(0, Cli.run("game", Cli.config("games/chicken.yaml"), "--out", out.toString()).status());
        ObjectMapper json = new ObjectMapper();
        assertEquals(json.readTree("""
                {"strategies": {"driver-a": {"swerve": 0.9, "straight": 0.1},
                                "driver-b": {"swerve": 0.9, "straight": 0.1}},
                 "payoffs": {"driver-a": -0.1, "driver-b": -0.1}}
                """), json.readTree(out.resolve("equilibria.json").toFile()).get("equilibria").get(2));
        assertTrue(Files.readString(out.resolve("game.md")).contains("swerve 9/10, straight 1/10"));
    }

    @Test
    void aMalformedGameExitsWithTwoAndWritesNothing() throws Exception {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, """
                kind: matrix
                players: [row, col]
                strategies: {row: [up, down], col: [left, right]}
                payoffs:
                  up: {left: [1, 1], right: [0, 0]}
                  down: {left: [0, 0], right: [1]}
                """);
        Path out = dir.resolve("never");
        Cli.Result result = Cli.run("game", file.toString(), "--out", out.toString());
        assertEquals(2, result.status(), result.toString());
        assertTrue(result.err().contains("bad.yaml:6:24: payoffs.down.right: expected 2 payoffs, one per player, not 1"),
                result.err());
        assertFalse(Files.exists(out));
        try (var left = Files.list(dir)) {
            assertEquals(List.of(file), left.toList(), "no partial folder is left behind");
        }
    }

    @Test
    void aDegenerateGameNeedsTheFlag() throws Exception {
        Path file = dir.resolve("tie.yaml");
        Files.writeString(file, """
                kind: matrix
                players: [row, col]
                strategies: {row: [up, down], col: [left, right]}
                payoffs:
                  up: {left: [1, 1], right: [1, 1]}
                  down: {left: [0, 0], right: [2, 2]}
                """);
        Cli.Result refused = Cli.run("game", file.toString(), "--out", dir.resolve("a").toString());
        assertEquals(2, refused.status(), refused.toString());
        assertTrue(refused.err().contains("the game is degenerate"), refused.err());
        Cli.Result allowed = Cli.run("game", file.toString(), "--out", dir.resolve("b").toString(), "--allow-degenerate");
        assertEquals(0, allowed.status(), allowed.toString());
        assertTrue(Files.readString(dir.resolve("b/game.md")).contains("there may be more"));
    }

    @Test
    void refusesToWriteIntoAFolderThatIsNotEmpty() throws Exception {
        Files.createDirectories(dir.resolve("full"));
        Files.writeString(dir.resolve("full/keep.txt"), "mine");
        Cli.Result result = Cli.run("game", Cli.config("games/matching-pennies.yaml"), "--out",
                dir.resolve("full").toString());
        assertEquals(2, result.status(), result.toString());
        assertEquals("mine", Files.readString(dir.resolve("full/keep.txt")));
    }
}
