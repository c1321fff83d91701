package chipsim.runner.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.runner.Cli;
import chipsim.runner.cli.ExitCodes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Morris and Sobol sweeps of the simulation, chipsim sensitivity on their folders, and designs from a file. */
class SensitivitySweepTest {

    /** H800 left the market in 2023Q4, before the baseline starts: its price cannot affect any metric. */
    static final String SOBOL = """
            name: sobol-small
            base: bundled:baseline
            quarters: 4
            seed: 5
            replications: 2
            design: {type: sobol, samples: 8}
            # The baseline's demand, budget and yield shocks off: with two replications a point the test
            # reads the design, not the noise.
            set:
              bytedance.setup.budgetShockSd: 0
              bytedance.setup.demandShockSd: 0
              alibaba.setup.budgetShockSd: 0
              alibaba.setup.demandShockSd: 0
              tencent.setup.budgetShockSd: 0
              tencent.setup.demandShockSd: 0
              baidu.setup.budgetShockSd: 0
              baidu.setup.demandShockSd: 0
              china-others.setup.budgetShockSd: 0
              china-others.setup.demandShockSd: 0
              us-clouds.setup.budgetShockSd: 0
              us-clouds.setup.demandShockSd: 0
              huawei.setup.yieldShockSd: 0
            axes:
              beijing.params.domesticRatio: {distribution: {type: uniform, min: 0, max: 0.6}}
              washington.setup.enforcement: {distribution: {type: uniform, min: 0, max: 1}}
              chips.H800.listPriceUsd: {distribution: {type: uniform, min: 20000, max: 30000, integer: true}}
            metrics: [end.china_compute_h100e, end.huawei_share_china]
            """;

    @TempDir
    Path dir;

