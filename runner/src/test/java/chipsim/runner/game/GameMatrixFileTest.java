package chipsim.runner.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.agents.PolicyRegistry;
import chipsim.runner.scenario.Problem;
import chipsim.runner.scenario.ScenarioException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Malformed matrix games are refused with the file, line, column and a hint; degenerate ones are analysed. */
class GameMatrixFileTest {

    @TempDir
    Path dir;

    private static final String HEAD = """
            kind: matrix
            players: [row, col]
            strategies:
              row: [up, down]
              col: [left, right]
            """;

    @Test
    void readsFractionsAndDecimalsExactly() throws Exception {
        Game game = read(HEAD + """
                payoffs:
                  up:   {left: ["1/3", 0.1], right: [0, 0]}
                  down: {left: [0, 0], right: [1, 1]}
                """);
        assertEquals(Rational.of(1, 3), game.payoff(0, 0));
        assertEquals(Rational.of(1, 10), game.payoff(0, 1));
        assertEquals("game", game.name());
    }

    @Test
    void aWrongNumberOfPayoffsIsPlacedAtItsCell() {
        Problem p = only(HEAD + """
                payoffs:
                  up:   {left: [1, 1], right: [0, 0]}
                  down: {left: [0, 0], right: [1, 1, 1]}
                """);
        assertEquals("payoffs.down.right", p.path());
        assertEquals(8, p.line());
        assertTrue(p.message().contains("expected 2 payoffs, one per player, not 3"), p.render());
        assertTrue(p.hint().contains("row, col"), p.render());
    }

    @Test
    void aMisspeltStrategyGetsASuggestionAndTheMissingOneIsNamed() {
        ScenarioException e = refuse(HEAD + """
                payoffs:
                  up:   {left: [1, 1], rigth: [0, 0]}
                  down: {left: [0, 0], right: [1, 1]}
                """);
        String text = e.getMessage();
        assertTrue(text.contains("game.yaml:7:24: payoffs.up.rigth"), text);
        assertTrue(text.contains("'rigth' is not a strategy of col"), text);
        assertTrue(text.contains("did you mean 'right'?"), text);
        assertTrue(text.contains("no payoffs for col playing right"), text);
    }

    @Test
    void aPayoffThatIsNotANumberIsRefused() {
        Problem p = only(HEAD + """
                payoffs:
                  up:   {left: [1, lots], right: [0, 0]}
                  down: {left: [0, 0], right: [1, 1]}
                """);
        assertEquals("payoffs.up.left[1]", p.path());
        assertTrue(p.message().contains("col's payoff must be a number, not 'lots'"), p.render());
    }

    @Test
    void aPlayerWithOneStrategyOrAGameWithOnePlayerIsDegenerate() {
        Problem one = only("""
                kind: matrix
                players: [row, col]
                strategies:
                  row: [up]
                  col: [left, right]
                payoffs:
                  up: {left: [1, 1], right: [0, 0]}
                """);
        assertEquals("strategies.row", one.path());
        assertEquals(4, one.line());
        assertTrue(one.message().contains("fewer than two makes no choice"), one.render());
        Problem solo = only("""
                kind: matrix
                players: [row]
                strategies: {row: [up, down]}
                payoffs: {up: [1], down: [2]}
                """);
        assertTrue(solo.message().contains("at least two players"), solo.render());
    }

    @Test
    void unknownKeysKindsAndDuplicateNamesAreRefused() {
        assertTrue(only("kind: matrx\n").message().contains("unknown kind 'matrx'"));
        String misspelt = refuse("kind: matrix\nplayer: [a, b]\n").getMessage();
        assertTrue(misspelt.contains("game.yaml:2:1: player: unknown key 'player'"), misspelt);
        assertTrue(misspelt.contains("did you mean 'players'?"), misspelt);
        assertTrue(misspelt.contains("missing 'players'"), misspelt);
        Problem twice = only("""
                kind: matrix
                players: [row, row]
                """);
        assertTrue(twice.message().contains("'row' is listed twice"), twice.render());
        assertTrue(only("players: [a, b]\n").message().contains("missing 'kind'"));
    }

