package chipsim.runner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The baseline with both capitals on their look-ahead policies runs, moves, and is deterministic. */
class StrategicPoliciesRunTest {

    private static final List<String> OUTPUTS = List.of("trace.jsonl", "quarters.csv", "flows.csv", "agents.csv",
            "decisions.jsonl");

    @TempDir
    Path tmp;

    private Path run(String name, String... extra) {
        Path out = tmp.resolve(name);
        List<String> args = new ArrayList<>(List.of("run", "--quarters", "6",
                "--set", "washington.policy=look-ahead", "--set", "washington.params={}",
                "--set", "beijing.policy=look-ahead", "--set", "beijing.params={}"));
        args.addAll(List.of(extra));
        args.addAll(List.of("--out", out.toString()));
        Cli.Result result = Cli.run(args.toArray(String[]::new));
        assertEquals(0, result.status(), result.toString());
        return out;
    }

    @Test
    void bothLookAheadPoliciesDecideAndGiveTheSameBytesAtAnyThreadCount() throws IOException {
        Path one = run("one", "--threads", "1");
        Path four = run("four", "--threads", "4");
        for (String file : OUTPUTS) {
            assertArrayEquals(Files.readAllBytes(one.resolve(file)), Files.readAllBytes(four.resolve(file)),
                    file + " differs");
        }
        String trace = Files.readString(one.resolve("trace.jsonl"));
        assertTrue(trace.contains("washington: look-ahead"), "Washington's look-ahead changed the rules at least once");
        assertTrue(trace.contains("beijing: look-ahead"), "Beijing's look-ahead changed its policy at least once");
        assertTrue(Files.readString(one.resolve("decisions.jsonl")).contains("\"model.revenueBn.n\""),
                "the learned model travels in the decisions' memory");
    }

    @Test
    void withPolicyNoiseTheSeedReachesTheCapitalsChoices() throws IOException {
        String[] noisy = {"--set", "washington.params.choiceTemperature=30", "--set", "beijing.params.choiceTemperature=30"};
        Path a = run("a", concat(noisy, "--seed", "1"));
        Path again = run("again", concat(noisy, "--seed", "1"));
        Path b = run("b", concat(noisy, "--seed", "2"));
        assertArrayEquals(Files.readAllBytes(a.resolve("decisions.jsonl")), Files.readAllBytes(again.resolve("decisions.jsonl")));
        assertNotEquals(policyEvents(a), policyEvents(b), "two seeds, the same noisy choices");
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** The capitals' notes, quarter by quarter: what their policies chose. */
    private static List<String> policyEvents(Path run) throws IOException {
        List<String> events = new ArrayList<>();
        for (String line : Files.readAllLines(run.resolve("trace.jsonl"))) {
            for (String part : line.split("\"")) {
                if (part.startsWith("washington: look-ahead") || part.startsWith("beijing: look-ahead")) {
                    events.add(part);
                }
            }
        }
        return events;
    }
}
