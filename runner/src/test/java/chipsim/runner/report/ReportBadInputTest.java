package chipsim.runner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.runner.Cli;
import chipsim.runner.cli.ExitCodes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder with missing or damaged files gives a clear error, exit status 2, and no report, old or new, is touched. */
class ReportBadInputTest {

    @TempDir
    static Path shared;

    static Path run;

    @TempDir
    Path temp;

    @BeforeAll
    static void runTheBaseline() {
        run = shared.resolve("run");
        Cli.Result result = Cli.run("run", "--quarters", "4", "--out", run.toString());
        assertEquals(0, result.status(), result::toString);
    }

    /** A copy of the run's inputs, without its report. */
    private Path copyOfRun() throws IOException {
        Path copy = Files.createDirectories(temp.resolve("run"));
        for (String file : List.of(RunFolderReader.QUARTERS, RunFolderReader.TRACE, RunFolderReader.SCENARIO)) {
            Files.copy(run.resolve(file), copy.resolve(file));
        }
        return copy;
    }

    private static void assertRefused(Path folder, String... expected) throws IOException {
        Cli.Result result = Cli.run("report", folder.toString(), "--png");
        assertEquals(ExitCodes.BAD_INPUT, result.status(), result::toString);
        for (String text : expected) {
            assertTrue(result.err().contains(text), "the error should say '" + text + "': " + result.err());
        }
        assertTrue(result.err().contains("nothing was written"), result::toString);
        assertFalse(Files.exists(folder.resolve(ReportGenerator.REPORT)), "no report was written");
        assertFalse(Files.exists(folder.resolve(ReportGenerator.FIGURES)), "no figure was written");
        try (Stream<Path> files = Files.list(folder)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().contains(".partial-")), "no temporary file");
        }
    }

    @Test
    void missingTrace() throws IOException {
        Path folder = copyOfRun();
        Files.delete(folder.resolve(RunFolderReader.TRACE));
        assertRefused(folder, "trace.jsonl is missing");
    }

    @Test
    void missingScenario() throws IOException {
        Path folder = copyOfRun();
        Files.delete(folder.resolve(RunFolderReader.SCENARIO));
        assertRefused(folder, "scenario.resolved.yaml is missing");
    }

    @Test
    void traceCutShort() throws IOException {
        Path folder = copyOfRun();
        String trace = Files.readString(folder.resolve(RunFolderReader.TRACE), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(RunFolderReader.TRACE), trace.substring(0, trace.length() - 200));
        assertRefused(folder, "trace.jsonl line 4 is not valid JSON");
    }

    @Test
    void quartersWithADamagedRow() throws IOException {
        Path folder = copyOfRun();
        List<String> lines = Files.readAllLines(folder.resolve(RunFolderReader.QUARTERS));
        lines.set(2, lines.get(2).substring(0, lines.get(2).lastIndexOf(',')));
        Files.write(folder.resolve(RunFolderReader.QUARTERS), lines);
        assertRefused(folder, "quarters.csv line 3 has");
    }

    @Test
    void quartersWithTextWhereANumberBelongs() throws IOException {
        Path folder = copyOfRun();
        List<String> lines = Files.readAllLines(folder.resolve(RunFolderReader.QUARTERS));
        lines.set(1, lines.get(1).replaceFirst(",[0-9.]+,", ",lots,"));
        Files.write(folder.resolve(RunFolderReader.QUARTERS), lines);
        assertRefused(folder, "quarters.csv line 2", "expected a number, found 'lots'");
    }

    @Test
    void traceFromAnotherRun() throws IOException {
        Path folder = copyOfRun();
        List<String> lines = Files.readAllLines(folder.resolve(RunFolderReader.TRACE));
        Files.write(folder.resolve(RunFolderReader.TRACE), lines.subList(0, 3));
        assertRefused(folder, "disagree on the quarters");
    }

    @Test
    void scenarioThatIsNotYaml() throws IOException {
        Path folder = copyOfRun();
        Files.writeString(folder.resolve(RunFolderReader.SCENARIO), "name: [unclosed\n  - {");
        assertRefused(folder, "scenario.resolved.yaml is not valid YAML");
    }

    @Test
    void aFolderThatIsNeitherRunNorSweep() throws IOException {
        assertRefused(Files.createDirectories(temp.resolve("empty")), "neither a run folder", "nor a sweep folder");
    }

    @Test
    void sweepSummaryWithoutMetrics() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("sweep"));
        Files.writeString(folder.resolve(SweepFolderReader.SUMMARY), "point,revenueShare,n\n1,0.1,4\n2,0.2,4\n");
        assertRefused(folder, "summary.csv has no metric columns", "_mean");
    }

    @Test
    void aDamagedFolderLeavesTheEarlierReportAsItWas() throws IOException {
        Path folder = copyOfRun();
        assertEquals(0, Cli.run("report", folder.toString()).status());
        byte[] before = Files.readAllBytes(folder.resolve(ReportGenerator.REPORT));
        Files.writeString(folder.resolve(RunFolderReader.TRACE), "{\"quarter\": \"2024Q1\", \n");
        Cli.Result result = Cli.run("report", folder.toString());
        assertEquals(ExitCodes.BAD_INPUT, result.status(), result::toString);
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(folder.resolve(ReportGenerator.REPORT))),
                "the earlier report is untouched");
    }
}
