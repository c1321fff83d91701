package chipsim.runner.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.runner.Cli;
import chipsim.runner.cli.ExitCodes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** chipsim compare --resume: a stopped comparison goes on from its runs.csv to the same bytes; a damaged or foreign one is refused. */
class CompareResumeTest {

    static final List<String> FILES = List.of("runs.csv", CompareFiles.COMPARE, CompareFiles.PAIRS,
            CompareFiles.BY_QUARTER, CompareFiles.RESOLVED, "report.html");

    @TempDir
    static Path dir;

    static Path fork;
    static Path whole;

    /** B bans H20 from 2024Q3; six quarters and two seeds keep the four runs short. */
    @BeforeAll
    static void compareOnceWhole() throws Exception {
        fork = dir.resolve("fork.yaml");
        Files.writeString(fork, "base: " + Cli.config("baseline.yaml") + "\nname: fork\nevents:\n  2024Q3:\n"
                + "    - washington bans H20\n");
        whole = dir.resolve("whole");
        Cli.Result result = compare(whole);
        assertEquals(ExitCodes.OK, result.status(), result.toString());
    }

    private static Cli.Result compare(Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("compare", Cli.config("baseline.yaml"), fork.toString(),
                "--quarters", "6", "--seeds", "2", "--out", out.toString()));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    /** The folder of a comparison stopped after {@code keep} runs, the next one's row cut short. */
    private static Path stoppedAfter(String name, int keep) throws Exception {
        Path out = dir.resolve(name);
        Files.createDirectories(out);
        List<String> lines = Files.readAllLines(whole.resolve("runs.csv"), StandardCharsets.UTF_8);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i <= keep; i++) {
            text.append(lines.get(i)).append('\n');
        }
        text.append(lines.get(keep + 1), 0, 80);
        Files.writeString(out.resolve("runs.csv"), text.toString(), StandardCharsets.UTF_8);
        return out;
    }

    @Test
    void aStoppedComparisonResumesToTheSameBytesRunningOnlyWhatItLacks() throws Exception {
        Path out = stoppedAfter("stopped", 1);
        Cli.Result resumed = compare(out, "--resume");
        assertEquals(ExitCodes.OK, resumed.status(), resumed.toString());
        assertTrue(resumed.out().contains("(1 in runs.csv already)"), resumed.out());
        for (String file : FILES) {
            assertArrayEquals(Files.readAllBytes(whole.resolve(file)), Files.readAllBytes(out.resolve(file)), file);
        }
        // A finished comparison resumed again runs nothing and rewrites the same tables.
        Cli.Result again = compare(out, "--resume");
        assertEquals(ExitCodes.OK, again.status(), again.toString());
        assertTrue(again.out().contains("(4 in runs.csv already)"), again.out());
        assertArrayEquals(Files.readAllBytes(whole.resolve(CompareFiles.COMPARE)),
                Files.readAllBytes(out.resolve(CompareFiles.COMPARE)));
    }

    @Test
    void damagedRepeatedOrForeignRowsAreNamedAndNothingRuns() throws Exception {
        Path out = dir.resolve("damaged");
        Files.createDirectories(out);
        List<String> lines = new ArrayList<>(Files.readAllLines(whole.resolve("runs.csv"), StandardCharsets.UTF_8));
        List<String> header = List.of(lines.get(0).split(",", -1));
        int metric = header.indexOf("end.china_units");
        String[] cells = lines.get(2).split(",", -1);
        cells[metric] = "garbled";
        lines.set(2, String.join(",", cells));
        lines.add(lines.get(1));
        Files.write(out.resolve("runs.csv"), lines, StandardCharsets.UTF_8);
        Cli.Result result = compare(out, "--resume");
        assertEquals(ExitCodes.BAD_INPUT, result.status(), result.toString());
        assertTrue(result.err().contains("line 3: end.china_units 'garbled' is not a number"), result.err());
        assertTrue(result.err().contains("line 6: repeats the run of line 2"), result.err());
        assertFalse(Files.exists(out.resolve(CompareFiles.COMPARE)), "nothing is computed from a damaged file");

        // The whole folder is a comparison of two seeds: resuming it as one of three is another comparison.
        Cli.Result foreign = Cli.run("compare", Cli.config("baseline.yaml"), fork.toString(), "--quarters", "6",
                "--seeds", "3", "--out", whole.toString(), "--resume");
        assertEquals(ExitCodes.BAD_INPUT, foreign.status(), foreign.toString());
        assertTrue(foreign.err().contains("is a run of another comparison"), foreign.err());
    }

    @Test
    void resumeNeedsTheFolderOfAComparison() throws Exception {
        Cli.Result noOut = Cli.run("compare", Cli.config("baseline.yaml"), fork.toString(), "--resume");
        assertEquals(ExitCodes.BAD_INPUT, noOut.status(), noOut.toString());
        assertTrue(noOut.err().contains("--resume needs --out DIR"), noOut.err());
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Cli.Result notOne = compare(empty, "--resume");
        assertEquals(ExitCodes.BAD_INPUT, notOne.status(), notOne.toString());
        assertTrue(notOne.err().contains("holds no runs.csv"), notOne.err());
        Cli.Result taken = compare(whole);
        assertEquals(ExitCodes.BAD_INPUT, taken.status(), taken.toString());
        assertTrue(taken.err().contains("add --resume to continue the comparison"), taken.err());
    }
}
