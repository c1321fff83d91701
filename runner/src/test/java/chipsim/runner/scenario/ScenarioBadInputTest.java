package chipsim.runner.scenario;

import static chipsim.runner.scenario.ScenarioFixtures.assertNothingWritten;
import static chipsim.runner.scenario.ScenarioFixtures.assertProblem;
import static chipsim.runner.scenario.ScenarioFixtures.baselineText;
import static chipsim.runner.scenario.ScenarioFixtures.placeOf;
import static chipsim.runner.scenario.ScenarioFixtures.replaceOnce;
import static chipsim.runner.scenario.ScenarioFixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.runner.Cli;
import chipsim.runner.scenario.ScenarioFixtures.Place;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad scenario, each a small edit of the baseline, through `validate` and `run`:
 * exit status 2, a message naming the file, line, column and key path with a hint that says how to
 * fix it, and for `run` no run folder at all.
 */
class ScenarioBadInputTest {

    private static final String BASELINE = baselineText();
    private static final String EVENTS = "\nevents:\n";

    @TempDir
    Path tmp;

    /**
     * One bad input: how the baseline is edited, and what the report must say. The problem is
     * expected at the {@code occurrence}-th appearance of {@code placeText} in the edited file.
     */
    record BadInput(UnaryOperator<String> edit, String placeText, int occurrence, String path, String message,
            String hint) {

        BadInput(UnaryOperator<String> edit, String placeText, String path, String message, String hint) {
            this(edit, placeText, 1, path, message, hint);
        }
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("malformed YAML: a key indented by one space", new BadInput(
                        t -> replaceOnce(t, "\n  tsmc:\n", "\n tsmc:\n"), "tsmc:", "",
                        "not valid YAML: expected <block end>", "indentation")),
                Arguments.of("unknown top-level key", new BadInput(
                        t -> replaceOnce(t, "\nseed: 42", "\nsede: 42"), "sede:", "sede",
                        "unknown key 'sede'", "did you mean 'seed'?")),
                Arguments.of("unknown agent key", new BadInput(
                        t -> replaceOnce(t, "    policy: pragmatic-quota\n",
                                "    policy: pragmatic-quota\n    polcy: static\n"),
                        "polcy:", "agents.beijing.polcy", "unknown key 'polcy'", "did you mean 'policy'?")),
                Arguments.of("unknown policy parameter", new BadInput(
                        t -> replaceOnce(t, "revenueShare: 0.25", "revenueShar: 0.25"), "revenueShar:",
                        "agents.washington.params.revenueShar", "unknown parameter 'revenueShar'",
                        "did you mean 'revenueShare'?")),
                Arguments.of("unknown policy name", new BadInput(
                        t -> replaceOnce(t, "policy: license-for-revenue", "policy: licence-for-revenue"),
                        "policy: licence", "agents.washington.policy",
                        "unknown washington policy 'licence-for-revenue'",
                        "did you mean 'license-for-revenue'? (chipsim policies lists them)")),
                Arguments.of("unknown role", new BadInput(
                        t -> replaceOnce(t, "# Singapore route\n    role: broker", "# Singapore route\n    role: brokr"), "role: brokr",
                        "agents.broker-sg.role", "unknown role 'brokr'", "did you mean 'broker'?")),
                Arguments.of("text where a number goes", new BadInput(
                        t -> replaceOnce(t, "capacityWafers: 45000", "capacityWafers: lots"), "capacityWafers:",
                        "agents.tsmc.setup.capacityWafers", "capacityWafers must be a number, not 'lots'",
                        "write a number")),
                Arguments.of("negative capacity", new BadInput(
                        t -> replaceOnce(t, "capacityWafers: 45000", "capacityWafers: -5"), "capacityWafers:",
                        "agents.tsmc.setup.capacityWafers", "capacityWafers = -5 is out of range",
                        "use a value from 0 to")),
                Arguments.of("a share above 1", new BadInput(
                        t -> replaceOnce(t, "revenueShare: 0.25", "revenueShare: 1.5"), "revenueShare:",
                        "agents.washington.params.revenueShare", "revenueShare = 1.5 is out of range",
                        "use a value from 0 to 1")),
                Arguments.of("impossible start quarter", new BadInput(
                        t -> replaceOnce(t, "start: 2024Q1", "start: 2025Q5"), "start:", "start",
                        "quarter 2025Q5 does not exist", "quarters run Q1 to Q4")),
                Arguments.of("impossible event quarter", new BadInput(
                        t -> t + EVENTS + "  2025Q5: washington bans H20\n", "2025Q5:", "events.2025Q5",
                        "quarter 2025Q5 does not exist", "quarters run Q1 to Q4")),
                Arguments.of("end before start", new BadInput(
                        t -> replaceOnce(t, "end: 2027Q4", "end: 2023Q4"), "end: 2023Q4", "end",
                        "the run ends (2023Q4) before it starts (2024Q1)", "end must be on or after start")),
                Arguments.of("an event outside the horizon", new BadInput(
                        t -> t + EVENTS + "  2030Q1: washington bans H20\n", "2030Q1:", "events.2030Q1",
                        "event quarter 2030Q1 is outside the run 2024Q1..2027Q4",
                        "move the event into the horizon, or change start/end")),
                Arguments.of("an event sentence that does not parse", new BadInput(
                        t -> t + EVENTS + "  2025Q1:\n    - washington forbids H20\n", "washington forbids",
                        "events.2025Q1[0]", "cannot read the event 'washington forbids H20'",
                        "write one of: <washington> bans CHIP | <washington> opens CHIP")),
                Arguments.of("an event naming an unknown chip", new BadInput(
                        t -> t + EVENTS + "  2025Q1:\n    - washington bans H30\n", "washington bans H30",
                        "events.2025Q1[0]", "unknown chip 'H30'", "did you mean 'H20'?")),
                Arguments.of("an event approving imports for a non-buyer", new BadInput(
                        t -> t + EVENTS + "  2026Q1:\n    - beijing approves 400000 H200 for bytedance,nvidia\n",
                        "beijing approves", "events.2026Q1[0]", "'nvidia' is not a buyer of this scenario",
                        "buyers are [alibaba, baidu, bytedance, china-others, tencent, us-clouds]")),
                Arguments.of("a set-up map keyed by an unknown chip", new BadInput(
                        t -> replaceOnce(t, "inventory: {H20: 250000", "inventory: {H2O: 250000"), "H2O",
                        "agents.nvidia.setup.inventory.H2O", "unknown chip 'H2O'", "did you mean 'H20'?")),
                Arguments.of("a key given twice in one mapping", new BadInput(
                        t -> replaceOnce(t, "\nseed: 42", "\nseed: 42\nseed: 43"), "seed: 43", "seed",
                        "key 'seed' is given twice in one mapping", "keep one of them")),
                Arguments.of("a chip id given twice", new BadInput(
                        t -> replaceOnce(t, "{id: H800,", "{id: H100,"), "id: H100", 2, "chips[1].id",
                        "chip 'H100' is listed twice", "give each chip its own id")),
                Arguments.of("a chip vendor that does not sell", new BadInput(
                        t -> replaceOnce(t, "{id: H200, vendor: nvidia", "{id: H200, vendor: tsmc"), "vendor: tsmc",
                        "chips[3].vendor", "vendor 'tsmc' is not a selling agent of this scenario",
                        "use the id of the nvidia or huawei agent: huawei, nvidia")),
                Arguments.of("variantOf an unknown chip", new BadInput(
                        t -> replaceOnce(t, "variantOf: H100, availableFrom: 2024Q1", "variantOf: H1000, availableFrom: 2024Q1"),
                        "variantOf: H1000", "chips[2].variantOf", "variantOf names unknown chip 'H1000'",
                        "did you mean 'H100'?")),
                Arguments.of("no buyers", new BadInput(
                        t -> t.substring(0, t.indexOf("  bytedance:")) + t.substring(t.indexOf("  broker-sg:")),
                        "agents:", "agents", "no agent plays buyer", "add at least one agent with role: buyer")),
                Arguments.of("two Washingtons", new BadInput(
                        t -> replaceOnce(t, "\nagents:\n",
                                "\nagents:\n  washington-2:\n    role: washington\n    policy: static\n"),
                        "agents:", "agents", "2 agents play washington",
                        "exactly one agent must have role: washington")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void validateAndRunNameThePlaceAndTheFix(String name, BadInput bad) {
        String text = bad.edit().apply(BASELINE);
        Path file = write(tmp, "bad.yaml", text);
        Place at = placeOf(text, bad.placeText(), bad.occurrence());

        Cli.Result validate = Cli.run("validate", file.toString());
        assertEquals(2, validate.status(), validate.toString());
        assertTrue(validate.err().startsWith("chipsim validate: " + file + " has "), validate.err());
        assertProblem(validate.err(), file.toString(), at, bad.path(), bad.message(), bad.hint());
        assertTrue(validate.out().isEmpty(), validate.out());

        Path out = tmp.resolve("run");
        Cli.Result run = Cli.run("run", file.toString(), "--out", out.toString());
        assertEquals(2, run.status(), run.toString());
        assertTrue(run.err().startsWith("chipsim run: " + file + " cannot run:"), run.err());
        assertProblem(run.err(), file.toString(), at, bad.path(), bad.message(), bad.hint());
        assertNothingWritten(tmp, out);
    }

    @Test
    void everyProblemOfAFileIsReportedAtOnce() {
        String text = replaceOnce(BASELINE, "\nseed: 42", "\nsede: 42");
        text = replaceOnce(text, "revenueShare: 0.25", "revenueShare: 1.5");
        text = replaceOnce(text, "inventory: {H20: 250000", "inventory: {H2O: 250000");
        Path file = write(tmp, "three.yaml", text);

        Cli.Result validate = Cli.run("validate", file.toString());
        assertEquals(2, validate.status(), validate.toString());
        assertTrue(validate.err().contains(" has 3 problems:"), validate.err());
        assertProblem(validate.err(), file.toString(), placeOf(text, "sede:"), "sede", "unknown key 'sede'",
                "did you mean 'seed'?");
        assertProblem(validate.err(), file.toString(), placeOf(text, "revenueShare:"),
                "agents.washington.params.revenueShare", "out of range", "from 0 to 1");
        assertProblem(validate.err(), file.toString(), placeOf(text, "H2O"), "agents.nvidia.setup.inventory.H2O",
                "unknown chip 'H2O'", "did you mean 'H20'?");
        // In the order of the file, so the list reads top to bottom.
        String err = validate.err();
        assertTrue(err.indexOf("sede") < err.indexOf("revenueShare") && err.indexOf("revenueShare") < err.indexOf("H2O"),
                err);

        Path out = tmp.resolve("run");
        Cli.Result run = Cli.run("run", file.toString(), "--out", out.toString());
        assertEquals(2, run.status(), run.toString());
        assertEquals(3, run.err().lines().filter(l -> l.startsWith("    hint: ")).count(), run.err());
        assertNothingWritten(tmp, out);
    }

    @Test
    void aDuplicateKeyDoesNotHideTheOtherProblems() {
        String text = replaceOnce(BASELINE, "\nseed: 42", "\nseed: 42\nseed: 43");
        text = replaceOnce(text, "capacityWafers: 45000", "capacityWafers: -5");
        Path file = write(tmp, "twice.yaml", text);

        Cli.Result validate = Cli.run("validate", file.toString());
        assertEquals(2, validate.status(), validate.toString());
        assertTrue(validate.err().contains(" has 2 problems:"), validate.err());
        assertProblem(validate.err(), file.toString(), placeOf(text, "seed: 43"), "seed", "given twice",
                "the first is on line " + placeOf(text, "seed: 42").line());
        assertProblem(validate.err(), file.toString(), placeOf(text, "capacityWafers:"),
                "agents.tsmc.setup.capacityWafers", "out of range", "from 0 to");
    }

    @Test
    void aChipProblemIsPlacedAtItsOwnChipAfterAChipWithoutAnId() {
        String text = replaceOnce(BASELINE, "{id: H800, vendor: nvidia,", "{vendor: nvidia,");
        text = replaceOnce(text, "variantOf: H100, availableFrom: 2024Q1", "variantOf: H1000, availableFrom: 2024Q1");
        Path file = write(tmp, "noid.yaml", text);
        int h20 = chipCount(text.substring(0, text.indexOf("variantOf: H1000"))) - 1;

        Cli.Result validate = Cli.run("validate", file.toString());
        assertEquals(2, validate.status(), validate.toString());
        assertProblem(validate.err(), file.toString(), placeOf(text, "{vendor: nvidia"), "chips[1]", "missing 'id'",
                "add id:");
        assertProblem(validate.err(), file.toString(), placeOf(text, "variantOf: H1000"),
                "chips[" + h20 + "].variantOf", "variantOf names unknown chip 'H1000'", "did you mean 'H100'?");
    }

    @Test
    void zeroOrNegativeQuartersAreRejectedBeforeAnythingRuns() {
        for (String quarters : List.of("0", "-3")) {
            Path out = tmp.resolve("run" + quarters);
            Cli.Result run = Cli.run("run", Cli.config("baseline.yaml"), "--quarters", quarters, "--out",
                    out.toString());
            assertEquals(2, run.status(), run.toString());
            assertTrue(run.err().contains("--quarters must be from 1 to 400, not " + quarters), run.err());
            assertNothingWritten(tmp, out);
        }
    }

    /** How many chips (list items of the chips: section) the text lists. */
    private static int chipCount(String text) {
        return (int) text.lines().filter(line -> line.startsWith("  - {")).count();
    }
}
