package chipsim.runner.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import chipsim.runner.Cli;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scenario reader against thousands of mutated scenario files: the shipped configs with keys,
 * values and lines changed, inserted or removed, cut short, or sprinkled with random bytes, from a
 * seeded generator (case N is the same file on every machine). Whatever the file, `validate`
 * either accepts it (0) or refuses it (2) with every problem placed at a file and line or at an
 * option, and never shows an exception; every 50th case is also run, and a refused run writes
 * nothing. A failure prints the case's mutations and keeps its file for reproduction.
 */
class ScenarioReaderPropertyTest {

    private static final int CASES = 2_000;
    private static final long SEED = 20_261_201L;
    private static final int RUN_EVERY = 50;

    /** A problem line of validate's report: FILE:LINE:COLUMN: ... or --set ...: ... */
    private static final Pattern PLACED = Pattern.compile("^(\\S+:\\d+:\\d+: |--set [^:]+: |--quarters \\d+: ).*");

    private static final List<String> VALUES = List.of("0", "-1", "1", "0.5", "1e308", "-1e308", "1e-320", "1e400",
            "9223372036854775807", "9223372036854775808", "-9223372036854775809", "4611686018427387001",
            ".nan", ".inf", "-.inf", "~", "null", "true", "false", "[]", "{}", "[1, 2", "{a: 1", "'quoted'",
            "\"unterminated", "&anchor 3", "*anchor", "2025Q5", "1999Q1", "2025Q3", "2123Q4", "x".repeat(300),
            "static", "buyer", "H20", "washington bans H20", "[washington bans H20]", "- a", "a: b: c", "\t3",
            "12_000", "0x1F", "1/3", "é ü 中文", "\u0000", "!!binary AAAA", "!custom 1", "? complex", "| \n  text",
            "> \n  folded", "%TAG", "@at", "`tick`", "#comment", "key: value", "--- ", "...");
    private static final List<String> KEYS = List.of("seed", "start", "end", "name", "base", "agents", "chips",
            "events", "role", "policy", "params", "setup", "payoff", "id", "vendor", "tpp", "listPriceUsd",
            "revenueShare", "capacityWafers", "budgetGrowth", "packagingGrowth", "2025Q2", "unknownKey", "flopsWeight",
            "phaseTimeoutMillis", "inventory", "H200", "region", "fleetH100e", "kind", "axes", "-", "<<", "? x");

    private static final List<Case> SOURCES = new ArrayList<>();

    @TempDir
    static Path tmp;

    /** A starting file and the name (and folder) it is written under, so its base: resolves. */
    private record Case(String name, String text) {}

    @BeforeAll
    static void readTheShippedScenarios() throws IOException {
        Path configs = Path.of(Cli.config("baseline.yaml")).getParent();
        Files.copy(configs.resolve("baseline.yaml"), tmp.resolve("baseline.yaml"));
        for (String name : List.of("baseline.yaml", "history-2022-2026.yaml")) {
            SOURCES.add(new Case(name, Files.readString(configs.resolve(name))));
        }
        try (Stream<Path> scenarios = Files.list(configs.resolve("scenarios"))) {
            for (Path file : scenarios.sorted().toList()) {
                SOURCES.add(new Case("scenarios/" + file.getFileName(), Files.readString(file)));
            }
        }
        var yaml = new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
        SOURCES.add(new Case("baseline-as.json", new com.fasterxml.jackson.databind.ObjectMapper()
                .writerWithDefaultPrettyPrinter().writeValueAsString(yaml.readTree(SOURCES.get(0).text()))));
        Files.createDirectories(tmp.resolve("scenarios"));
        Files.createDirectories(tmp.resolve("cases"));
    }

