package chipsim.runner.cli;

import chipsim.runner.output.OutputFolder;
import chipsim.runner.output.RunFolder;
import chipsim.agents.PolicyRegistry;
import chipsim.runner.Logging;
import chipsim.runner.Version;
import chipsim.runner.report.ReportGenerator;
import chipsim.runner.report.ReportInputException;
import chipsim.runner.scenario.Problem;
import chipsim.runner.scenario.ScenarioException;
import chipsim.runner.sim.Simulation;
import chipsim.runner.sweep.MetricProbe;
import chipsim.runner.sweep.MetricSet;
import chipsim.runner.cluster.ClusterNode;
import chipsim.runner.cluster.ClusterSweep;
import chipsim.runner.cluster.Coordinator;
import chipsim.runner.engine.Progress;
import chipsim.runner.scenario.ScenarioWriter;
import chipsim.runner.sweep.ResolvedSweep;
import chipsim.runner.sweep.RunSpec;
import chipsim.runner.sweep.RunsTable;
import chipsim.runner.sweep.SensitivityFile;
import chipsim.runner.engine.RunEngine;
import chipsim.runner.sweep.SweepFile;
import chipsim.runner.sweep.SweepFolder;
import chipsim.runner.sweep.SweepPlan;
import chipsim.runner.sweep.SweepPlanner;
import chipsim.runner.sweep.SweepReader;
import chipsim.runner.sweep.SweepSession;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "sweep", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Run a sweep: a base scenario at every point of a design, several seeds each, summarised.",
                "Every point runs with each of the replications' seeds, many runs at once in one actor system. Writes runs.csv (a row per run, appended as each finishes), "
                + "summary.csv (a row per point: n, mean, sd, 95%% confidence interval), sweep.resolved.yaml, datapackage.json and, for a "
                + "morris or sobol design, sensitivity.csv (docs/sensitivity.md); "
                + "docs/sweeps.md documents the file and every column.",
                "The sweep and every point are checked first; on any problem nothing runs and nothing is written."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:every run completed", "1:some runs failed (recorded in runs.csv), --fail-fast stopped it, "
                + "or memory ran out",
                "2:bad input (sweep file, a point's scenario, options, a folder that holds another sweep, is being "
                + "written by another chipsim, or whose runs.csv is damaged)"},
        footerHeading = "%nExamples:%n",
        footer = {"  chipsim sweep configs/sweeps/washington-revenue.yaml --out runs/rev",
                "  chipsim sweep configs/sweeps/washington-revenue.yaml --out runs/rev --resume",
                "  chipsim sweep configs/sweeps/lhs-six.yaml --parallel 2 --out runs/lhs",
                "  chipsim sweep configs/sweeps/lhs-six.yaml --cluster 10.0.0.5:25520",
                "Ctrl-C stops a sweep and prints the --resume command that continues it."})
