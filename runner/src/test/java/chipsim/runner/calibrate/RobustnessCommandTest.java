package chipsim.runner.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.runner.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `chipsim calibrate --robustness N` on a short baseline (five quarters keep it cheap). */
class RobustnessCommandTest {

    @TempDir
    Path tmp;

    private Cli.Result robustness(Path out, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("calibrate", Cli.config("baseline.yaml"),
                "--set", "end=2025Q1", "--robustness", "3", "--out", out.toString()));
        args.addAll(List.of(extra));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void drawsAreRunAndSummarisedTheSameAtAnyParallelism() throws IOException {
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        Cli.Result first = robustness(one, "--parallel", "1", "--seed", "7");
        assertEquals(0, first.status(), first.toString());
        assertTrue(first.out().contains("3 draws within ±20% of the calibrated parameters"), first.out());
        assertTrue(first.out().contains("firm emergent figures within 25% in at least 80% of draws"), first.out());
        assertTrue(first.out().contains("regime at the end"), first.out());
        Cli.Result second = robustness(two, "--parallel", "2", "--seed", "7");
        assertEquals(0, second.status(), second.toString());
        for (String file : List.of("draws.csv", "robustness.csv", "regimes.csv", "paths.csv", "headlines.csv")) {
            assertEquals(Files.readString(one.resolve(file)), Files.readString(two.resolve(file)), file);
        }
        List<String> paths = Files.readAllLines(one.resolve("paths.csv"));
        assertEquals("policy_path,draws,share", paths.get(0));
        assertEquals(3, paths.subList(1, paths.size()).stream()
                .mapToInt(l -> Integer.parseInt(l.split(",")[l.split(",").length - 2])).sum(), paths.toString());
        assertTrue(first.out().contains("distinct policy paths; the commonest, in"), first.out());

        List<String> draws = Files.readAllLines(one.resolve("draws.csv"));
        assertEquals(4, draws.size(), "a header and a row per draw");
        List<String> header = List.of(draws.get(0).split(","));
        assertTrue(header.containsAll(List.of("draw", "flopsWeight", "huawei.setup.packagingGrowth",
                "huawei_output_2024", "regime", "china_compute_end_h100e")), header.toString());
        // Each drawn value lies within ±20% of the baseline's (flopsWeight 0.6, packaging growth 0.05).
        for (String row : draws.subList(1, draws.size())) {
            String[] cells = row.split(",");
            double flops = Double.parseDouble(cells[header.indexOf("flopsWeight")]);
            double growth = Double.parseDouble(cells[header.indexOf("huawei.setup.packagingGrowth")]);
            assertTrue(flops >= 0.48 && flops <= 0.72, row);
            assertTrue(growth >= 0.04 && growth <= 0.06, row);
        }
        List<String> targets = Files.readAllLines(one.resolve("robustness.csv"));
        assertEquals("id,kind,firm,target,unit,share_within_25pct,measured_draws,min,median,max,robust", targets.get(0));
        // Measured in 2024, within the short run: Huawei's 2024 output in all three draws.
        String huawei = targets.stream().filter(l -> l.startsWith("huawei_output_2024,")).findFirst().orElseThrow();
        assertEquals("3", huawei.split(",")[6], huawei);
        // 2026 is outside the run: measured in no draw, within 25% in none.
        String h200 = targets.stream().filter(l -> l.startsWith("china_h200_demand_2026,")).findFirst().orElseThrow();
        assertEquals("0", h200.split(",")[5], h200);
        assertEquals("0", h200.split(",")[6], h200);
        List<String> regimes = Files.readAllLines(one.resolve("regimes.csv"));
        assertEquals("regime,draws,share", regimes.get(0));
        int counted = regimes.subList(1, regimes.size()).stream()
                .mapToInt(l -> Integer.parseInt(l.split(",")[l.split(",").length - 2])).sum();
        assertEquals(3, counted, regimes.toString());
        assertTrue(regimes.get(1).contains("H20:"), regimes.toString());

        Cli.Result otherSeed = robustness(tmp.resolve("other"), "--seed", "8");
        assertEquals(0, otherSeed.status(), otherSeed.toString());
        assertNotEquals(Files.readString(one.resolve("draws.csv")),
                Files.readString(tmp.resolve("other").resolve("draws.csv")), "another seed draws other points");
    }

    @Test
    void aStoppedCheckResumesToTheBytesOfAnUninterruptedOne() throws IOException {
        Path whole = tmp.resolve("whole");
        Path parts = tmp.resolve("parts");
        assertEquals(0, robustness(whole).status());
        Cli.Result first = Cli.run("calibrate", Cli.config("baseline.yaml"), "--set", "end=2025Q1", "--robustness", "2",
                "--out", parts.toString());
        assertEquals(0, first.status(), first.toString());
        // A check stopped while writing a row leaves a line cut short: it is dropped and that draw runs again.
        Files.writeString(parts.resolve("draws.csv"), "2,0.5", java.nio.file.StandardOpenOption.APPEND);
        Cli.Result resumed = robustness(parts, "--resume");
        assertEquals(0, resumed.status(), resumed.toString());
        assertTrue(resumed.err().contains("2 of 3 draws done"), resumed.err());
        for (String file : List.of("draws.csv", "robustness.csv", "regimes.csv", "paths.csv", "headlines.csv")) {
            assertEquals(Files.readString(whole.resolve(file)), Files.readString(parts.resolve(file)), file);
        }
        assertEquals(resumed.out(), robustness(parts, "--resume").out(), "a finished check resumes to itself");

        String before = Files.readString(parts.resolve("draws.csv"));
        Cli.Result otherSeed = robustness(parts, "--resume", "--seed", "9");
        assertEquals(2, otherSeed.status(), otherSeed.toString());
        assertTrue(otherSeed.err().contains("holds a robustness check with other settings (it has 'seed: 1' where "
                + "this run has 'seed: 9')"), otherSeed.err());
        Cli.Result fresh = robustness(parts);
        assertEquals(2, fresh.status(), fresh.toString());
        assertTrue(fresh.err().contains("not empty"), fresh.err());
        assertEquals(before, Files.readString(parts.resolve("draws.csv")), "a refused check writes nothing");
    }

