package chipsim.runner.scenario;

import static chipsim.runner.scenario.ScenarioFixtures.assertNothingWritten;
import static chipsim.runner.scenario.ScenarioFixtures.assertProblem;
import static chipsim.runner.scenario.ScenarioFixtures.baselineText;
import static chipsim.runner.scenario.ScenarioFixtures.placeOf;
import static chipsim.runner.scenario.ScenarioFixtures.replaceOnce;
import static chipsim.runner.scenario.ScenarioFixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import chipsim.runner.Cli;
import chipsim.runner.scenario.ScenarioFixtures.Place;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files no parser should be handed as they are: too large, with a very long line, not UTF-8,
 * binary, nested without end, with YAML aliases, NaN, a second document or trailing text. Each is
 * refused (exit 2, nothing written) in chipsim's words at its place, never with a parser's
 * internals (MalformedInputException, StreamReadConstraints) or an irrelevant indentation hint.
 */
class InputLimitsTest {

    private static final String BASELINE = baselineText();
    /** Words of the parsers and of Java that must never reach a user. */
    private static final List<String> INTERNALS = List.of("Exception", "StreamReadConstraints", "code points",
            "check indentation", "Malformed", "\tat ");

    @TempDir
    Path tmp;

    /** validate and run both refuse the file; the problem is returned as `validate` printed it. */
    private String refused(Path file) {
        Cli.Result validate = Cli.run("validate", file.toString());
        assertEquals(2, validate.status(), validate.toString());
        Path out = tmp.resolve("out");
        Cli.Result run = Cli.run("run", file.toString(), "--out", out.toString());
        assertEquals(2, run.status(), run.toString());
        assertNothingWritten(tmp, out);
        for (String internal : INTERNALS) {
            assertFalse(validate.err().contains(internal), "says '" + internal + "':\n" + validate.err());
        }
        return validate.err();
    }

    @Test
    void aFileOverOneMebibyteIsRefusedBeforeItIsParsed() {
        // A 3.5 MB comment on one line: past SnakeYAML's code-point limit, whose message leaked, and
        // of the kind the YAML scanner took minutes over.
        Path file = write(tmp, "huge.yaml", BASELINE + "# " + "x".repeat(3_500_000) + "\n");
        String err = refused(file);
        assertProblem(err, file.toString(), null, "", "the file is too large (", "is this the right file?");
        assertFalse(err.contains("is valid"), err);
    }

    @Test
    void aLineOverTenThousandCharactersIsPlacedAtItsLine() {
        String text = BASELINE + "description2: " + "y".repeat(10_001) + "\n";
        Path file = write(tmp, "long-line.yaml", text);
        int line = (int) text.lines().count();
        assertProblem(refused(file), file.toString(), new Place(line, 1), "",
                "line " + line + " is longer than 10000 characters", "break it into shorter lines");
    }

    @Test
    void aFileThatIsNotUtf8IsPlacedAtItsFirstBadByte() throws IOException {
        String text = replaceOnce(BASELINE, "name: baseline", "name: baseline-café");
        Path file = tmp.resolve("latin1.yaml");
        Files.write(file, text.getBytes(StandardCharsets.ISO_8859_1));
        Place at = placeOf(text, "é");
        assertProblem(refused(file), file.toString(), at, "", "the file is not UTF-8 text (byte 0xE9 is not UTF-8)",
                "save it as UTF-8");
    }

    @Test
    void aBinaryFileIsNotText() throws IOException {
        Path file = tmp.resolve("picture.yaml");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        Files.write(file, png);
        assertProblem(refused(file), file.toString(), new Place(1, 1), "", "the file is not UTF-8 text",
                "save it as UTF-8");
        Path nul = tmp.resolve("nul.yaml");
        Files.write(nul, ("name: x\nseed: 1\u0000\n").getBytes(StandardCharsets.UTF_8));
        assertProblem(refused(nul), nul.toString(), new Place(2, 8), "", "holds the control character U+0000",
                "is this the right file?");
    }

    @Test
    void nanAndInfinityAreNotValues() {
        String text = replaceOnce(BASELINE, "flopsWeight: 0.6 ", "flopsWeight: .nan ");
        Path file = write(tmp, "nan.yaml", text);
        assertProblem(refused(file), file.toString(), placeOf(text, ".nan"), "flopsWeight",
                ".nan (not a number) is not a value chipsim can use", "write a finite number");
        String inf = replaceOnce(BASELINE, "capacityWafers: 45000", "capacityWafers: -.inf");
        Path infFile = write(tmp, "inf.yaml", inf);
        assertProblem(refused(infFile), infFile.toString(), placeOf(inf, "-.inf"), "agents.tsmc.setup.capacityWafers",
                "-.inf (infinity) is not a value chipsim can use", "write a finite number");
    }

