package chipsim.runner.agentsapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each way a program can misbehave, with a real Python process: its decision is refused with the
 * reason, the role's fallback policy decides (signed so in decisions.jsonl), the run ends normally;
 * a program that never comes stops the run before it starts, with a clear error.
 */
class MisbehavingProgramsTest {

    private static final String FALLBACK = "\"decidedBy\":\"fallback:license-for-revenue\"";

    @TempDir
    Path dir;

    private List<String> linesOf(Path out, String agent) throws IOException {
        return Files.readAllLines(out.resolve("decisions.jsonl")).stream()
                .filter(l -> l.contains("\"agent\":\"" + agent + "\"")).toList();
    }

    private Path runWith(String agent, String mode, int quarters, String... more) {
        Path out = dir.resolve(mode);
        List<String> args = new java.util.ArrayList<>(List.of("run", "--quarters", String.valueOf(quarters),
                "--out", out.toString(), "--agent", agent + "=cmd:" + Programs.behave(mode)));
        args.addAll(List.of(more));
        Programs.Cli run = Programs.run(args.toArray(String[]::new));
        assertEquals(0, run.status(), run.err());
        lastErr = run.err();
        return out;
    }

    private String lastErr;

    @Test
    void aLateAnswerIsRefusedTheFallbackDecidesAndLaterAnswersCount() throws IOException {
        // The program answers its first observe after 3 s, past the 2 s deadline; the second ask
        // may still be waiting for it, the third is answered in time.
        Path out = runWith("washington", "late", 3, "--set", "decisionTimeoutMillis=2000");
        List<String> lines = linesOf(out, "washington");
        assertEquals(3, lines.size());
        assertTrue(lines.get(0).contains(FALLBACK), lines.get(0));
        assertTrue(lines.get(0).contains("\"refusal\":\"no decision within 2000 ms (decisionTimeoutMillis)\""),
                lines.get(0));
        assertTrue(lines.get(2).contains("\"decidedBy\":\"program\""), lines.get(2));
        assertTrue(lastErr.contains("decisions refused"), lastErr);
    }

    @Test
    void garbageIsRefusedAsMalformedAndTheFallbackDecides() throws IOException {
        Path out = runWith("washington", "garbage", 2);
        for (String line : linesOf(out, "washington")) {
            assertTrue(line.contains(FALLBACK), line);
            assertTrue(line.contains("the program sent a malformed message: not JSON"), line);
        }
    }

    @Test
    void aDecisionOutOfRangeIsRefusedWithItsField() throws IOException {
        Path out = runWith("washington", "range", 2);
        for (String line : linesOf(out, "washington")) {
            assertTrue(line.contains(FALLBACK), line);
            assertTrue(line.contains("licenceAboveTpp: -1 is outside 0..1"), line);
        }
    }

    @Test
    void actingForAnAgentItDoesNotPlayIsCountedAndPastTheLimitTheProgramIsDisconnected() throws IOException {
        // Each quarter counts twice (an action for a stranger, none for its own agent): the limit
        // of 10 is passed in the sixth quarter.
        Path out = runWith("washington", "stranger", 8);
        List<String> lines = linesOf(out, "washington");
        assertEquals(8, lines.size());
        for (String line : lines) {
            assertTrue(line.contains(FALLBACK), line);
        }
        assertTrue(lines.get(0).contains("has no action for washington"), lines.get(0));
        assertTrue(lines.get(7).contains("the program is disconnected: disconnected after 11 refusals"), lines.get(7));
        assertTrue(lastErr.contains("the run is corrupt"), lastErr);
    }

    @Test
    void aProgramThatDiesMidRunLeavesItsRoleToTheFallback() throws IOException {
        Path out = runWith("nvidia", "die", 2);
        List<String> lines = linesOf(out, "nvidia");
        assertEquals(6, lines.size(), "three points a quarter");
        assertTrue(lines.get(0).contains("\"decidedBy\":\"program\""), lines.get(0));
        for (String line : lines.subList(1, 6)) {
            assertTrue(line.contains("\"decidedBy\":\"fallback:"), line);
            assertTrue(line.contains("the program is disconnected"), line);
        }
        assertTrue(lastErr.contains("its fallback policies decided from then on"), lastErr);
    }

    @Test
    void aProgramThatNeverConnectsStopsTheRunBeforeItStarts() throws IOException {
        Path out = dir.resolve("never");
        Programs.Cli run = Programs.run("run", "--quarters", "1", "--out", out.toString(),
                "--agent", "nvidia=listen:" + Programs.freePort(), "--agent-token", "t",
                "--agent-connect-millis", "300");
        assertEquals(1, run.status(), run.err());
        assertTrue(run.err().contains("no program connected to 127.0.0.1:"), run.err());
        assertTrue(run.err().contains("within 300 ms"), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aProgramThatNeverSaysHelloStopsTheRunBeforeItStarts() {
        Path out = dir.resolve("mute");
        Programs.Cli run = Programs.run("run", "--quarters", "1", "--out", out.toString(),
                "--agent", "washington=cmd:" + Programs.behave("mute"), "--agent-connect-millis", "300");
        assertEquals(1, run.status(), run.err());
        assertTrue(run.err().contains("sent no hello within 300 ms"), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aWrongTokenIsRefused() throws Exception {
        int port = Programs.freePort();
        Process served = Programs.start("echo", "tcp-serve", String.valueOf(port), "wrong");
        Programs.Cli run = Programs.run("run", "--quarters", "1", "--out", dir.resolve("token").toString(),
                "--agent", "nvidia=tcp:127.0.0.1:" + port, "--agent-token", "right");
        Programs.finish(served);
        assertEquals(1, run.status(), run.err());
        assertTrue(run.err().contains("wrong one"), run.err());
    }
}