    @Test
    void oneAtATimeSaysWhichMoveFlipsThePolicyPathAndWhy() throws IOException {
        // China's compute grows about 35% in the year to 2025Q1: Washington's 30% trigger (maxChinaGrowth)
        // fires; at x0.8 (24%) it still does, at x1.2 (36%) it does not.
        Path out = tmp.resolve("oat");
        Cli.Result result = Cli.run("calibrate", Cli.config("baseline.yaml"), "--set", "end=2025Q1", "--one-at-a-time",
                "--vary", "washington.params.maxChinaGrowth", "--out", out.toString());
        assertEquals(0, result.status(), result.toString());
        assertTrue(result.out().contains("1 of 2 moves keep the calibrated point's decisions"), result.out());
        List<String> draws = Files.readAllLines(out.resolve("draws.csv"));
        assertEquals(4, draws.size(), "the calibrated point and one parameter at two values");
        assertTrue(draws.get(0).endsWith(",policy_path,policy_reasons"), draws.get(0));
        assertTrue(draws.get(1).startsWith("0,0.3,"), draws.get(1));
        assertTrue(draws.get(1).contains("2025Q1 US:H20 banned"), draws.get(1));
        List<String> flips = Files.readAllLines(out.resolve("policy-flips.csv"));
        assertEquals("parameter,factor,value,calibrated_value,same_path,first_difference,calibrated_step,moved_step,"
                + "reasons", flips.get(0));
        assertTrue(flips.get(1).startsWith("washington.params.maxChinaGrowth,0.8,0.24,0.3,true,,,,"), flips.get(1));
        assertTrue(flips.get(2).startsWith("washington.params.maxChinaGrowth,1.2,0.36,0.3,false,2025Q1,"
                + "2025Q1 US:H20 banned,"), flips.get(2));
        assertTrue(flips.get(2).contains("calibrated: washington: tightens: China's compute grew"), flips.get(2));

        Cli.Result again = Cli.run("calibrate", Cli.config("baseline.yaml"), "--set", "end=2025Q1", "--one-at-a-time",
                "--vary", "washington.params.maxChinaGrowth", "--out", out.toString(), "--resume");
        assertEquals(0, again.status(), again.toString());
        assertEquals(String.join("\n", flips) + "\n", Files.readString(out.resolve("policy-flips.csv")),
                "a finished check resumes to itself");
        Cli.Result uniform = Cli.run("calibrate", Cli.config("baseline.yaml"), "--set", "end=2025Q1", "--robustness",
                "2", "--vary", "washington.params.maxChinaGrowth", "--out", out.toString(), "--resume");
        assertEquals(2, uniform.status(), uniform.toString());
        assertTrue(uniform.err().contains("'design: one-at-a-time' where this run has 'design: uniform'"),
                uniform.err());
    }

    @Test
    void badOptionsAreRefusedWithTheFixAndNothingIsWritten() {
        Path out = tmp.resolve("never");
        assertRefused(Cli.run("calibrate", "--robustness", "0", "--out", out.toString()),
                "--robustness must be from 1 to 10000 draws, not 0");
        assertRefused(Cli.run("calibrate", "--robustness", "5", "--spread", "2", "--out", out.toString()),
                "--spread must be above 0 and below 1");
        assertRefused(Cli.run("calibrate", "--robustness", "5", "--spread", "0", "--out", out.toString()),
                "--spread must be above 0 and below 1");
        assertRefused(Cli.run("calibrate", "--robustness", "5", "--parallel", "0", "--out", out.toString()),
                "--parallel must be from 1 to 4096");
        assertRefused(Cli.run("calibrate", "--robustness", "5", "--vary", "huawei.setup.nosuch", "--out",
                out.toString()), "--vary huawei.setup.nosuch: the scenario has no such value");
        assertRefused(Cli.run("calibrate", "--robustness", "5", "--vary", "washington.policy", "--out",
                out.toString()), "--vary washington.policy: the value is not a number");
        assertRefused(Cli.run("calibrate", "--vary", "flopsWeight", "--out", out.toString()),
                "--vary needs --robustness N");
        assertRefused(Cli.run("calibrate", "--robustness", "5", "--resume"), "--resume needs --out DIR");
        assertRefused(Cli.run("calibrate", "--robustness", "5", "--one-at-a-time", "--out", out.toString()),
                "give either it or --robustness N, not both");
        assertRefused(Cli.run("calibrate", "--one-at-a-time", "--spread", "1", "--out", out.toString()),
                "--spread must be above 0 and below 1");
        // A draw that takes a value out of its range is bad input, found before anything is written.
        assertRefused(Cli.run("calibrate", "--robustness", "20", "--spread", "0.5", "--vary", "huawei.setup.yieldMax",
                "--set", "huawei.setup.yieldMax=0.95", "--out", out.toString()), "use a value from 0 to 1");
        assertFalse(Files.exists(out));
    }

    private static void assertRefused(Cli.Result result, String message) {
        assertEquals(2, result.status(), result.toString());
        assertTrue(result.err().contains(message), result.err());
        assertFalse(result.err().contains("Exception"), result.err());
    }
}
