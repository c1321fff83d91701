package chipsim.runner.agentsapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** chipsim env refuses to serve without a token or with a scenario that cannot run, before it listens. */
class EnvCommandTest {

    @TempDir
    Path dir;

    @Test
    void noTokenIsBadInput() {
        Programs.Cli env = Programs.run("env", "--port", "0", "--token", "");
        assertEquals(2, env.status());
        assertTrue(env.err().contains("give a token"), env.err());
    }

    @Test
    void aScenarioThatCannotRunIsBadInput() throws Exception {
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, "extends: baseline\nend: 2023Q1\n");
        Programs.Cli env = Programs.run("env", broken.toString(), "--port", "0", "--token", "t");
        assertEquals(2, env.status(), env.err());
        assertTrue(env.err().contains("cannot run"), env.err());
    }
}
