package chipsim.runner.cli;

import chipsim.agents.PolicyRegistry;
import chipsim.runner.Logging;
import chipsim.runner.Version;
import chipsim.runner.analysis.compare.PairedDifference;
import chipsim.market.Quarter;
import chipsim.runner.compare.CompareFiles;
import chipsim.runner.compare.CompareRuns;
import chipsim.runner.compare.PairedRuns;
import chipsim.runner.output.RunFolder;
import chipsim.runner.report.CompareReport;
import chipsim.runner.report.MetricLabels;
import chipsim.runner.report.ReportGenerator;
import chipsim.runner.scenario.Scenario;
import chipsim.runner.scenario.ScenarioException;
import chipsim.runner.scenario.ScenarioLoader;
import chipsim.runner.sim.Simulation;
import chipsim.runner.sweep.MetricProbe;
import chipsim.runner.sweep.RunSpec;
import chipsim.runner.engine.Seeds;
import chipsim.runner.sweep.SweepFolder;
import chipsim.runner.sweep.RunsFolder;
import chipsim.runner.engine.Progress;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "compare", sortOptions = false,
        description = {"A paired counterfactual: run scenarios A and B with the same seeds (common random numbers)"
                + " and report B - A.",
                "Writes DIR/compare.csv (each metric's paired difference: mean, sd, 95%% confidence interval), "
                + "pairs.csv (every seed's A, B and difference), by_quarter.csv (each quarters.csv column's "
                + "difference in each quarter), compare.resolved.yaml and report.html (the differences quarter by "
                + "quarter with their bands). docs/sensitivity.md describes the files.",
                "Both scenarios are checked first and must cover the same quarters; on any problem nothing runs.",
                "Each run's row goes to DIR/runs.csv (a sweep's row format) as it finishes, so a stopped comparison "
                + "continues with --resume --out DIR."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:both scenarios ran with every seed",
                "1:a run failed (agent, phase, quarter); nothing written (with --resume, the finished runs are kept)",
                "2:bad input (a scenario, an option, an --out that is not empty, a damaged runs.csv); nothing written"})