    private static List<String> row(List<List<String>> rows, String metric, String parameter, String index) {
        return rows.stream().filter(r -> r.get(0).equals(metric) && r.get(1).equals(parameter) && r.get(3).equals(index))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + metric + " " + parameter + " " + index));
    }

    @Test
    void aSobolSweepWritesIndicesAndAnInertParameterHasTotalIndexZeroInsideItsInterval() throws Exception {
        Path file = SweepDesignTest.write(dir, "sobol.yaml", SOBOL);
        Path one = dir.resolve("one");
        Cli.Result sweep = Cli.run("sweep", file.toString(), "--parallel", "1", "--out", one.toString());
        assertEquals(ExitCodes.OK, sweep.status(), sweep.toString());
        assertTrue(sweep.out().contains("sobol N=8, from 8 of 8 base samples"), sweep.out());
        // N (D + 2) points: 8 x 5.
        assertEquals(1 + 40 * 2, RunsFile.read(one.resolve(SweepFolder.RUNS)).size());
        List<List<String>> rows = RunsFile.read(one.resolve(SensitivityFile.FILE));
        assertEquals(SensitivityFile.HEADER, rows.get(0));
        assertEquals(1 + 3 * 2 * 2, rows.size(), "S1 and ST of 3 parameters for 2 metrics");
        for (String metric : List.of("end.china_compute_h100e", "end.huawei_share_china")) {
            List<String> inert = row(rows, metric, "chips.H800.listPriceUsd", "ST");
            assertEquals("0", inert.get(4), inert.toString());
            assertTrue(Double.parseDouble(inert.get(5)) <= 0 && Double.parseDouble(inert.get(6)) >= 0, inert.toString());
            assertEquals("true", inert.get(7), inert.toString());
        }
        List<String> ratio = row(rows, "end.huawei_share_china", "beijing.params.domesticRatio", "ST");
        assertEquals("false", ratio.get(7), "Beijing's domestic ratio drives Huawei's share: " + ratio);
        assertTrue(Files.readString(one.resolve("report.html")).contains("Total-effect"), "the report has the S1/ST chart");

        // The same bytes again from chipsim sensitivity, and from a sweep with more runs in flight.
        byte[] written = Files.readAllBytes(one.resolve(SensitivityFile.FILE));
        Cli.Result again = Cli.run("sensitivity", one.toString());
        assertEquals(ExitCodes.OK, again.status(), again.toString());
        assertArrayEquals(written, Files.readAllBytes(one.resolve(SensitivityFile.FILE)));
        // A point without a successful run drops its block, and the rows say so.
        List<List<String>> runs = RunsFile.read(one.resolve(SweepFolder.RUNS));
        StringBuilder edited = new StringBuilder();
        for (List<String> r : runs) {
            List<String> copy = new java.util.ArrayList<>(r);
            if (copy.get(0).equals("7")) {
                copy.set(6, RunsTable.FAILED);
            }
            edited.append(String.join(",", copy)).append('\n');
        }
        Path damaged = dir.resolve("damaged");
        Files.createDirectories(damaged);
        Files.copy(one.resolve(ResolvedSweep.FILE), damaged.resolve(ResolvedSweep.FILE));
        Files.writeString(damaged.resolve(SweepFolder.RUNS), edited);
        Cli.Result partial = Cli.run("sensitivity", damaged.toString());
        assertEquals(ExitCodes.OK, partial.status(), partial.toString());
        assertTrue(partial.out().contains("from 7 of 8 base samples"), partial.out());
        assertEquals("7", RunsFile.read(damaged.resolve(SensitivityFile.FILE)).get(1).get(9));

        Path many = dir.resolve("many");
        assertEquals(ExitCodes.OK, Cli.run("sweep", file.toString(), "--parallel", "4", "--out", many.toString()).status());
        assertArrayEquals(written, Files.readAllBytes(many.resolve(SensitivityFile.FILE)));
    }

    @Test
    void aMorrisSweepWritesMuMuStarAndSigma() throws Exception {
        Path file = SweepDesignTest.write(dir, "morris.yaml", """
                base: bundled:baseline
                quarters: 4
                design: {type: morris, trajectories: 4, levels: 4}
                axes:
                  beijing.params.domesticRatio: {distribution: {type: uniform, min: 0, max: 0.6}}
                  chips.H800.listPriceUsd: {values: [20000, 25000, 30000]}
                metrics: [end.huawei_share_china]
                """);
        Path out = dir.resolve("morris");
        Cli.Result sweep = Cli.run("sweep", file.toString(), "--out", out.toString());
        assertEquals(ExitCodes.OK, sweep.status(), sweep.toString());
        assertEquals(1 + 4 * 3, RunsFile.read(out.resolve(SweepFolder.RUNS)).size(), "r (D + 1) points");
        List<List<String>> rows = RunsFile.read(out.resolve(SensitivityFile.FILE));
        assertEquals(List.of("mu", "mu_star", "sigma", "mu", "mu_star", "sigma"),
                rows.subList(1, rows.size()).stream().map(r -> r.get(3)).toList());
        List<String> inert = row(rows, "end.huawei_share_china", "chips.H800.listPriceUsd", "mu_star");
        assertEquals(List.of("0", "0", "0", "true"), inert.subList(4, 8));
        assertEquals("", inert.get(8), "one replication: no estimate of the noise");
        assertTrue(Double.parseDouble(row(rows, "end.huawei_share_china", "beijing.params.domesticRatio", "mu_star")
                .get(4)) > 0);
        assertTrue(Files.readString(out.resolve("report.html")).contains("Tornado: Morris mu* per parameter"));
    }

    @Test
    void aSweepTakesItsPointsFromACsvFileAndSensitivityRefusesSuchADesign() throws Exception {
        SweepDesignTest.write(dir, "points.csv", """
                beijing.params.domesticRatio,beijing.policy,beijing.params.firstQuotaUnits
                0.1,pragmatic-quota,400000
                0.35,pragmatic-quota,250000
                0.1,pragmatic-quota,400000
                """);
        Path file = SweepDesignTest.write(dir, "from.yaml", """
                base: bundled:baseline
                quarters: 2
                design: {from: points.csv}
                metrics: [end.huawei_share_china]
                """);
        Path out = dir.resolve("from");
        Cli.Result sweep = Cli.run("sweep", file.toString(), "--out", out.toString());
        assertEquals(ExitCodes.OK, sweep.status(), sweep.toString());
        List<List<String>> runs = RunsFile.read(out.resolve(SweepFolder.RUNS));
        assertEquals(List.of("point", "beijing.params.domesticRatio", "beijing.policy", "beijing.params.firstQuotaUnits"),
                runs.get(0).subList(0, 4));
        assertEquals(List.of("2", "0.35", "pragmatic-quota", "250000"), runs.get(2).subList(0, 4));
        assertEquals(runs.get(1).get(8), runs.get(3).get(8), "rows 1 and 3 are the same point");
        assertFalse(Files.exists(out.resolve(SensitivityFile.FILE)));

        Cli.Result refused = Cli.run("sensitivity", out.toString());
        assertEquals(ExitCodes.BAD_INPUT, refused.status(), refused.toString());
        assertTrue(refused.err().contains("the sweep's design is from; chipsim sensitivity analyses morris and sobol"),
                refused.err());
        Cli.Result notASweep = Cli.run("sensitivity", dir.toString());
        assertEquals(ExitCodes.BAD_INPUT, notASweep.status());
        assertTrue(notASweep.err().contains("is not a sweep folder"), notASweep.err());
    }

    @Test
    void badDesignsAreNamedAtTheirLineWithAHint() throws Exception {
        SweepDesignTest.write(dir, "bad-points.csv", """
                beijing.params.domesticRatio,Unnamed: 0
                0.1,
                0.2,3,4
                """);
        Path file = SweepDesignTest.write(dir, "bad.yaml", """
                base: bundled:baseline
                design: {type: sobol, samples: 100}
                axes:
                  beijing.params.domesticRatio: {distribution: {type: uniform, min: 0, max: 0.6}}
                """);
        Cli.Result sobol = Cli.run("sweep", file.toString(), "--out", dir.resolve("o1").toString());
        assertEquals(ExitCodes.BAD_INPUT, sobol.status());
        assertTrue(sobol.err().contains("bad.yaml:2:") && sobol.err().contains("samples must be a power of two for a"
                + " sobol design, not 100") && sobol.err().contains("use 64 or 128"), sobol.err());

        Files.writeString(file, """
                base: bundled:baseline
                design: {type: morris, trajectories: 10, levels: 5}
                axes:
                  beijing.params.domesticRatio: {distribution: {type: uniform, min: 0, max: 0.6}}
                """);
        Cli.Result morris = Cli.run("sweep", file.toString(), "--out", dir.resolve("o2").toString());
        assertEquals(ExitCodes.BAD_INPUT, morris.status());
        assertTrue(morris.err().contains("levels must be even, not 5"), morris.err());

        Files.writeString(file, """
                base: bundled:baseline
                design: {from: bad-points.csv}
                """);
        Cli.Result from = Cli.run("sweep", file.toString(), "--out", dir.resolve("o3").toString());
        assertEquals(ExitCodes.BAD_INPUT, from.status());
        String err = from.err();
        assertTrue(err.contains("bad-points.csv:1:2: column 2 'Unnamed: 0' is not a scenario path"), err);
        assertTrue(err.contains("bad-points.csv:2:2: row 1 has no value for Unnamed: 0"), err);
        assertTrue(err.contains("bad-points.csv:3:1: row 2 has 3 cells for 2 columns"), err);
        assertFalse(err.contains("Exception"), err);
        assertFalse(Files.exists(dir.resolve("o1")) || Files.exists(dir.resolve("o2")) || Files.exists(dir.resolve("o3")));
    }
}
