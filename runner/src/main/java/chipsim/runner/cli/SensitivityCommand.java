package chipsim.runner.cli;

import chipsim.runner.analysis.sensitivity.Estimate;
import chipsim.runner.report.ReportGenerator;
import chipsim.runner.report.ReportInputException;
import chipsim.runner.sweep.SensitivityFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "sensitivity", sortOptions = false,
        description = {"Global sensitivity of a finished morris or sobol sweep: writes SWEEP_DIR/sensitivity.csv.",
                "For each metric and parameter: Morris mu, mu* and sigma, or Sobol S1 and ST (and S2 with "
                + "secondOrder: true), each with a seeded bootstrap 95%% interval, the share of the metric's "
                + "variance that is noise between replications, and a flag where an index cannot be told from zero. "
                + "Then rewrites report.html with a tornado chart and an S1/ST chart per metric. chipsim sweep "
                + "does this by itself at the end of such a sweep; docs/sensitivity.md describes the file."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:sensitivity.csv was written", "2:the folder is not a finished morris or sobol sweep,"
                + " or a file in it is damaged; nothing written"})
public final class SensitivityCommand implements Callable<Integer> {

    /** Parameters shown per metric on the terminal; the file has all. */
    static final int SHOWN = 5;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SWEEP_DIR", description = "A sweep folder written by chipsim sweep with a morris or sobol design.")
    Path folder;

    @Option(names = "--resamples", paramLabel = "N",
            description = "Bootstrap resamples for the intervals, 95 percent (default: ${DEFAULT-VALUE}); seeded from the sweep seed.")
    int resamples = SensitivityFile.DEFAULT_RESAMPLES;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (resamples < 100 || resamples > 100_000) {
            err.println("chipsim sensitivity: --resamples must be from 100 to 100000, not " + resamples);
            return ExitCodes.BAD_INPUT;
        }
        SensitivityFile.Written written;
        try {
            written = SensitivityFile.write(folder, resamples);
        } catch (SensitivityFile.Refused e) {
            err.println("chipsim sensitivity: " + e.getMessage());
            err.println("nothing was written");
            return ExitCodes.BAD_INPUT;
        } catch (RuntimeException e) {
            // A runs.csv edited by hand (a cell that is not a number, a row cut short) is bad input too.
            err.println("chipsim sensitivity: " + folder.resolve("runs.csv") + " cannot be read: " + e);
            err.println("nothing was written");
            return ExitCodes.BAD_INPUT;
        }
        print(out, written);
        out.println("wrote " + written.file() + refreshReport(folder, err));
        return ExitCodes.OK;
    }

    /** The sweep's report gains the sensitivity charts; the table is safe on disk if it cannot be rebuilt. */
    static String refreshReport(Path folder, PrintWriter err) {
        if (!Files.exists(folder.resolve("summary.csv"))) {
            return "";
        }
        try {
            ReportGenerator.generate(folder, false);
            return " and " + folder.resolve(ReportGenerator.REPORT);
        } catch (ReportInputException | IOException e) {
            err.println("chipsim sensitivity: sensitivity.csv is written, but not report.html: " + e.getMessage());
            return "";
        }
    }

    /** Per metric, the parameters that matter most: by ST for Sobol, by mu* for Morris. */
    public static void print(PrintWriter out, SensitivityFile.Written written) {
        boolean sobol = written.design().startsWith("sobol");
        String rank = sobol ? Estimate.ST : Estimate.MU_STAR;
        String other = sobol ? Estimate.S1 : Estimate.SIGMA;
        out.printf("%s, from %d of %d %s%n", written.design(), written.usedBlocks(), written.blocks(),
                sobol ? "base samples" : "trajectories");
        Map<String, List<SensitivityFile.Row>> byMetric = new LinkedHashMap<>();
        for (SensitivityFile.Row row : written.rows()) {
            byMetric.computeIfAbsent(row.metric(), k -> new java.util.ArrayList<>()).add(row);
        }
        for (Map.Entry<String, List<SensitivityFile.Row>> metric : byMetric.entrySet()) {
            double noise = metric.getValue().get(0).noiseShare();
            out.printf("%n%s (noise between replications: %s)%n", metric.getKey(),
                    Double.isNaN(noise) ? "not estimated" : String.format(Locale.ROOT, "%.1f%%", 100 * noise));
            out.printf("  %-40s %-32s %-32s%n", "parameter", rank + " [95% CI]", other + " [95% CI]");
            List<SensitivityFile.Row> ranked = metric.getValue().stream().filter(r -> r.estimate().index().equals(rank))
                    .sorted(Comparator.comparingDouble((SensitivityFile.Row r) -> -orZero(r.estimate().value())))
                    .limit(SHOWN).toList();
            for (SensitivityFile.Row row : ranked) {
                SensitivityFile.Row second = metric.getValue().stream().filter(r -> r.parameter().equals(row.parameter())
                        && r.estimate().index().equals(other)).findFirst().orElse(row);
                out.printf("  %-40s %-32s %-32s%n", row.parameter(), cell(row.estimate()), cell(second.estimate()));
            }
        }
        out.println();
        out.println("* the interval reaches zero (or the noise level): the data cannot tell this index from zero");
    }

    private static String cell(Estimate e) {
        if (Double.isNaN(e.value())) {
            return "(no variance)";
        }
        return String.format(Locale.ROOT, "%.3g [%.3g, %.3g]%s", e.value(), e.low(), e.high(),
                e.cannotTellFromZero() ? " *" : "");
    }

    private static double orZero(double v) {
        return Double.isNaN(v) ? 0 : v;
    }
}
