package chipsim.runner.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.market.Quarter;
import chipsim.runner.Cli;
import chipsim.runner.cli.ExitCodes;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** chipsim compare on the baseline and a fork of it: paired by seed, zero before the fork, the same bytes every time. */
class CompareCommandTest {

    @TempDir
    Path dir;

    static List<List<String>> csv(Path file) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
        try (MappingIterator<String[]> lines = mapper.readerFor(String[].class).readValues(file.toFile())) {
            while (lines.hasNextValue()) {
                rows.add(Arrays.asList(lines.nextValue()));
            }
        }
        return rows;
    }

    /** B is A with one scripted event at 2026Q1, so the two share everything before it. */
    private Path fork() throws Exception {
        Path file = dir.resolve("fork.yaml");
        Files.writeString(file, "base: " + Cli.config("baseline.yaml") + "\nname: fork\nevents:\n  2026Q1:\n"
                + "    - washington bans H20\n");
        return file;
    }

    @Test
    void aForkAtAQuarterShowsExactlyZeroDifferenceBeforeItAndAnEffectFromIt() throws Exception {
        Path out = dir.resolve("cmp");
        Cli.Result result = Cli.run("compare", Cli.config("baseline.yaml"), fork().toString(), "--seeds", "3",
                "--out", out.toString());
        assertEquals(ExitCodes.OK, result.status(), result.toString());
        assertTrue(result.out().contains("B first differs from A in 2026Q1"), result.out());
        List<List<String>> rows = csv(out.resolve(CompareFiles.BY_QUARTER));
        assertEquals(CompareFiles.BY_QUARTER_HEADER, rows.get(0));
        Quarter fork = Quarter.parse("2026Q1");
        int before = 0;
        int changedFrom = 0;
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.get(2).equals("0")) {
                // A price nobody set has no value in either run: nothing to compare, every cell empty.
                assertEquals(List.of("", "", "", ""), row.subList(5, 9), row.toString());
                continue;
            }
            // A price can be missing in some seeds' runs (nobody offered the chip): fewer pairs then.
            assertTrue(Integer.parseInt(row.get(2)) <= 3, row.toString());
            if (Quarter.parse(row.get(1)).compareTo(fork) < 0) {
                before++;
                List<String> expected = row.get(2).equals("1") ? List.of("0", "", "", "") : List.of("0", "0", "0", "0");
                assertEquals(expected, row.subList(5, 9), "no difference before the fork: " + row);
            } else if (!row.get(5).equals("0")) {
                changedFrom++;
            }
        }
        assertTrue(before > 100, "every column of 8 quarters before 2026Q1 is checked: " + before);
        assertTrue(changedFrom > 0, "the ban changes something from 2026Q1");

        List<List<String>> compare = csv(out.resolve(CompareFiles.COMPARE));
        assertEquals(CompareFiles.COMPARE_HEADER, compare.get(0));
        List<String> china = compare.stream().filter(r -> r.get(0).equals("end.china_compute_h100e")).findFirst()
                .orElseThrow();
        double mean = Double.parseDouble(china.get(4));
        assertEquals(Double.parseDouble(china.get(3)) - Double.parseDouble(china.get(2)), mean,
                1e-6 * Math.abs(mean) + 1e-6, "the mean difference is B's mean less A's");
        assertTrue(Double.parseDouble(china.get(6)) <= mean && mean <= Double.parseDouble(china.get(7)));

        // pairs.csv: each seed's difference is its own B less its own A, with the seeds of a sweep.
        List<List<String>> pairs = csv(out.resolve(CompareFiles.PAIRS));
        List<String> first = pairs.get(1);
        assertEquals(Double.parseDouble(first.get(4)) - Double.parseDouble(first.get(3)), Double.parseDouble(first.get(5)),
                1e-6 * Math.abs(Double.parseDouble(first.get(5))) + 1e-9);
        assertEquals(chipsim.runner.engine.Seeds.derive(42, 3).get(0).toString(), first.get(2), "baseline seed 42");
        assertTrue(Files.readString(out.resolve("report.html")).contains("B − A quarter by quarter"));
    }

    @Test
    void theFolderIsByteIdenticalWhateverTheParallelismAndAScenarioAgainstItselfDiffersNowhere() throws Exception {
        String baseline = Cli.config("baseline.yaml");
        Path one = dir.resolve("one");
        Path many = dir.resolve("many");
        assertEquals(ExitCodes.OK, Cli.run("compare", baseline, baseline, "--seeds", "2", "--quarters", "4",
                "--parallel", "1", "--out", one.toString()).status());
        assertEquals(ExitCodes.OK, Cli.run("compare", baseline, baseline, "--seeds", "2", "--quarters", "4",
                "--parallel", "4", "--out", many.toString()).status());
        for (String name : List.of(CompareFiles.COMPARE, CompareFiles.PAIRS, CompareFiles.BY_QUARTER,
                CompareFiles.RESOLVED, "report.html")) {
            assertArrayEquals(Files.readAllBytes(one.resolve(name)), Files.readAllBytes(many.resolve(name)), name);
        }
        List<List<String>> compare = csv(one.resolve(CompareFiles.COMPARE));
        assertTrue(compare.subList(1, compare.size()).stream().allMatch(r -> (r.get(4).equals("0")
                || r.get(4).isEmpty()) && r.get(8).equals("false")), "A against A: no difference anywhere: " + compare);
    }

    @Test
    void badInputIsRefusedBeforeAnythingRuns() throws Exception {
        String baseline = Cli.config("baseline.yaml");
        Path shorter = dir.resolve("short.yaml");
        Files.writeString(shorter, "base: " + baseline + "\nend: 2026Q4\n");
        Cli.Result horizon = Cli.run("compare", baseline, shorter.toString(), "--out", dir.resolve("o1").toString());
        assertEquals(ExitCodes.BAD_INPUT, horizon.status(), horizon.toString());
        assertTrue(horizon.err().contains("needs the same quarters"), horizon.err());

        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, "base: " + baseline + "\nagents:\n  washington:\n    params: {revenueShare: 2}\n");
        Cli.Result bad = Cli.run("compare", baseline, broken.toString(), "--out", dir.resolve("o2").toString());
        assertEquals(ExitCodes.BAD_INPUT, bad.status(), bad.toString());
        assertTrue(bad.err().contains("scenario B (" + broken + ") cannot run") && bad.err().contains("broken.yaml:4:"),
                bad.err());

        Files.createDirectories(dir.resolve("full"));
        Files.writeString(dir.resolve("full/x"), "x");
        Cli.Result full = Cli.run("compare", baseline, baseline, "--out", dir.resolve("full").toString());
        assertEquals(ExitCodes.BAD_INPUT, full.status());
        assertTrue(full.err().contains("already exists and is not empty"), full.err());
        assertEquals(ExitCodes.BAD_INPUT, Cli.run("compare", baseline, baseline, "--seeds", "0").status());
        assertFalse(Files.exists(dir.resolve("o1")) || Files.exists(dir.resolve("o2")));
    }
}