public final class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "The reference scenario (YAML or .json), e.g. configs/baseline.yaml.")
    Path scenarioA;

    @Parameters(index = "1", paramLabel = "B", description = "The counterfactual scenario, e.g. one that extends A with a scripted event.")
    Path scenarioB;

    @Option(names = "--seeds", paramLabel = "N", defaultValue = "10",
            description = "Seeds (pairs of runs) to compare over (default: ${DEFAULT-VALUE}).")
    int seeds;

    @Option(names = "--seed", paramLabel = "S",
            description = "The seed the N seeds derive from, as a sweep's do (default: A's seed).")
    Long seed;

    @Option(names = "--quarters", paramLabel = "N", description = "Simulate only the first N quarters of both.")
    Integer quarters;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Override a value in both scenarios; repeatable.")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder (default: runs/compare-A-vs-B-YYYYMMDD-HHMMSS); must not exist or be empty, "
                    + "unless --resume.")
    Path out;

    @Option(names = "--resume",
            description = "Continue the comparison in --out DIR: check its runs.csv, run only the runs it lacks, then "
                    + "write the tables (the same bytes as one uninterrupted comparison).")
    boolean resume;

    @Option(names = "--parallel", paramLabel = "N",
            description = "Runs in flight at once (default: the number of cores); results do not depend on it.")
    Integer parallel;

    @Option(names = "--policy-jar", paramLabel = "JAR", description = "A jar with your own policies; repeatable.")
    List<Path> policyJars = new ArrayList<>();

    @Option(names = "--verbose", description = "Also print Akka's and chipsim's log lines to standard error.")
    boolean verbose;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        int cores = Runtime.getRuntime().availableProcessors();
        int inFlight = parallel == null ? cores : parallel;
        if (seeds < 1 || seeds > 10_000) {
            return bad(err, "--seeds must be from 1 to 10000, not " + seeds);
        }
        if (inFlight < 1 || inFlight > 4096) {
            return bad(err, "--parallel must be from 1 to 4096, not " + inFlight);
        }
        if (quarters != null && (quarters < 1 || quarters > 400)) {
            return bad(err, "--quarters must be from 1 to 400, not " + quarters);
        }
        if (seed != null && (seed < 0 || seed > Integer.MAX_VALUE)) {
            return bad(err, "--seed must be from 0 to 2147483647, not " + seed);
        }
        PolicyRegistry registry;
        Scenario a;
        Scenario b;
        try {
            ScenarioOptions options = new ScenarioOptions();
            options.policyJars = policyJars;
            registry = options.registry();
            ScenarioLoader loader = new ScenarioLoader(registry);
            a = load(loader, scenarioA, "A", err);
            b = load(loader, scenarioB, "B", err);
        } catch (ScenarioException e) {
            err.println(e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        if (!a.start().equals(b.start()) || !a.end().equals(b.end())) {
            return bad(err, scenarioB + " runs " + b.start() + " to " + b.end() + " but " + scenarioA + " runs "
                    + a.start() + " to " + a.end() + "; a paired comparison needs the same quarters (give both the same"
                    + " start: and end:, or --quarters N)");
        }
        if (resume && out == null) {
            return bad(err, "--resume needs --out DIR, the folder of the comparison to continue");
        }
        if (!resume && out != null && !SweepFolder.isFresh(out)) {
            return bad(err, out + " already exists and is not empty; add --resume to continue the comparison in it, "
                    + "or give another --out");
        }
        List<Long> seedList = Seeds.derive(seed != null ? seed : a.seed(), seeds);
        Logging.configure(null, verbose);
        try (Simulation simulation = Simulation.start(Math.min(inFlight, cores), registry)) {
            return compare(simulation, a, b, seedList, inFlight);
        } finally {
            Logging.stop();
        }
    }

    private Scenario load(ScenarioLoader loader, Path file, String which, PrintWriter err) throws ScenarioException {
        try {
            Scenario scenario = loader.load(file, overrides);
            return quarters == null ? scenario : scenario.truncated(quarters);
        } catch (ScenarioException e) {
            err.println("chipsim compare: scenario " + which + " (" + file + ") cannot run:");
            throw e;
        }
    }

    private int compare(Simulation simulation, Scenario a, Scenario b, List<Long> seedList, int inFlight)
            throws IOException, InterruptedException {
        PrintWriter outText = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> columns;
        try {
            columns = new ArrayList<>(MetricProbe.columns(simulation, a));
            columns.retainAll(MetricProbe.columns(simulation, b));
        } catch (MetricProbe.Failed e) {
            err.println("chipsim compare: " + e.getMessage() + "; nothing was written");
            return ExitCodes.RUN_FAILED;
        }
        List<String> agents = new ArrayList<>(MetricProbe.agentIds(a));
        agents.retainAll(MetricProbe.agentIds(b));
        List<String> quarterNames = new ArrayList<>();
        for (Quarter q = a.start(); q.compareTo(a.end()) <= 0; q = q.next()) {
            quarterNames.add(q.toString());
        }
        CompareRuns plan = new CompareRuns(a, b, seedList, columns, agents, quarterNames, Version.get());
        Path target = out != null ? out : RunFolder.timestamped("runs", "compare-" + a.name() + "-vs-" + b.name());
        RunsFolder folder;
        List<RunSpec> missing;
        try {
            folder = RunsFolder.open(plan, "comparison", target, resume);
        } catch (RunsFolder.Refused e) {
            return bad(err, e.getMessage());
        }
        try (folder) {
            try {
                missing = folder.missing();
            } catch (RunsFolder.Refused e) {
                return bad(err, e.getMessage());
            }
            int total = 2 * seedList.size();
            outText.printf("compare %s and %s: %d seeds, %d runs, %d at a time%s%n", scenarioA, scenarioB,
                    seedList.size(), total, inFlight, missing.size() < total
                            ? " (" + (total - missing.size()) + " in runs.csv already)" : "");
            outText.flush();
            List<List<String>> rows;
            try (Progress bar = Progress.forConsole(err, "compare", total, total - missing.size())) {
                rows = folder.run(missing, simulation, inFlight, bar).rows();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                err.println("chipsim compare: interrupted; continue with --resume --out " + target);
                return ExitCodes.RUN_FAILED;
            } catch (RunsFolder.Refused e) {
                return bad(err, e.getMessage());
            }
            String failure = CompareRuns.firstFailure(rows, plan.table());
            if (failure != null) {
                err.println("chipsim compare: a run failed: " + failure);
                if (resume) {
                    err.println("the finished runs are in " + folder.file(RunsFolder.RUNS) + "; no tables were written");
                } else {
                    folder.discardIfFresh();
                    err.println("nothing was written");
                }
                return ExitCodes.RUN_FAILED;
            }
            PairedRuns paired = plan.paired(rows);
            write(folder, paired, a, b, paired.metrics());
            print(outText, paired);
            outText.println("wrote " + target + ": " + RunsFolder.RUNS + ", " + CompareFiles.COMPARE + ", "
                    + CompareFiles.PAIRS + ", " + CompareFiles.BY_QUARTER + ", " + CompareFiles.RESOLVED + ", "
                    + ReportGenerator.REPORT);
            return ExitCodes.OK;
        }
    }

    private void write(RunsFolder folder, PairedRuns paired, Scenario a, Scenario b, List<String> metrics)
            throws IOException {
        CompareFiles.write(folder.root(), paired, a, b, scenarioA.toString(), scenarioB.toString(), Version.get());
        List<String> columns = paired.columns();
        // The headline figures first, so the chart opens on China's compute rather than the alphabet's first.
        List<CompareReport.Column> byColumn = new ArrayList<>();
        for (String headline : MetricLabels.headlines()) {
            int c = columns.indexOf(headline);
            if (c >= 0) {
                byColumn.add(new CompareReport.Column(headline, paired.quarters(c)));
            }
        }
        for (int c = 0; c < columns.size(); c++) {
            String name = columns.get(c);
            if (byColumn.stream().noneMatch(column -> column.name().equals(name))) {
                byColumn.add(new CompareReport.Column(name, paired.quarters(c)));
            }
        }
        List<CompareReport.Metric> byMetric = new ArrayList<>();
        for (int m = 0; m < metrics.size(); m++) {
            byMetric.add(new CompareReport.Metric(metrics.get(m), paired.metric(m)));
        }
        CompareReport.write(folder.file(ReportGenerator.REPORT), a.name(), b.name(), paired.seeds().size(),
                paired.quarters(), paired.firstDifferentQuarter(), byColumn, byMetric);
    }

    /** The headline figures at the end of the horizon, then how many metrics differ at all. */
    private static void print(PrintWriter out, PairedRuns paired) {
        int first = paired.firstDifferentQuarter();
        out.println(first < 0 ? "B never differs from A" : "B first differs from A in " + paired.quarters().get(first));
        String format = "%-34s %14s %14s %14s  %-30s%n";
        out.printf(format, "metric", "A", "B", "B - A", "95% CI");
        int differ = 0;
        for (int m = 0; m < paired.metrics().size(); m++) {
            differ += paired.metric(m).differs() ? 1 : 0;
        }
        for (String headline : MetricLabels.headlines()) {
            int m = paired.metrics().indexOf("end." + headline);
            if (m < 0) {
                continue;
            }
            PairedDifference d = paired.metric(m);
            out.printf(format, "end." + headline, number(d.meanA()), number(d.meanB()), number(d.mean()),
                    Double.isNaN(d.low()) ? "" : number(d.low()) + " to " + number(d.high()) + (d.differs() ? " *" : ""));
        }
        out.printf("%d of %d metrics differ (* 95%% interval excludes 0); all are in %s%n", differ,
                paired.metrics().size(), CompareFiles.COMPARE);
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.4g", v);
    }

    private int bad(PrintWriter err, String message) {
        err.println("chipsim compare: " + message);
        return ExitCodes.BAD_INPUT;
    }
}
