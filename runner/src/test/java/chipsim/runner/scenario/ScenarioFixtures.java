package chipsim.runner.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import chipsim.runner.Cli;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Scenario files for the tests, derived from the shipped baseline by text edits, and checks of
 * what chipsim says about them. An edit must match exactly once, so a change to the baseline that
 * would silently turn a fixture into a different one fails the test instead.
 */
final class ScenarioFixtures {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Where a problem should be reported: 1-based line and column in the fixture's text. */
    record Place(int line, int column) {}

    private ScenarioFixtures() {}

    static String baselineText() {
        return read(Path.of(Cli.config("baseline.yaml")));
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path dir, String name, String text) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code text} with the one occurrence of {@code from} replaced. */
    static String replaceOnce(String text, String from, String to) {
        int at = text.indexOf(from);
        if (at < 0 || text.indexOf(from, at + 1) >= 0) {
            fail("the fixture edit expects exactly one '" + from + "' in the text; the baseline changed?");
        }
        return text.substring(0, at) + to + text.substring(at + from.length());
    }

    /** The place of the {@code occurrence}-th (1-based) appearance of {@code needle}. */
    static Place placeOf(String text, String needle, int occurrence) {
        String[] lines = text.split("\n", -1);
        int seen = 0;
        for (int i = 0; i < lines.length; i++) {
            int from = 0;
            int at;
            while ((at = lines[i].indexOf(needle, from)) >= 0) {
                if (++seen == occurrence) {
                    return new Place(i + 1, at + 1);
                }
                from = at + 1;
            }
        }
        throw new AssertionError("'" + needle + "' does not occur " + occurrence + " time(s) in the fixture");
    }

    static Place placeOf(String text, String needle) {
        return placeOf(text, needle, 1);
    }

    /**
     * Asserts that {@code err} reports a problem as {@code FILE:LINE:COLUMN: PATH: MESSAGE} and,
     * on the next line, {@code hint: HINT}; the message and hint are checked by fragment.
     */
    static void assertProblem(String err, String source, Place at, String path, String message, String hint) {
        String prefix = source + (at == null ? "" : ":" + at.line() + ":" + at.column()) + ": "
                + (path.isEmpty() ? "" : path + ": ");
        List<String> lines = err.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix) && lines.get(i).contains(message)) {
                assertTrue(i + 1 < lines.size() && lines.get(i + 1).startsWith("    hint: "),
                        "the problem has no hint line:\n" + err);
                assertTrue(lines.get(i + 1).contains(hint), "hint should say '" + hint + "':\n" + err);
                return;
            }
        }
        fail("expected a problem starting '" + prefix + "' saying '" + message + "', got:\n" + err);
    }

    /** Each quarter's object of a run's trace.jsonl, in order. */
    static List<JsonNode> trace(Path runFolder) {
        List<JsonNode> quarters = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(runFolder.resolve("trace.jsonl"), StandardCharsets.UTF_8)) {
                quarters.add(JSON.readTree(line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return quarters;
    }

    /** The command line of `validate FILE`, or of `run FILE --out DIR`. */
    static String[] validateOrRun(String command, Path file, Path out) {
        return command.equals("run") ? new String[] {command, file.toString(), "--out", out.toString()}
                : new String[] {command, file.toString()};
    }

    /** Neither the run folder nor a staging folder beside it exists. */
    static void assertNothingWritten(Path parent, Path out) {
        assertFalse(Files.exists(out), "run wrote " + out);
        try (Stream<Path> left = Files.list(parent)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().contains(".partial-")),
                    "a staging folder was left behind");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts that a command succeeded, showing everything it printed when it did not. */
    static void assertOk(Cli.Result result) {
        assertEquals(0, result.status(), result.toString());
    }
}
