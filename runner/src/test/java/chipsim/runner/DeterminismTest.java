package chipsim.runner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same scenario and seed, byte-identical outputs: across runs, thread counts, and a re-run of the resolved scenario. */
class DeterminismTest {

    private static final List<String> OUTPUTS = List.of("trace.jsonl", "quarters.csv", "flows.csv", "agents.csv",
            "scenario.resolved.yaml", "report.html", "datapackage.json");

    @TempDir
    Path tmp;

    @Test
    void oneThreadAndFourThreadsGiveTheSameBytes() throws IOException {
        Path one = run("one", "--threads", "1");
        Path four = run("four", "--threads", "4");
        assertSameOutputs(one, four);
    }

    @Test
    void theResolvedScenarioReproducesTheRun() throws IOException {
        Path first = run("first", "--seed", "7", "--set", "washington.params.revenueShare=0.15");
        Path again = run("again", first.resolve("scenario.resolved.yaml").toString());
        assertSameOutputs(first, again);
    }

    @Test
    void anotherSeedGivesAnotherTrace() throws IOException {
        Path a = run("a", "--seed", "1");
        Path b = run("b", "--seed", "2");
        assertFalse(Arrays.equals(Files.readAllBytes(a.resolve("agents.csv")), Files.readAllBytes(b.resolve("agents.csv"))),
                "the seed must reach the agents' random streams");
    }

    private Path run(String name, String... args) {
        Path out = tmp.resolve(name);
        String[] all = new String[args.length + 3];
        all[0] = "run";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--out";
        all[args.length + 2] = out.toString();
        Cli.Result result = Cli.run(all);
        assertEquals(0, result.status(), result.toString());
        return out;
    }

    private static void assertSameOutputs(Path a, Path b) throws IOException {
        for (String file : OUTPUTS) {
            assertArrayEquals(Files.readAllBytes(a.resolve(file)), Files.readAllBytes(b.resolve(file)),
                    file + " differs");
        }
    }
}