    @Test
    void nanInAGameIsPlacedInPlainWords() throws IOException {
        String game = """
                kind: matrix
                players: [row, col]
                strategies: {row: [a, b], col: [a, b]}
                payoffs:
                  a: {a: [1, 1], b: [0, .NaN]}
                  b: {a: [2, 0], b: [1, 1]}
                """;
        Path file = write(tmp, "nan-game.yaml", game);
        Cli.Result result = Cli.run("game", file.toString(), "--out", tmp.resolve("game-out").toString());
        assertEquals(2, result.status(), result.toString());
        assertProblem(result.err(), file.toString(), placeOf(game, ".NaN"), "payoffs.a.b[1]",
                ".NaN (not a number) is not a value chipsim can use", "write a finite number");
        assertFalse(result.err().contains("Malformed"), result.err());
        assertFalse(Files.exists(tmp.resolve("game-out")));
    }

    @Test
    void deepNestingIsRefusedInPlainWords() {
        Path json = write(tmp, "deep.json", "{\"name\": " + "[".repeat(2_000) + "]".repeat(2_000) + "}");
        assertProblem(refused(json), json.toString(), new Place(1, 60), "", "values are nested more than 50 levels deep",
                "check the brackets");
        Path yaml = write(tmp, "deep.yaml", BASELINE + "extra: " + "[".repeat(200) + "]".repeat(200) + "\n");
        String err = refused(yaml);
        assertProblem(err, yaml.toString(), new Place((int) BASELINE.lines().count() + 1, 58), "",
                "values are nested more than 50 levels deep", "check the brackets");
    }

    @Test
    void aNumberOfThousandsOfDigitsIsOutOfRangeAtItsPlace() {
        String digits = "9".repeat(2_000);
        Path json = write(tmp, "digits.json", "{\"seed\": " + digits + "}");
        String err = refused(json);
        assertProblem(err, json.toString(), new Place(1, 2), "seed", "seed = 1.000E+2000 is out of range",
                "use a value from -9223372036854775808 to 9223372036854775807");
    }

    @Test
    void yamlAliasesAreRefusedNotReadAsTheirNames() {
        String text = replaceOnce(replaceOnce(BASELINE, "seed: 42", "seed: &answer 42"), "flopsWeight: 0.6 ",
                "flopsWeight: *answer ");
        Path file = write(tmp, "alias.yaml", text);
        assertProblem(refused(file), file.toString(), placeOf(text, "*answer"), "flopsWeight",
                "YAML aliases (*answer) are not supported", "write the value out in full");
    }

    @Test
    void aSecondYamlDocumentIsRefusedAtItsPlace() {
        String text = BASELINE + "---\nname: a-second-scenario\n";
        Path file = write(tmp, "two.yaml", text);
        assertProblem(refused(file), file.toString(), placeOf(text, "name: a-second"), "",
                "a second YAML document after the scenario", "a file holds one document");
    }

    @Test
    void textAfterAJsonScenarioIsRefusedAtItsPlace() throws IOException {
        String json = minimalJson();
        Path garbage = write(tmp, "garbage.json", json + "\nthis is not json\n");
        // Jackson places an unknown token where it ends.
        assertProblem(refused(garbage), garbage.toString(), new Place((int) json.lines().count() + 1, 5), "",
                "text after the end of the JSON object", "delete what follows its closing }");
        Path twice = write(tmp, "twice.json", json + "\n" + json);
        assertProblem(refused(twice), twice.toString(), new Place((int) json.lines().count() + 1, 1), "",
                "a second JSON value after the scenario's object", "a file holds one document");
    }

    /** The baseline as JSON, which is valid alone. */
    private String minimalJson() throws IOException {
        var yaml = new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
        String json = new com.fasterxml.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter()
                .writeValueAsString(yaml.readTree(BASELINE));
        Path alone = write(tmp, "alone.json", json);
        Cli.Result valid = Cli.run("validate", alone.toString());
        assertEquals(0, valid.status(), valid.toString());
        return json;
    }

    @Test
    void sweepAndGameFilesAreCheckedTheSameWay() throws IOException {
        String sweep = "name: s\nbase: bundled:baseline\n# café\naxes:\n  washington.params.revenueShare: {values: [0.1]}\n";
        Path sweepFile = tmp.resolve("sweep.yaml");
        Files.write(sweepFile, sweep.getBytes(StandardCharsets.ISO_8859_1));
        Cli.Result swept = Cli.run("sweep", sweepFile.toString(), "--out", tmp.resolve("never").toString());
        assertEquals(2, swept.status(), swept.toString());
        assertProblem(swept.err(), sweepFile.toString(), placeOf(sweep, "é"), "",
                "the file is not UTF-8 text (byte 0xE9 is not UTF-8)", "save it as UTF-8");
        String game = "kind: matrix\nplayers: [a, b]\n---\nkind: matrix\n";
        Path gameFile = write(tmp, "game.yaml", game);
        Cli.Result played = Cli.run("game", gameFile.toString(), "--out", tmp.resolve("never").toString());
        assertEquals(2, played.status(), played.toString());
        assertProblem(played.err(), gameFile.toString(), new Place(4, 1), "", "a second YAML document",
                "a file holds one document");
        assertFalse(Files.exists(tmp.resolve("never")));
    }
}
