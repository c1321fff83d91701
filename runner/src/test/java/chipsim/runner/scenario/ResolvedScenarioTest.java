package chipsim.runner.scenario;

import static chipsim.runner.scenario.ScenarioFixtures.assertOk;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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

/**
 * scenario.resolved.yaml records exactly what ran: for a scenario built on a base, running the
 * resolved file (which names no base) reproduces the run byte for byte.
 */
class ResolvedScenarioTest {

    /** Every file of the run folder that is reproducible (run.log has timestamps). */
    private static final List<String> REPRODUCIBLE = List.of("trace.jsonl", "quarters.csv", "flows.csv", "agents.csv",
            "scenario.resolved.yaml", "report.html");

    @TempDir
    Path tmp;

    @Test
    void theResolvedScenarioOfACounterfactualRunsToTheSameBytes() throws IOException {
        Path first = tmp.resolve("first");
        assertOk(Cli.run("run", Cli.config("scenarios/full-ban.yaml"), "--quarters", "6", "--out", first.toString()));
        Path resolved = first.resolve("scenario.resolved.yaml");

        JsonNode tree = new ObjectMapper(new YAMLFactory()).readTree(resolved.toFile());
        assertFalse(tree.has("base"), "the inheritance is resolved");
        assertEquals("full-ban", tree.get("name").asText());
        assertEquals(15, tree.get("agents").size(), "every agent of the baseline is written out");
        assertEquals("static", tree.at("/agents/washington/policy").asText());

        // Moved away from the configs folder: nothing in it may refer to the base file.
        Path alone = Files.copy(resolved, Files.createDirectories(tmp.resolve("elsewhere")).resolve("again.yaml"));
        Path second = tmp.resolve("second");
        assertOk(Cli.run("run", alone.toString(), "--out", second.toString()));
        for (String file : REPRODUCIBLE) {
            assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)),
                    file + " differs when the resolved scenario runs again");
        }
    }
}