    @Test
    void aDegenerateMatrixIsAnalysedWithEveryExtremeEquilibrium() throws Exception {
        Game game = read(HEAD + """
                payoffs:
                  up:   {left: [1, 2], right: [0, 2]}
                  down: {left: [0, 0], right: [1, 1]}
                """);
        Analysis analysis = Analysis.of(game);
        assertEquals(Analysis.MixedStatus.COMPLETE, analysis.mixed());
        // Col is indifferent after up; row keeps up while col plays left at least half the time.
        assertEquals(2, analysis.pureEquilibria().size());
        assertEquals(List.of(0, 3), analysis.pureEquilibria().stream().map(e -> game.index(e.pureProfile())).toList());
        assertEquals(3, analysis.equilibria().size());
        Equilibrium segmentEnd = analysis.equilibria().get(2);
        assertEquals(List.of(Rational.of(1, 2), Rational.of(1, 2)), List.of(segmentEnd.strategies().get(1)));
        assertEquals(List.of(List.of(0, 2), List.of(1)), analysis.components());
    }

    @Test
    void threePlayersNestOneLevelEach() throws Exception {
        String head = """
                kind: matrix
                name: meet
                players: [a, b, c]
                strategies: {a: [x, y], b: [x, y], c: [x, y]}
                payoffs:            # a -> b -> c -> [a, b, c]
                """;
        Game game = read(head + """
                  x: {x: {x: [1, 1, 1], y: [0, 0, 0]}, y: {x: [0, 0, 0], y: [0, 0, 0]}}
                  y: {x: {x: [0, 0, 0], y: [0, 0, 0]}, y: {x: [0, 0, 0], y: [2, 2, 2]}}
                """);
        assertEquals(Rational.of(2), game.payoff(new int[] {1, 1, 1}, 2));
        assertEquals(Rational.ONE, game.payoff(new int[] {0, 0, 0}, 0));
        Analysis analysis = Analysis.of(game);
        // The two pure ones, and a mixed one: each mixing so that the others are indifferent.
        assertEquals(2, analysis.pureEquilibria().size());
        assertEquals(3, analysis.equilibria().size());
        String markdown = MarkdownRenderer.render(GameDocument.build(analysis, null));
        assertTrue(markdown.contains("### When c plays x"), markdown);
        assertTrue(markdown.contains("### When c plays y"), markdown);
        assertTrue(markdown.contains("| y     | **0**, 0, **0** | **2**, **2**, **2** |"), markdown);
        assertTrue(markdown.contains("Every player prefers (y, y, y), yet (x, x, x) is stable too"), markdown);

        Problem shallow = only(head + """
                  x: {x: [1, 1, 1], y: {x: [0, 0, 0], y: [0, 0, 0]}}
                  y: {x: {x: [0, 0, 0], y: [0, 0, 0]}, y: {x: [0, 0, 0], y: [2, 2, 2]}}
                """);
        assertEquals("payoffs.x.x", shallow.path());
        assertTrue(shallow.message().contains("expected a mapping from c's strategies (x, y), not a list"),
                shallow.render());
    }

    @Test
    void aMissingFileSaysSo() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> GameFiles.read(dir.resolve("nope.yaml"), PolicyRegistry.standard()));
        assertTrue(e.getMessage().contains("no such game file"), e.getMessage());
    }

    private Game read(String text) throws Exception {
        return ((GameFiles.MatrixFile) GameFiles.read(write(text), PolicyRegistry.standard())).game();
    }

    private Problem only(String text) {
        List<Problem> problems = refuse(text).problems();
        assertEquals(1, problems.size(), () -> problems.toString());
        return problems.get(0);
    }

    private ScenarioException refuse(String text) {
        return assertThrows(ScenarioException.class,
                () -> GameFiles.read(write(text), PolicyRegistry.standard()));
    }

    private Path write(String text) throws IOException {
        Path file = dir.resolve("game.yaml");
        Files.writeString(file, text);
        return file;
    }
}