    @RepeatedTest(value = CASES, name = "case {currentRepetition}")
    void theReaderAcceptsOrRefusesWithAPlace(RepetitionInfo repetition) {
        int index = repetition.getCurrentRepetition();
        Random random = new Random(SEED * 31 + index);
        Case source = SOURCES.get(random.nextInt(SOURCES.size()));
        List<String> done = new ArrayList<>();
        byte[] bytes = mutate(source.text(), random, done);
        // Written beside its original, so a base: ../baseline.yaml still resolves.
        String name = source.name().replace(".yaml", "").replace(".json", "") + "-case" + index
                + (source.name().endsWith(".json") ? ".json" : ".yaml");
        Path file = tmp.resolve(name);
        write(file, bytes);
        String what = "case " + index + " from " + source.name() + " with " + done + " (kept in " + file + ")";

        Cli.Result validate = Cli.run("validate", file.toString());
        checkOutcome(validate, "validate", what);
        if (validate.status() == 2) {
            checkPlaces(validate.err(), what);
        } else {
            assertTrue(validate.out().contains(" is valid: "), what + "\n" + validate);
        }
        if (index % RUN_EVERY == 0) {
            Path out = tmp.resolve("cases").resolve("run" + index);
            Cli.Result run = Cli.run("run", file.toString(), "--quarters", "2", "--out", out.toString());
            checkOutcome(run, "run", what);
            assertEquals(validate.status(), run.status(), "run and validate disagree on " + what + "\n" + run);
            if (run.status() == 2) {
                assertFalse(Files.exists(out), what + ": a refused run wrote " + out);
                try (Stream<Path> left = Files.list(out.getParent())) {
                    assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith(".run" + index + ".partial-")),
                            what + ": a refused run left a staging folder");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                assertTrue(Files.isRegularFile(out.resolve("trace.jsonl")), what);
            }
        }
        try {
            Files.delete(file);   // kept only when the case failed
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void checkOutcome(Cli.Result result, String command, String what) {
        if (result.status() != 0 && result.status() != 2) {
            fail(command + " exited " + result.status() + " on " + what + "\n" + result);
        }
        for (String internal : List.of("Exception", "\tat ", "Error:")) {
            assertFalse(result.err().contains(internal), command + " shows '" + internal + "' on " + what + "\n" + result);
        }
    }

    /** Every problem line names a file and line, or an option; each is followed by its hint. */
    private static void checkPlaces(String err, String what) {
        List<String> lines = err.lines().toList();
        assertTrue(lines.size() >= 3, what + "\n" + err);
        assertTrue(lines.get(0).startsWith("chipsim validate: "), what + "\n" + err);
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("    hint: ")) {
                continue;
            }
            assertTrue(PLACED.matcher(line).matches(), "a problem without a place on " + what + ":\n" + line + "\n\n" + err);
            assertTrue(i + 1 < lines.size() && lines.get(i + 1).startsWith("    hint: "),
                    "a problem without a hint on " + what + ":\n" + line);
        }
    }

    private static byte[] mutate(String text, Random random, List<String> done) {
        String mutated = text;
        int count = 1 + random.nextInt(3);
        for (int m = 0; m < count; m++) {
            mutated = switch (random.nextInt(8)) {
                case 0, 1 -> replaceValue(mutated, random, done);
                case 2 -> insertKey(mutated, random, done);
                case 3 -> deleteLine(mutated, random, done);
                case 4 -> duplicateLine(mutated, random, done);
                case 5 -> reindent(mutated, random, done);
                case 6 -> truncate(mutated, random, done);
                default -> mutated;
            };
        }
        byte[] bytes = mutated.getBytes(StandardCharsets.UTF_8);
        return random.nextInt(6) == 0 ? noise(bytes, random, done) : bytes;
    }

    private static List<String> lines(String text) {
        return new ArrayList<>(List.of(text.split("\n", -1)));
    }

    private static String replaceValue(String text, Random random, List<String> done) {
        List<String> lines = lines(text);
        for (int tries = 0; tries < 20; tries++) {
            int at = random.nextInt(lines.size());
            String line = lines.get(at);
            int colon = line.indexOf(": ");
            if (colon > 0 && !line.trim().startsWith("#")) {
                String value = VALUES.get(random.nextInt(VALUES.size()));
                lines.set(at, line.substring(0, colon + 2) + value);
                done.add("line " + (at + 1) + " value -> " + printable(value));
                return String.join("\n", lines);
            }
        }
        return text;
    }

    private static String insertKey(String text, Random random, List<String> done) {
        List<String> lines = lines(text);
        int at = random.nextInt(lines.size() + 1);
        String indent = " ".repeat(2 * random.nextInt(4));
        String key = KEYS.get(random.nextInt(KEYS.size()));
        String value = VALUES.get(random.nextInt(VALUES.size()));
        lines.add(at, indent + key + ": " + value);
        done.add("insert at line " + (at + 1) + " '" + printable(indent + key + ": " + value) + "'");
        return String.join("\n", lines);
    }

    private static String deleteLine(String text, Random random, List<String> done) {
        List<String> lines = lines(text);
        int at = random.nextInt(lines.size());
        lines.remove(at);
        done.add("delete line " + (at + 1));
        return String.join("\n", lines);
    }

    private static String duplicateLine(String text, Random random, List<String> done) {
        List<String> lines = lines(text);
        int at = random.nextInt(lines.size());
        lines.add(at, lines.get(at));
        done.add("duplicate line " + (at + 1));
        return String.join("\n", lines);
    }

    private static String reindent(String text, Random random, List<String> done) {
        List<String> lines = lines(text);
        int at = random.nextInt(lines.size());
        String line = lines.get(at);
        boolean deeper = random.nextBoolean();
        lines.set(at, deeper ? " " + line : line.replaceFirst("^ ", ""));
        done.add((deeper ? "indent" : "outdent") + " line " + (at + 1));
        return String.join("\n", lines);
    }

    private static String truncate(String text, Random random, List<String> done) {
        int at = random.nextInt(text.length() + 1);
        done.add("cut at character " + at);
        return text.substring(0, at);
    }

    private static byte[] noise(byte[] bytes, Random random, List<String> done) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
        int n = 1 + random.nextInt(4);
        byte[] inserted = new byte[n];
        random.nextBytes(inserted);
        out.write(bytes, 0, at);
        out.write(inserted, 0, n);
        out.write(bytes, at, bytes.length - at);
        StringBuilder hex = new StringBuilder();
        for (byte b : inserted) {
            hex.append(String.format("%02X", b & 0xFF));
        }
        done.add("bytes " + hex + " at byte " + at);
        return out.toByteArray();
    }

    private static String printable(String value) {
        return value.replace("\n", "\\n").replace("\t", "\\t").replace("\u0000", "\\0");
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