public final class SweepCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SWEEP", description = "Sweep file (YAML), e.g. configs/sweeps/washington-revenue.yaml.")
    Path sweepFile;

    @Option(names = "--parallel", paramLabel = "N",
            description = "Runs in flight at once (default: the number of cores); results do not depend on it.")
    Integer parallel;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Sweep folder (default: runs/NAME-YYYYMMDD-HHMMSS). Must not exist or be empty, unless --resume. "
                    + "One chipsim at a time writes it.")
    Path out;

    @Option(names = "--resume",
            description = "Continue the sweep in --out DIR (required: the default folder has a timestamp): run only "
                    + "the (point, seed) pairs runs.csv lacks, after checking its rows. Refused if the sweep, its base, "
                    + "--set, --quarters or chipsim changed, or another chipsim is writing DIR. Starts afresh if DIR "
                    + "does not exist.")
    boolean resume;

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "Override a base-scenario value for every point (after the file's set:); repeatable.")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--quarters", paramLabel = "N", description = "Simulate only the first N quarters (overrides the file's quarters:).")
    Integer quarters;

    @Option(names = "--keep-traces", description = "Also write each successful run's folder under traces/ (big; off by default).")
    boolean keepTraces;

    @Option(names = "--fail-fast", description = "Stop starting runs at the first failed one (default: record it and go on).")
    boolean failFast;

    @Option(names = "--cluster", paramLabel = "HOST:PORT",
            description = "Serve the runs to workers instead of running them here: listen at HOST:PORT (Akka Cluster) "
                    + "for chipsim worker --join HOST:PORT on any machine; the outputs are those of a local sweep. "
                    + "docs/cluster.md.")
    String cluster;

    @Option(names = "--policy-jar", paramLabel = "JAR", description = "A jar with your own policies; repeatable.")
    List<Path> policyJars = new ArrayList<>();

    @Option(names = "--verbose", description = "Also print Akka's and chipsim's log lines to standard error.")
    boolean verbose;

    private ClusterNode.HostPort clusterAddress;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        if (resume && out == null) {
            err.println("chipsim sweep: --resume needs --out DIR, the folder of the sweep to continue: without it the "
                    + "sweep would go to a new folder named with the time (runs/NAME-YYYYMMDD-HHMMSS) and start afresh");
            return ExitCodes.BAD_INPUT;
        }
        int cores = Runtime.getRuntime().availableProcessors();
        int inFlight = parallel == null ? cores : parallel;
        if (inFlight < 1 || inFlight > 4096) {
            err.println("chipsim sweep: --parallel must be from 1 to 4096, not " + inFlight);
            return ExitCodes.BAD_INPUT;
        }
        if (quarters != null && (quarters < 1 || quarters > 400)) {
            err.println("chipsim sweep: --quarters must be from 1 to 400, not " + quarters);
            return ExitCodes.BAD_INPUT;
        }
        if (cluster != null) {
            try {
                clusterAddress = ClusterNode.HostPort.parse(cluster);
            } catch (IllegalArgumentException e) {
                err.println("chipsim sweep: --cluster " + e.getMessage());
                return ExitCodes.BAD_INPUT;
            }
            if (keepTraces || failFast) {
                err.println("chipsim sweep: --cluster does not take " + (keepTraces ? "--keep-traces" : "--fail-fast")
                        + " (workers send back runs.csv rows only); run that sweep locally");
                return ExitCodes.BAD_INPUT;
            }
        }
        // Planning a large sweep checks every point's scenario, which takes a while: say it has started.
        err.println("sweep: checking " + sweepFile + " and the scenario of each point...");
        err.flush();
        PolicyRegistry registry;
        SweepPlan plan;
        try {
            ScenarioOptions options = new ScenarioOptions();
            options.policyJars = policyJars;
            registry = options.registry();
            plan = new SweepPlanner(registry).plan(SweepReader.read(sweepFile), overrides, quarters);
        } catch (ScenarioException e) {
            return badInput(err, e);
        }
        // Initialised before the actor system logs anything; the sweep folder's log takes over once it exists.
        Logging.configure(null, verbose);
        // Actor threads beyond the runs in flight only add hand-offs; beyond the cores they only add contention.
        try (Simulation simulation = Simulation.start(Math.min(inFlight, cores), registry)) {
            return prepare(plan, simulation, inFlight);
        }
    }

    private int prepare(SweepPlan plan, Simulation simulation, int inFlight) throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        MetricSet metrics;
        try {
            metrics = metrics(plan, simulation);
        } catch (ScenarioException e) {
            return badInput(err, e);
        } catch (MetricProbe.Failed e) {
            err.println("chipsim sweep: " + e.getMessage());
            err.println("nothing was written; chipsim run " + plan.baseSource() + " shows the failure alone");
            return ExitCodes.RUN_FAILED;
        }
        String version = Version.get();
        ResolvedSweep resolved = ResolvedSweep.of(plan, metrics, version);
        RunsTable table = new RunsTable(plan.axes(), metrics, resolved.sha256(), version);
        Path target = out != null ? out : RunFolder.timestamped("runs", plan.file().name());
        SweepFolder folder;
        try {
            folder = resume && !SweepFolder.isFresh(target) ? SweepFolder.resume(target, resolved, table.header())
                    : SweepFolder.create(target, resolved, resolved.text(version, sweepFile.toString()), table.header());
        } catch (SweepFolder.Refused | OutputFolder.Refused e) {
            err.println("chipsim sweep: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        try (folder) {
            return run(plan, simulation, inFlight, folder, table, target);
        }
    }

    private int run(SweepPlan plan, Simulation simulation, int inFlight, SweepFolder folder, RunsTable table,
            Path target) throws IOException, InterruptedException {
        PrintWriter outText = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Logging.configure(folder.file(SweepFolder.LOG), verbose);
        ResumeHint hint = new ResumeHint(err, resumeCommand(target));
        try {
            SweepSession session = new SweepSession(plan, table, folder, keepTraces);
            List<RunSpec> missing;
            try {
                missing = session.missing();
            } catch (SweepFolder.Refused e) {
                err.println("chipsim sweep: " + e.getMessage());
                return ExitCodes.BAD_INPUT;
            }
            int total = plan.runCount();
            outText.printf("sweep %s: %d points x %d seeds = %d runs%s, %s, into %s%n", plan.file().name(),
                    plan.points().size(), plan.seeds().size(), total,
                    total == missing.size() ? "" : " (" + (total - missing.size()) + " done before)",
                    clusterAddress == null ? inFlight + " at a time"
                            : "served to chipsim worker --join " + clusterAddress, target);
            outText.flush();
            long start = System.nanoTime();
            RunEngine.Outcome outcome;
            hint.arm();
            try (Progress progress = progress(err, total, total - missing.size())) {
                outcome = clusterAddress == null ? session.run(missing, simulation, inFlight, failFast, progress)
                        : session.runDistributed(missing, (runs, sink) -> ClusterSweep.serve(clusterAddress,
                                table.version(), new Coordinator.Welcome(table.sweepHash(), table.version(),
                                        table.metrics().names()), runs,
                                run -> ScenarioWriter.toYaml(run.scenario(), table.version()), sink::append, progress,
                                err));
            } catch (ClusterSweep.CannotListen e) {
                err.println("chipsim sweep: " + e.getMessage() + "; nothing ran, and --resume with another "
                        + "--cluster address continues in " + target);
                return ExitCodes.BAD_INPUT;
            } finally {
                hint.disarm();
            }
            return report(outcome, plan, target, (System.nanoTime() - start) / 1e9, outText, err);
        } finally {
            Logging.stop();
        }
    }

    /** The command that continues this sweep: the sweep file and --out as given, and every option it must repeat. */
    private String resumeCommand(Path target) {
        List<String> words = new ArrayList<>(List.of("chipsim", "sweep", sweepFile.toString(), "--out",
                target.toString(), "--resume"));
        overrides.forEach(o -> words.addAll(List.of("--set", o)));
        if (quarters != null) {
            words.addAll(List.of("--quarters", quarters.toString()));
        }
        policyJars.forEach(j -> words.addAll(List.of("--policy-jar", j.toString())));
        if (keepTraces) {
            words.add("--keep-traces");
        }
        if (cluster != null) {
            words.addAll(List.of("--cluster", cluster));
        }
        return ShellWords.join(words);
    }

    private MetricSet metrics(SweepPlan plan, Simulation simulation) throws ScenarioException, MetricProbe.Failed {
        List<String> columns = MetricProbe.columns(simulation, plan.base());
        List<String> agents = MetricProbe.agentIds(plan.base());
        List<String> chosen = plan.file().metrics();
        if (chosen.isEmpty()) {
            return MetricSet.defaults(columns, agents);
        }
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<Integer, String> unknown : MetricSet.unknown(chosen, columns, agents).entrySet()) {
            problems.add(plan.file().tree().problemAt("metrics[" + unknown.getKey() + "]",
                    "unknown metric '" + chosen.get(unknown.getKey()) + "'", unknown.getValue()
                    + " (AGG.COLUMN with AGG one of end, sum, mean, min, max and COLUMN of quarters.csv; or payoff.AGENT)"));
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return MetricSet.of(chosen);
    }

    /**
     * The sweep report (docs/reports.md), written after the tables; a report that cannot be built
     * is said, but the tables it would show are already safe on disk.
     */
    private static String writeReport(Path target, PrintWriter err) {
        try {
            ReportGenerator.generate(target, false);
            return ", " + ReportGenerator.REPORT;
        } catch (ReportInputException | IOException e) {
            err.println("chipsim sweep: the tables are written, but not report.html: " + e.getMessage()
                    + " (try chipsim report " + target + ")");
            return "";
        }
    }

    /** A morris or sobol sweep is analysed at once (docs/sensitivity.md); chipsim sensitivity can redo it. */
    private static String writeSensitivity(Path target, PrintWriter outText, PrintWriter err) throws IOException {
        try {
            SensitivityCommand.print(outText, SensitivityFile.write(target, SensitivityFile.DEFAULT_RESAMPLES));
            return ", " + SensitivityFile.FILE;
        } catch (SensitivityFile.Refused e) {
            err.println("chipsim sweep: the runs are written, but not " + SensitivityFile.FILE + ": " + e.getMessage());
            return "";
        }
    }

    private static Progress progress(PrintWriter err, int total, int done) {
        return Progress.forConsole(err, "sweep", total, done);
    }

    private int report(RunEngine.Outcome outcome, SweepPlan plan, Path target, double seconds, PrintWriter outText,
            PrintWriter err) throws IOException {
        outText.printf("%d runs (%d failed) in %.1f s, %.1f runs/s%n", outcome.finished(), outcome.failed(), seconds,
                outcome.finished() / Math.max(seconds, 1e-9));
        if (outcome.stoppedEarly()) {
            err.println("chipsim sweep: stopped at the first failed run (--fail-fast); its error is in "
                    + target.resolve(SweepFolder.RUNS));
            err.println("continue with: " + resumeCommand(target));
            return ExitCodes.RUN_FAILED;
        }
        String sensitivity = plan.file().design().forSensitivity() ? writeSensitivity(target, outText, err) : "";
        String report = writeReport(target, err);
        outText.println("wrote " + target + ": " + SweepFolder.RUNS + ", " + SweepFolder.SUMMARY + ", "
                + ResolvedSweep.FILE + sensitivity + report);
        if (outcome.failed() > 0) {
            err.println("chipsim sweep: " + outcome.failed() + " runs failed; their status and error are in "
                    + target.resolve(SweepFolder.RUNS));
            return ExitCodes.RUN_FAILED;
        }
        return ExitCodes.OK;
    }

    private static int badInput(PrintWriter err, ScenarioException e) {
        err.println("chipsim sweep: the sweep cannot run (" + e.problems().size()
                + (e.problems().size() == 1 ? " problem):" : " problems):"));
        err.println(e.getMessage());
        return ExitCodes.BAD_INPUT;
    }
}
