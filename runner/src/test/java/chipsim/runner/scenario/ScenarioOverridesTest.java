package chipsim.runner.scenario;

import static chipsim.runner.scenario.ScenarioFixtures.assertOk;
import static chipsim.runner.scenario.ScenarioFixtures.assertProblem;
import static chipsim.runner.scenario.ScenarioFixtures.baselineText;
import static chipsim.runner.scenario.ScenarioFixtures.placeOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import chipsim.agents.PolicyRegistry;
import chipsim.market.Chip;
import chipsim.runner.Cli;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `--set PATH=VALUE`: checked exactly like the file, and reported at the argument that caused it. */
class ScenarioOverridesTest {

    private static final String BASELINE = Cli.config("baseline.yaml");

    @TempDir
    Path tmp;

    @Test
    void anOutOfRangeOverrideIsReportedAtItsSetArgument() {
        assertRejectedAtSet("tsmc.setup.capacityWafers=-5", "agents.tsmc.setup.capacityWafers",
                "capacityWafers = -5 is out of range", "use a value from 0 to");
        assertRejectedAtSet("washington.params.revenueShare=1.5", "agents.washington.params.revenueShare",
                "revenueShare = 1.5 is out of range", "use a value from 0 to 1");
        assertRejectedAtSet("washington.params.revenueShare=most", "agents.washington.params.revenueShare",
                "revenueShare must be a number, not 'most'", "write a number");
    }

    @Test
    void anOutOfRangeListItemSetByIdIsReportedAtItsSetArgument() {
        int h20 = chipIndex("H20");
        assertRejectedAtSet("chips.H20.listPriceUsd=-3", "chips[" + h20 + "].listPriceUsd",
                "listPriceUsd = -3 is out of range", "use a value from 1 to");
    }

    @Test
    void anUnknownKeyOrListItemViaSetGetsTheNearestSuggested() {
        assertRejectedAtSet("sede=7", "sede", "unknown key 'sede'", "did you mean 'seed'?");
        assertRejectedAtSet("washington.params.revenueShar=0.2", "agents.washington.params.revenueShar",
                "unknown parameter 'revenueShar'", "did you mean 'revenueShare'?");
        assertRejectedAtSet("chips.H21.listPriceUsd=9000", "", "'H21' matches no item of chips",
                "did you mean 'H20'?");
        assertRejectedAtSet("chips.H20=9000", "", "chips.H20 is a whole list item, not a single value",
                "--set chips.H20.KEY=VALUE");
    }

    @Test
    void theShortFormAndListItemsByIdChangeTheScenario() throws ScenarioException {
        assertOk(Cli.run("validate", BASELINE, "--set", "washington.params.revenueShare=0.25"));

        Scenario scenario = new ScenarioLoader(PolicyRegistry.standard()).load(Path.of(BASELINE),
                List.of("washington.params.revenueShare=0.15", "chips.H20.listPriceUsd=10000"));
        assertEquals(0.15, ((Number) scenario.agent("washington").policyParams().get("revenueShare")).doubleValue());
        Chip h20 = scenario.chips().stream().filter(c -> c.id().equals("H20")).findFirst().orElseThrow();
        assertEquals(10000, h20.listPriceUsd());
        assertEquals(scenario.chips().size(), new ScenarioLoader(PolicyRegistry.standard())
                .load(Path.of(BASELINE), List.of()).chips().size(), "setting an item by id adds no item");
    }

    @Test
    void anAssignmentWithoutEqualsIsAClearError() {
        for (String command : List.of("validate", "run")) {
            Path out = tmp.resolve("run");
            Cli.Result result = command.equals("run")
                    ? Cli.run("run", BASELINE, "--set", "washington.params.revenueShare", "--out", out.toString())
                    : Cli.run("validate", BASELINE, "--set", "washington.params.revenueShare");
            assertEquals(2, result.status(), result.toString());
            assertProblem(result.err(), "--set washington.params.revenueShare", null, "",
                    "an override must look like path=value", "e.g. --set washington.params.revenueShare=0.25");
            assertFalse(Files.exists(out));
        }
    }

    @Test
    void aNewPolicyWithItsParametersResetRuns() throws IOException {
        Path out = tmp.resolve("static");
        Cli.Result result = Cli.run("run", BASELINE, "--quarters", "2", "--set", "washington.policy=static",
                "--set", "washington.params={}", "--out", out.toString());
        assertOk(result);
        JsonNode resolved = new ObjectMapper(new YAMLFactory()).readTree(out.resolve("scenario.resolved.yaml").toFile());
        assertEquals("static", resolved.at("/agents/washington/policy").asText());
        assertEquals(0, resolved.at("/agents/washington/params").size(), resolved.at("/agents/washington").toString());
    }

    @Test
    void aNewPolicyWithTheOldParametersSaysHowToResetThem() {
        Cli.Result result = Cli.run("validate", BASELINE, "--set", "washington.policy=static");
        assertEquals(2, result.status(), result.toString());
        // The stale parameters are the file's, so they are reported at the file's lines.
        assertProblem(result.err(), BASELINE, placeOf(baselineText(), "revenueShare:"),
                "agents.washington.params.revenueShare", "unknown parameter 'revenueShare'",
                "reset them with --set washington.params={}");
    }

    /** Both `validate` and `run` reject the override, placing the problem at the --set, not in the file. */
    private void assertRejectedAtSet(String assignment, String path, String message, String hint) {
        Path out = tmp.resolve("run");
        Cli.Result validate = Cli.run("validate", BASELINE, "--set", assignment);
        Cli.Result run = Cli.run("run", BASELINE, "--set", assignment, "--out", out.toString());
        for (Cli.Result result : List.of(validate, run)) {
            assertEquals(2, result.status(), result.toString());
            assertProblem(result.err(), "--set " + assignment, null, path, message, hint);
            assertFalse(result.err().contains(BASELINE + ":"), "placed in the file:\n" + result.err());
        }
        assertFalse(Files.exists(out), "run wrote " + out);
    }

    private static int chipIndex(String id) {
        try {
            JsonNode chips = new ObjectMapper(new YAMLFactory()).readTree(Path.of(BASELINE).toFile()).get("chips");
            for (int i = 0; i < chips.size(); i++) {
                if (chips.get(i).get("id").asText().equals(id)) {
                    return i;
                }
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("the baseline has no chip " + id);
    }
}
