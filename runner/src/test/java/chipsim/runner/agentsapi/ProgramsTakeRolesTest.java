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
 * Programs that play exactly what their roles' policies would (the fallback's proposal, echoed)
 * change nothing in a run but who signs its decisions, over all three ways to reach a program and
 * at another thread count; a replay of such a run needs no program.
 */
class ProgramsTakeRolesTest {

    private static final List<String> OUTPUTS = List.of("trace.jsonl", "quarters.csv", "flows.csv", "agents.csv");

    @TempDir
    Path dir;

    @Test
    void programsEchoingThePolicyGiveTheSameRunAndItsReplayNeedsNoProgram() throws Exception {
        Path byPolicy = dir.resolve("policy");
        Path byPrograms = dir.resolve("programs");
        Path replayed = dir.resolve("replayed");
        int tcpPort = Programs.freePort();
        int listenPort = Programs.freePort();
        assertEquals(0, Programs.run("run", "--quarters", "5", "--out", byPolicy.toString()).status());

        Process served = Programs.start("echo", "tcp-serve", String.valueOf(tcpPort), "secret");
        Process connecting = Programs.start("echo", "listen-connect", String.valueOf(listenPort), "secret");
        Programs.Cli run = Programs.run("run", "--quarters", "5", "--out", byPrograms.toString(),
                "--agent", "washington=cmd:" + Programs.behave("echo"),
                "--agent", "beijing=cmd:" + Programs.behave("echo"),
                "--agent", "nvidia=tcp:127.0.0.1:" + tcpPort,
                "--agent", "bytedance=listen:" + listenPort,
                "--agent-token", "secret", "--threads", "1");
        Programs.finish(served);
        Programs.finish(connecting);
        assertEquals(0, run.status(), run.err());
        assertFalse(run.err().contains("refused"), run.err());

        for (String file : OUTPUTS) {
            assertEquals(Files.readString(byPolicy.resolve(file)), Files.readString(byPrograms.resolve(file)), file);
        }
        List<String> policyLines = Files.readAllLines(byPolicy.resolve("decisions.jsonl"));
        List<String> programLines = Files.readAllLines(byPrograms.resolve("decisions.jsonl"));
        assertEquals(unsigned(policyLines), unsigned(programLines), "the same decisions, signed otherwise");
        long byProgram = programLines.stream().filter(l -> l.contains("\"decidedBy\":\"program\"")).count();
        // washington 1, beijing 1, nvidia 3, bytedance 1 decision per quarter, 5 quarters
        assertEquals(5 * (1 + 1 + 3 + 1), byProgram);
        for (String line : programLines) {
            boolean played = line.contains("\"agent\":\"washington\"") || line.contains("\"agent\":\"beijing\"")
                    || line.contains("\"agent\":\"nvidia\"") || line.contains("\"agent\":\"bytedance\"");
            assertEquals(played, line.contains("\"decidedBy\":\"program\""), line);
        }

        Programs.Cli replay = Programs.run("run", "--quarters", "5", "--out", replayed.toString(),
                "--replay", byPrograms.resolve("decisions.jsonl").toString());
        assertEquals(0, replay.status(), replay.err());
        for (String file : List.of("trace.jsonl", "quarters.csv", "flows.csv", "agents.csv", "decisions.jsonl")) {
            assertEquals(Files.readString(byPrograms.resolve(file)), Files.readString(replayed.resolve(file)), file);
        }
    }

    private static List<String> unsigned(List<String> lines) {
        return lines.stream().map(l -> l.replaceAll("\"decidedBy\":\"[^\"]*\"", "")).toList();
    }

    @Test
    void oneProgramMayPlaySeveralRolesAndIsAskedOnceForAgentsOfTheSameStep() throws IOException {
        Path out = dir.resolve("both");
        Programs.Cli run = Programs.run("run", "--quarters", "2", "--out", out.toString(),
                "--agent", "washington=cmd:" + Programs.behave("echo"),
                "--agent", "buyer=cmd:" + Programs.behave("echo"));
        assertEquals(0, run.status(), run.err());
        List<String> lines = Files.readAllLines(out.resolve("decisions.jsonl"));
        long buyers = lines.stream().filter(l -> l.contains("\"role\":\"buyer\"")).count();
        assertEquals(buyers, lines.stream().filter(l -> l.contains("\"role\":\"buyer\"")
                && l.contains("\"decidedBy\":\"program\"")).count(), "every buyer played by the program");
        assertTrue(buyers >= 2 * 2, "several buyers, two quarters");
    }

    @Test
    void anAgentOptionThatNamesNoAgentIsBadInput() {
        Programs.Cli run = Programs.run("run", "--quarters", "1", "--out", dir.resolve("x").toString(),
                "--agent", "pentagon=cmd:true");
        assertEquals(2, run.status());
        assertTrue(run.err().contains("no agent or role 'pentagon'"), run.err());
        assertFalse(Files.exists(dir.resolve("x")));
        Programs.Cli noToken = Programs.run("run", "--quarters", "1", "--out", dir.resolve("y").toString(),
                "--agent", "nvidia=listen:5599", "--agent-token", "");
        assertEquals(2, noToken.status());
        assertTrue(noToken.err().contains("needs a token"), noToken.err());
        Programs.Cli withReplay = Programs.run("run", "--quarters", "1", "--out", dir.resolve("z").toString(),
                "--agent", "nvidia=cmd:true", "--replay", dir.resolve("none.jsonl").toString());
        assertEquals(2, withReplay.status());
        assertTrue(withReplay.err().contains("exclude each other"), withReplay.err());
    }
}
