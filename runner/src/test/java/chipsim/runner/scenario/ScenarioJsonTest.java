package chipsim.runner.scenario;

import static chipsim.runner.scenario.ScenarioFixtures.assertOk;
import static chipsim.runner.scenario.ScenarioFixtures.assertProblem;
import static chipsim.runner.scenario.ScenarioFixtures.placeOf;
import static chipsim.runner.scenario.ScenarioFixtures.replaceOnce;
import static chipsim.runner.scenario.ScenarioFixtures.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** A scenario written as JSON is the same scenario as its YAML: same checks, same run. */
class ScenarioJsonTest {

    @TempDir
    Path tmp;

    @Test
    void theBaselineAsJsonRunsToTheSameOutputsAsTheYaml() throws IOException {
        Path yaml = Path.of(Cli.config("baseline.yaml"));
        Path json = write(tmp, "baseline.json", baselineAsJson(yaml));

        Cli.Result validate = Cli.run("validate", json.toString());
        assertOk(validate);
        assertTrue(validate.out().startsWith(json + " is valid: baseline,"), validate.out());

        Path fromYaml = tmp.resolve("from-yaml");
        Path fromJson = tmp.resolve("from-json");
        assertOk(Cli.run("run", yaml.toString(), "--quarters", "4", "--out", fromYaml.toString()));
        assertOk(Cli.run("run", json.toString(), "--quarters", "4", "--out", fromJson.toString()));
        for (String file : List.of("trace.jsonl", "quarters.csv", "flows.csv", "agents.csv", "scenario.resolved.yaml")) {
            assertArrayEquals(Files.readAllBytes(fromYaml.resolve(file)), Files.readAllBytes(fromJson.resolve(file)),
                    file + " differs between the YAML and the JSON scenario");
        }
    }

    @Test
    void aProblemInJsonIsPlacedAtItsLineAndColumn() throws IOException {
        String text = baselineAsJson(Path.of(Cli.config("baseline.yaml")));
        text = replaceOnce(text, "\"revenueShare\" : 0.25", "\"revenueShare\" : 1.5");
        Path json = write(tmp, "share.json", text);
        Cli.Result result = Cli.run("validate", json.toString());
        assertEquals(2, result.status(), result.toString());
        assertProblem(result.err(), json.toString(), placeOf(text, "\"revenueShare\""),
                "agents.washington.params.revenueShare", "revenueShare = 1.5 is out of range", "from 0 to 1");
    }

    @Test
    void brokenJsonIsPlacedWhereTheParserStopped() {
        String text = "{\n  \"name\": \"broken\",\n  \"seed\": 4\n  \"start\": \"2024Q1\"\n}\n";
        Path json = write(tmp, "broken.json", text);
        Cli.Result result = Cli.run("validate", json.toString());
        assertEquals(2, result.status(), result.toString());
        assertProblem(result.err(), json.toString(), placeOf(text, "\"start\""), "", "not valid JSON",
                "check commas");
    }

    /** The YAML file converted by Jackson, pretty-printed so each key sits on a line of its own. */
    private static String baselineAsJson(Path yaml) throws IOException {
        JsonNode tree = new ObjectMapper(new YAMLFactory()).readTree(yaml.toFile());
        return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(tree);
    }
}
