package chipsim.runner.decisions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.runner.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A policy's bad or endless decision ends its run clearly and in time, and a sweep goes on without it. */
class BadDecisionsTest {

    @TempDir
    Path tmp;

    @Test
    void aPolicyReturningNaNFailsTheRunNamingTheField() {
        Path out = tmp.resolve("nan");
        Cli.Result result = Cli.run("run", "--quarters", "4", "--set", "washington.policy=test-nan",
                "--set", "washington.params={from: 2024Q3}", "--out", out.toString());
        assertEquals(1, result.status(), result.toString());
        assertTrue(result.err().contains("washington failed in the policy phase of 2024Q3"), result.err());
        assertTrue(result.err().contains("enforcement: NaN is not a finite number"), result.err());
        assertFalse(result.err().contains("\tat "), "no stack trace");
        assertFalse(Files.exists(out));
    }

    @Test
    void aPolicyThatLoopsForeverFailsTheRunAtItsDeadline() {
        Path out = tmp.resolve("loop");
        Cli.Result result = Cli.run("run", "--quarters", "3", "--set", "washington.policy=test-loops",
                "--set", "washington.params={}", "--set", "decisionTimeoutMillis=200", "--out", out.toString());
        assertEquals(1, result.status(), result.toString());
        assertTrue(result.err().contains("washington failed in the policy phase of 2024Q2"), result.err());
        assertTrue(result.err().contains("did not return within 200 ms (decisionTimeoutMillis)"), result.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aSweepWithOneLoopingPointFinishesItsOtherPoints() throws IOException {
        Path base = tmp.resolve("loops-base.yaml");
        Files.writeString(base, String.join("\n",
                "base: " + Cli.config("baseline.yaml"),
                "end: 2024Q4",
                "decisionTimeoutMillis: 200",
                "agents:",
                "  washington:",
                "    policy: test-loops",
                "    params: null",
                ""));
        Path sweep = tmp.resolve("loops.yaml");
        Files.writeString(sweep, String.join("\n",
                "name: loops",
                "base: " + base,
                "seed: 7",
                "replications: 1",
                "design: grid",
                "axes:",
                "  washington.params.loopIn:",
                "    values: [2024Q3, 2030Q1, 2031Q1]",
                "metrics:",
                "  - end.china_compute_h100e",
                ""));
        Path out = tmp.resolve("sweep");
        Cli.Result result = Cli.run("sweep", sweep.toString(), "--parallel", "2", "--out", out.toString());
        String runs = Files.exists(out.resolve("runs.csv")) ? Files.readString(out.resolve("runs.csv")) : "";
        assertTrue(result.toString().contains("did not return within 200 ms") || runs.contains("did not return"),
                result.toString() + runs);
        assertEquals(3, runs.lines().count() - 1, "every point has its row: " + runs);
    }
}
