package chipsim.runner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.runner.Cli;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sweep report on a small sweep folder, and how summary.csv's columns are recognised. */
class ReportSweepFolderTest {

    @TempDir
    Path temp;

    @Test
    void readsAxesMetricsPointsAndRuns() throws Exception {
        SweepData sweep = SweepFolderReader.read(SweepFixture.write(temp.resolve("sweep")));
        assertEquals("revenue-share-by-domestic-ratio", sweep.name());
        assertEquals(List.of(SweepFixture.SHARE, SweepFixture.RATIO), sweep.axes());
        assertEquals(SweepFixture.METRICS, sweep.metrics());
        assertEquals(6, sweep.points().size());
        assertEquals(Optional.of(24), sweep.runs());
        assertEquals(1, sweep.failedRuns());
        SweepData.Stat first = sweep.points().get(0).stats().get("end.huawei_share_china");
        assertEquals(0.5, first.mean(), 1e-9);
        assertTrue(first.ciLow() < first.mean() && first.mean() < first.ciHigh());
        assertTrue(sweep.provenance().stream().anyMatch(line -> line.contains("sweep-hash 3f2a9c")), sweep::toString);
    }

    @Test
    void reportHasAChartPerAxisAHeatmapAndASortableTable() throws Exception {
        Path folder = SweepFixture.write(temp.resolve("sweep"));
        Cli.Result report = Cli.run("report", folder.toString(), "--png");
        assertEquals(0, report.status(), report::toString);
        String html = Files.readString(folder.resolve(ReportGenerator.REPORT), StandardCharsets.UTF_8);
        for (String section : List.of("axis-1", "axis-2", "heatmap-1-2", "points")) {
            assertTrue(html.contains("id=\"" + section + "\""), "section " + section + " is missing");
        }
        assertTrue(html.contains("class=\"sortable points\""));
        assertEquals(6, html.split("<tr><td data-value=").length - 1, "one table row per point");
        try (Stream<Path> pngs = Files.list(folder.resolve(ReportGenerator.FIGURES))) {
            assertEquals(2 * 3 + 3, pngs.count(), "a PNG per axis and metric, and per metric of the heatmap");
        }
    }

    @Test
    void aMetricAgainstItsAxisHasItsBandAndSaysWhetherTheEndsDiffer() throws Exception {
        SweepData sweep = SweepFolderReader.read(SweepFixture.write(temp.resolve("sweep")));
        Figure share = new SweepFigures(sweep).againstAxis(0);
        SeriesChart compute = (SeriesChart) share.choices().get(0).chart();
        assertEquals(List.of("0.1", "0.25", "0.4"), compute.x());
        assertEquals(2, compute.series().size(), "one line per domestic ratio");
        assertTrue(compute.series().get(0).hasBand());
        assertTrue(compute.reading().contains("do not overlap"), compute.reading());
    }

    @Test
    void sampledDesignsAreDrawnAsDotsWithTheirCorrelation() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("lhs"));
        StringBuilder csv = new StringBuilder("point,a,b,c,n,fees_usd_mean,fees_usd_ci_low,fees_usd_ci_high\n");
        for (int i = 0; i < 12; i++) {
            double a = i / 11.0;
            csv.append(i).append(',').append(a).append(',').append((i * 7 % 12) / 11.0).append(',')
                    .append((i * 5 % 12) / 11.0).append(",3,").append(1e9 * a).append(',').append(1e9 * a - 1e7)
                    .append(',').append(1e9 * a + 1e7).append('\n');
        }
        Files.writeString(folder.resolve(SweepFolderReader.SUMMARY), csv);
        SweepData sweep = SweepFolderReader.read(folder);
        assertEquals(List.of("a", "b", "c"), sweep.axes(), "without sweep.resolved.yaml, varying columns are axes");
        SeriesChart fees = (SeriesChart) new SweepFigures(sweep).againstAxis(0).choices().get(0).chart();
        assertTrue(fees.numericX());
        assertEquals(Series.Style.POINTS, fees.series().get(0).style());
        assertTrue(fees.reading().contains("r = 1"), fees.reading());
        assertEquals(0, Cli.run("report", folder.toString()).status());
    }

    @Test
    void recognisesOtherSpellingsOfTheStatistics() {
        SweepColumns columns = SweepColumns.of(List.of("point_id", "x", "runs", "fees_usd.mean", "fees_usd.std",
                "fees_usd.ci95_low", "fees_usd.ci95_high", "payoff_nvidia_mean", "seed_low"));
        assertEquals(List.of("fees_usd", "payoff_nvidia"), List.copyOf(columns.metrics.keySet()));
        assertEquals("point_id", columns.pointColumn);
        assertEquals("runs", columns.countColumn);
        assertEquals(List.of("x", "seed_low"), columns.others);
    }
}
