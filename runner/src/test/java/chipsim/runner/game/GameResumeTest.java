package chipsim.runner.game;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.runner.Cli;
import chipsim.runner.cli.ExitCodes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A simulated game stopped part-way and resumed writes the same files as one played straight
 * through; a resume over a damaged runs.csv names the line and runs nothing.
 */
class GameResumeTest {

    @TempDir
    Path dir;

    private Path game() throws Exception {
        Path game = dir.resolve("tiny.yaml");
        Files.writeString(game, """
                kind: simulated
                name: tiny
                scenario: %s
                quarters: 2
                replications: 2
                seed: 5
                discountRatePerQuarter: 0.05
                roles:
                  washington:
                    ban: {policy: static}
                    open: {policy: static, set: [washington.setup.licenceAboveTpp=10000000,
                                                 washington.setup.banAboveTpp=10000000]}
                  beijing:
                    quota: {}
                    self-reliance: {policy: self-reliance}
                """.formatted(dir.relativize(Path.of(Cli.config("baseline.yaml")))));
        return game;
    }

    @Test
    void aGameResumedFromAPartialRunsFileWritesTheSameFilesAsOnePlayedThrough() throws Exception {
        Path game = game();
        Path whole = dir.resolve("whole");
        Cli.Result straight = Cli.run("game", game.toString(), "--out", whole.toString(), "--parallel", "2");
        assertEquals(ExitCodes.OK, straight.status(), straight.toString());

        // What a killed game leaves: runs.csv with the header, some rows (out of order, as runs finish
        // in any order) and a last row cut short mid-write; none of the analysis.
        Path stopped = dir.resolve("stopped");
        Files.createDirectories(stopped);
        List<String> lines = Files.readAllLines(whole.resolve("runs.csv"), StandardCharsets.UTF_8);
        assertEquals(1 + 4 * 2, lines.size());
        String partial = lines.get(0) + "\n" + lines.get(5) + "\n" + lines.get(2) + "\n"
                + lines.get(7).substring(0, lines.get(7).length() / 2);
        Files.writeString(stopped.resolve("runs.csv"), partial, StandardCharsets.UTF_8);

        Cli.Result resumed = Cli.run("game", game.toString(), "--out", stopped.toString(), "--resume");
        assertEquals(ExitCodes.OK, resumed.status(), resumed.toString());
        assertTrue(resumed.out().contains("(2 in runs.csv already)"), resumed.out());
        List<String> files = files(whole);
        assertEquals(files, files(stopped));
        assertTrue(files.containsAll(List.of("runs.csv", "payoffs.csv", "equilibria.json", "game.md", "report.html",
                "game.nfg", "datapackage.json")), files.toString());
        for (String file : files) {
            if (!file.equals("game.log")) {
                assertArrayEquals(Files.readAllBytes(whole.resolve(file)), Files.readAllBytes(stopped.resolve(file)),
                        file + " differs after the resume");
            }
        }
    }

    @Test
    void aResumeOverADamagedRowNamesItAndRunsNothing() throws Exception {
        Path game = game();
        Path out = dir.resolve("out");
        Cli.Result first = Cli.run("game", game.toString(), "--out", out.toString());
        assertEquals(ExitCodes.OK, first.status(), first.toString());
        Path runs = out.resolve("runs.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(runs, StandardCharsets.UTF_8));
        // Line 4 loses its payoffs; line 6 is line 3 again (two writers).
        String[] cells = lines.get(3).split(",", -1);
        int payoff = List.of(lines.get(0).split(",")).indexOf("payoff.beijing");
        cells[payoff] = "garbled";
        lines.set(3, String.join(",", cells));
        lines.set(5, lines.get(2));
        List<String> kept = lines.subList(0, 6);
        Files.write(runs, kept, StandardCharsets.UTF_8);
        Files.delete(out.resolve("payoffs.csv"));

        Cli.Result resumed = Cli.run("game", game.toString(), "--out", out.toString(), "--resume");
        assertEquals(ExitCodes.BAD_INPUT, resumed.status(), resumed.toString());
        assertTrue(resumed.err().contains("line 4: payoff.beijing 'garbled' is not a number"), resumed.err());
        assertTrue(resumed.err().contains("line 6: repeats the run of line 3"), resumed.err());
        assertEquals(kept, Files.readAllLines(runs, StandardCharsets.UTF_8), "runs.csv must be left as it was");
        assertFalse(Files.exists(out.resolve("payoffs.csv")), "no analysis from a damaged file");
    }

    @Test
    void aResumeNeedsTheFolderOfAGame() throws Exception {
        Path game = game();
        Cli.Result noOut = Cli.run("game", game.toString(), "--resume");
        assertEquals(ExitCodes.BAD_INPUT, noOut.status(), noOut.toString());
        assertTrue(noOut.err().contains("--resume needs --out DIR"), noOut.err());
        Path empty = dir.resolve("empty");
        Files.createDirectories(empty);
        Cli.Result notAGame = Cli.run("game", game.toString(), "--out", empty.toString(), "--resume");
        assertEquals(ExitCodes.BAD_INPUT, notAGame.status(), notAGame.toString());
        assertTrue(notAGame.err().contains("holds no runs.csv"), notAGame.err());
        Path missing = dir.resolve("missing");
        Cli.Result nothing = Cli.run("game", game.toString(), "--out", missing.toString(), "--resume");
        assertEquals(ExitCodes.BAD_INPUT, nothing.status(), nothing.toString());
        assertFalse(Files.exists(missing), "a refused resume makes no folder");
    }

    private static List<String> files(Path folder) throws Exception {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }
}
