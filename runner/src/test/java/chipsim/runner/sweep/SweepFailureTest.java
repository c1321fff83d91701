package chipsim.runner.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.runner.Cli;
import chipsim.runner.cli.ExitCodes;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed run is recorded with its error and the sweep goes on, unless --fail-fast. */
class SweepFailureTest {

    @TempDir
    Path dir;

    private Path sweep;
    private Path policyJar;

    @BeforeEach
    void sweepWithAFailingPoint() throws Exception {
        sweep = SweepDesignTest.write(dir, "failing.yaml", """
                base: bundled:baseline
                quarters: 2
                replications: 2
                set: {bytedance.policy: fails-when-told}
                axes:
                  bytedance.params.fail: {values: [false, true]}
                metrics: [end.china_units]
                """);
        // The test policy's class is on the class path already; the jar only registers it.
        policyJar = dir.resolve("failing-policy.jar");
        try (OutputStream file = Files.newOutputStream(policyJar); JarOutputStream jar = new JarOutputStream(file)) {
            jar.putNextEntry(new JarEntry("META-INF/services/chipsim.agents.PolicyFactory"));
            jar.write((FailingBuyerPolicy.Factory.class.getName() + "\n").getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }
    }

    @Test
    void failedRunsAreRecordedAndTheOthersStillRun() throws Exception {
        Path out = dir.resolve("out");
        Cli.Result result = Cli.run("sweep", sweep.toString(), "--policy-jar", policyJar.toString(), "--out", out.toString());
        assertEquals(ExitCodes.RUN_FAILED, result.status(), result.toString());
        assertTrue(result.err().contains("2 runs failed"), result.err());
        List<List<String>> runs = RunsFile.read(out.resolve(SweepFolder.RUNS));
        assertEquals(List.of("ok", "ok", "failed", "failed"), runs.subList(1, runs.size()).stream().map(r -> r.get(4)).toList());
        String error = runs.get(3).get(5);
        assertTrue(error.contains("bytedance") && error.contains("told to fail in 2024Q1"), error);
        assertEquals("", runs.get(3).get(7), "no metrics for a failed run");
        List<List<String>> summary = RunsFile.read(out.resolve(SweepFolder.SUMMARY));
        assertEquals(List.of("2", "true", "2", "0", "2", "", "", "", ""), summary.get(2).subList(0, 9));
        assertEquals(List.of("1", "false", "2", "2", "0"), summary.get(1).subList(0, 5));
    }

    @Test
    void failFastStopsStartingRunsAtTheFirstFailure() throws Exception {
        Path out = dir.resolve("out");
        Cli.Result result = Cli.run("sweep", sweep.toString(), "--policy-jar", policyJar.toString(), "--out", out.toString(),
                "--parallel", "1", "--fail-fast");
        assertEquals(ExitCodes.RUN_FAILED, result.status(), result.toString());
        assertTrue(result.err().contains("--fail-fast") && result.err().contains("--resume"), result.err());
        List<List<String>> runs = RunsFile.read(out.resolve(SweepFolder.RUNS));
        assertEquals(List.of("ok", "ok", "failed"), runs.subList(1, runs.size()).stream().map(r -> r.get(4)).toList());
        assertFalse(Files.exists(out.resolve(SweepFolder.SUMMARY)), "no summary of an unfinished sweep");
    }
}
