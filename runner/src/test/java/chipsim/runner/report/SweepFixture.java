package chipsim.runner.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small sweep folder as the sweep engine writes it (docs/reports.md lists the columns the
 * report reads): two axes in a 3 x 2 grid, 4 seeds per point, three metrics with mean, sd and
 * 95% CI per point, and one failed run.
 */
final class SweepFixture {

    static final String SHARE = "washington.params.revenueShare";
    static final String RATIO = "beijing.params.domesticRatio";
    static final List<String> METRICS = List.of("end.china_compute_h100e", "sum.nvidia_revenue_usd",
            "end.huawei_share_china");

    private SweepFixture() {}

    static Path write(Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("sweep.resolved.yaml"), String.join("\n",
                "# The sweep exactly as it ran.",
                "name: revenue-share-by-domestic-ratio",
                "description: How Washington's revenue share and Beijing's domestic ratio move the market.",
                "base: baseline",
                "design: grid",
                "replications: 4",
                "seed: 7",
                "axes:",
                "  - path: " + SHARE,
                "    values: [0.1, 0.25, 0.4]",
                "  - path: " + RATIO,
                "    values: [0.1, 0.3]",
                ""));
        List<String> summary = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("point", SHARE, RATIO, "n"));
        for (String metric : METRICS) {
            header.addAll(List.of(metric + ".mean", metric + ".sd", metric + ".ci95_low", metric + ".ci95_high"));
        }
        header.add("sweep_hash");
        summary.add("# chipsim 0.1.0, sweep-hash 3f2a9c");
        summary.add(String.join(",", header));
        List<String> runs = new ArrayList<>();
        runs.add("point," + SHARE + "," + RATIO + ",seed,status," + String.join(",", METRICS));
        int point = 0;
        for (double share : new double[] {0.1, 0.25, 0.4}) {
            for (double ratio : new double[] {0.1, 0.3}) {
                point++;
                List<String> row = new ArrayList<>(List.of(String.valueOf(point), num(share), num(ratio), "4"));
                double[] means = {2.4e6 * (1 - share) * (1 - ratio / 2), 6.0e11 * (1 - share / 2), 0.3 + ratio + share};
                double[] sds = {1.5e5, 2.0e10, 0.05};
                for (int m = 0; m < METRICS.size(); m++) {
                    double half = 3.182 * sds[m] / 2; // t(0.975, 3 df) x sd / sqrt(4)
                    row.addAll(List.of(num(means[m]), num(sds[m]), num(means[m] - half), num(means[m] + half)));
                }
                row.add("3f2a9c");
                summary.add(String.join(",", row));
                for (int seed = 1; seed <= 4; seed++) {
                    boolean failed = point == 6 && seed == 4;
                    runs.add(point + "," + num(share) + "," + num(ratio) + "," + seed + ","
                            + (failed ? "failed,,," : "ok," + num(means[0]) + "," + num(means[1]) + "," + num(means[2])));
                }
            }
        }
        Files.write(folder.resolve("summary.csv"), summary);
        Files.write(folder.resolve("runs.csv"), runs);
        return folder;
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.6g", v).replaceAll("(\\.\\d*?)0+(e|$)", "$1$2").replaceAll("\\.(e|$)",
                "$1");
    }
}
