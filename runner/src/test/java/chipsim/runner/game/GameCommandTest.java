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
                {"completeness": "complete",
                 "method": "2 and 2 vertices in the two best-response polytopes, after removing strictly dominated strategies",
                 "equilibria": [{"strategies": {"row": {"cooperate": 0, "defect": 1},
                                                "col": {"cooperate": 0, "defect": 1}},
                                 "exact": true, "component": 1,
                                 "payoffs": {"row": 1, "col": 1}}],
                 "outcomeEquivalent": []}
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
                 "payoffs": {"driver-a": -0.1, "driver-b": -0.1}, "exact": true, "component": 3}
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
    void aDegenerateGameIsAnalysedCompletelyWithItsComponentAndTheRegretOfAGivenProfile() throws Exception {
        Path file = dir.resolve("tie.yaml");
        Files.writeString(file, """
                kind: matrix
                players: [row, col]
                strategies: {row: [up, down], col: [left, right]}
                payoffs:
                  up: {left: [1, 1], right: [1, 1]}
                  down: {left: [0, 0], right: [2, 2]}
                """);
        Cli.Result result = Cli.run("game", file.toString(), "--out", dir.resolve("a").toString(),
                "--regret", "up,right", "--regret", "down:1/2+up:1/2,right", "--replicator", "up:0.9+down:0.1,left:0.5+right:0.5");
        assertEquals(0, result.status(), result.toString());
        // Col is indifferent when row plays up, and row stays with up while col puts at most 1/2 on right:
        // (up, left) and (up, left 1/2, right 1/2) span a segment of equilibria; (down, right) is isolated.
        String md = Files.readString(dir.resolve("a/game.md")).replaceAll(" +", " ");
        assertTrue(md.contains("1 component is a continuum"), md);
        assertTrue(md.contains("| 1 | pure | A | up | left | 1 | 1 |"), md);
        assertTrue(md.contains("| 2 | pure | isolated | down | right | 2 | 2 |"), md);
        assertTrue(md.contains("| 3 | mixed | A | up | left 1/2, right 1/2 | 1 | 1 |"), md);
        // At (up, right) row gains 1 by switching to down.
        assertTrue(result.out().contains("Regret of row: up; col: right: 1 (row gains it by switching to down)"), result.out());
        assertTrue(md.contains("## Regret of the given profiles"), md);
        assertTrue(md.contains("## Replicator dynamics from up:0.9+down:0.1,left:0.5+right:0.5"), md);
        assertTrue(md.contains("## Quantal response equilibria (logit)"), md);
        String nfg = Files.readString(dir.resolve("a/game.nfg"));
        // Gambit's order: row fastest, so (up,left) (down,left) (up,right) (down,right).
        assertTrue(nfg.endsWith("\n1 1 0 0 1 1 2 2\n"), nfg);
        String json = Files.readString(dir.resolve("a/equilibria.json"));
        assertTrue(json.contains("\"completeness\" : \"complete\""), json);
        assertTrue(json.contains("\"component\" : 2"), json);
    }

    @Test
    void aGivenProfileThatDoesNotFitIsRefusedBeforeAnything() throws Exception {
        Cli.Result result = Cli.run("game", Cli.config("games/matching-pennies.yaml"), "--out",
                dir.resolve("bad").toString(), "--regret", "heads,sideways");
        assertEquals(2, result.status(), result.toString());
        assertTrue(result.err().contains("'sideways' in 'heads,sideways' is not a strategy of"), result.err());
        assertFalse(Files.exists(dir.resolve("bad/game.md")));
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
