package chipsim.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.runner.cli.ExitCodes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run too large for its heap ends with one clear line and exit status 1, leaving nothing half
 * written, whether memory runs out on an actor thread mid-run or on the main thread at start.
 */
class OutOfMemoryTest {

    @TempDir
    Path tmp;

    @Test
    void aRunTooLargeForASmallHeapSaysSoAndExits() throws Exception {
        Path scenario = crowded();
        for (String heap : List.of("-Xmx64m", "-Xmx12m")) {
            Path out = tmp.resolve("out" + heap);
            try (ChildJvm run = ChildJvm.start(tmp, "run" + heap, List.of(heap), "run", scenario.toString(),
                    "--out", out.toString())) {
                assertEquals(ExitCodes.RUN_FAILED, run.exitStatus(), heap + "\n" + run.err());
                assertTrue(run.err().contains("chipsim: not enough memory"), heap + ": " + run.err());
                assertTrue(run.err().contains("give it more with CHIPSIM_JAVA_OPTS=-Xmx"), run.err());
                assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
                assertFalse(run.err().contains("UncaughtExceptionHandler"), run.err());
                assertFalse(Files.exists(out), "no output folder");
            }
        }
        // The staging folder goes on the way out; if memory was too short even for that, the next start removes it.
        Cli.Result next = Cli.run("run", "--quarters", "1", "--out", tmp.resolve("next").toString());
        assertEquals(ExitCodes.OK, next.status(), next.toString());
        try (Stream<Path> entries = Files.list(tmp)) {
            assertTrue(entries.noneMatch(p -> p.getFileName().toString().contains(".partial-")), "no staging left");
        }
    }

    /** The baseline with 4,000 small extra buyers over 17 years: far beyond 64 MB. */
    private Path crowded() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        ObjectNode scenario = (ObjectNode) yaml.readTree(Path.of(Cli.config("baseline.yaml")).toFile());
        scenario.put("end", "2040Q4");
        scenario.put("phaseTimeoutMillis", 600_000);
        ObjectNode agents = (ObjectNode) scenario.get("agents");
        for (int i = 0; i < 4000; i++) {
            ObjectNode buyer = agents.putObject(String.format("extra-%05d", i));
            buyer.put("role", "buyer");
            buyer.put("policy", "value-per-dollar");
            buyer.putObject("params").put("valuePerH100eUsd", 60000);
            ObjectNode setup = buyer.putObject("setup");
            setup.put("region", "CN");
            setup.putObject("annualBudgetUsd").put("2024", 1_000_000);
            setup.putObject("annualDemandH100e").put("2024", 40);
            setup.put("fleetH100e", 100);
        }
        Path file = tmp.resolve("crowded.yaml");
        yaml.writeValue(file.toFile(), scenario);
        return file;
    }
}
