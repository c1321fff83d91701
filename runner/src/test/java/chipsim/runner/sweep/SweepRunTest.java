package chipsim.runner.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.runner.Cli;
import chipsim.runner.cli.ExitCodes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sweeps that complete: what they write, and that it does not depend on how many runs are in flight. */
class SweepRunTest {

    static final String SWEEP = """
            name: small
            base: bundled:baseline
            quarters: 3
            seed: 4
            replications: 2
            axes:
              washington.params.revenueShare: {values: [0.1, 0.4]}
              beijing.params.domesticRatio: {range: {from: 0, to: 0.5, step: 0.25}}
            metrics: [end.china_compute_h100e, sum.fees_usd, mean.huawei_share_china, payoff.washington]
            """;

    @TempDir
    Path dir;

    @Test
    void resultsAreByteIdenticalWhateverTheParallelism() throws Exception {
        Path file = SweepDesignTest.write(dir, "small.yaml", SWEEP);
        Cli.Result one = Cli.run("sweep", file.toString(), "--parallel", "1", "--out", dir.resolve("one").toString());
        Cli.Result many = Cli.run("sweep", file.toString(), "--parallel", "5", "--out", dir.resolve("many").toString());
        assertEquals(ExitCodes.OK, one.status(), one.toString());
        assertEquals(ExitCodes.OK, many.status(), many.toString());
        for (String name : List.of(SweepFolder.RUNS, SweepFolder.SUMMARY, ResolvedSweep.FILE, "report.html",
                "datapackage.json")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("one").resolve(name)),
                    Files.readAllBytes(dir.resolve("many").resolve(name)), name);
        }
        List<List<String>> runs = RunsFile.read(dir.resolve("one").resolve(SweepFolder.RUNS));
        assertEquals(List.of("point", "washington.params.revenueShare", "beijing.params.domesticRatio", "replication",
                "seed", "status", "error", "scenario_sha256", "end.china_compute_h100e", "sum.fees_usd",
                "mean.huawei_share_china", "payoff.washington", "sweep_sha256", "chipsim_version"), runs.get(0));
        assertEquals(1 + 6 * 2, runs.size());
        assertEquals(List.of("6", "0.4", "0.5", "2"), runs.get(12).subList(0, 4));
        assertTrue(runs.subList(1, 13).stream().allMatch(r -> r.get(5).equals("ok") && !r.get(8).isEmpty()));

        List<List<String>> summary = RunsFile.read(dir.resolve("one").resolve(SweepFolder.SUMMARY));
        assertEquals(List.of("point", "washington.params.revenueShare", "beijing.params.domesticRatio", "runs", "n",
                "failed", "end.china_compute_h100e.mean", "end.china_compute_h100e.sd",
                "end.china_compute_h100e.ci95_low", "end.china_compute_h100e.ci95_high"), summary.get(0).subList(0, 10));
        assertEquals(7, summary.size());
        assertEquals(List.of("1", "0.1", "0", "2", "2", "0"), summary.get(1).subList(0, 6));
        String sweepHash = runs.get(1).get(12);
        assertTrue(Files.readString(dir.resolve("one").resolve(ResolvedSweep.FILE)).contains("sweep_sha256: " + sweepHash));
        assertEquals(sweepHash, summary.get(1).get(summary.get(0).indexOf("sweep_sha256")));
    }

    @Test
    void aRowCanBeRerunAloneWithChipsimRunAndItsHashMatches() throws Exception {
        Path file = SweepDesignTest.write(dir, "small.yaml", SWEEP);
        Path out = dir.resolve("sweep");
        assertEquals(ExitCodes.OK, Cli.run("sweep", file.toString(), "--out", out.toString(), "--keep-traces").status());
        List<String> row = RunsFile.read(out.resolve(SweepFolder.RUNS)).get(4);
        Path alone = dir.resolve("alone");
        Cli.Result rerun = Cli.run("run", "--set", "washington.params.revenueShare=" + row.get(1),
                "--set", "beijing.params.domesticRatio=" + row.get(2), "--seed", row.get(4), "--quarters", "3",
                "--out", alone.toString());
        assertEquals(ExitCodes.OK, rerun.status(), rerun.toString());
        assertEquals(row.get(7), Hashes.sha256(Files.readString(alone.resolve("scenario.resolved.yaml"))));
        Path trace = out.resolve(SweepFolder.TRACES).resolve("p" + row.get(0) + "-r" + row.get(3));
        assertArrayEquals(Files.readAllBytes(alone.resolve("quarters.csv")), Files.readAllBytes(trace.resolve("quarters.csv")));
    }
}
