package chipsim.runner.cli;

import chipsim.agents.PolicyRegistry;
import chipsim.runner.calibrate.Calibration;
import chipsim.runner.calibrate.CalibratedParameters;
import chipsim.runner.calibrate.CalibrationReport;
import chipsim.runner.calibrate.ParameterDraws;
import chipsim.runner.calibrate.PolicyFlips;
import chipsim.runner.calibrate.Robustness;
import chipsim.runner.calibrate.RobustnessFolder;
import chipsim.runner.calibrate.RobustnessReport;
import chipsim.runner.calibrate.RobustnessSummary;
import chipsim.runner.Version;
import chipsim.runner.engine.Progress;
import chipsim.runner.scenario.ScenarioWriter;
import chipsim.runner.output.RunFolder;
import chipsim.runner.scenario.Scenario;
import chipsim.runner.scenario.ScenarioException;
import chipsim.runner.scenario.ScenarioLoader;
import chipsim.runner.sim.Simulation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "calibrate",
        description = {"Compare a scenario's run with every docs/sources.md figure the model can produce:",
                "target, simulated value, relative error, and whether the figure is an input or emerges.",
                "Prints the table and writes calibration.csv and calibration.md (docs/calibration.md explains them).",
                "With --robustness N: draws N points within ±--spread of the calibrated parameters, runs each, and reports "
                + "per target the share of draws within 25%% and the interval of the simulated figure, the policy regime "
                + "each draw ends in, and headline figures as intervals (robustness.settings, draws.csv, robustness.csv, "
                + "regimes.csv, paths.csv, headlines.csv; --resume continues a stopped check).",
                "With --one-at-a-time: the same check on the calibrated point and on each parameter moved alone to "
                + "±--spread (2P + 1 points), plus which moves flip the policy path and why (policy-flips.csv)."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:measured", "1:a run failed (with --robustness, the finished draws are kept for --resume)",
                "2:bad input; nothing written"})
public final class CalibrateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioOptions scenarioOptions;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder to write (default: runs/calibration-NAME-YYYYMMDD-HHMMSS; "
            + "with --robustness, runs/robustness-NAME-YYYYMMDD-HHMMSS).")
    Path out;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2", description = "Actor threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--robustness", paramLabel = "N",
            description = "Check the calibration's robustness: N draws around the calibrated parameters (1 to 10000).")
    Integer robustness;

    @Option(names = "--one-at-a-time",
            description = "Instead of random draws: the calibrated point and each parameter alone at (1 - S) and "
                    + "(1 + S) times its value, S the --spread; reports which moves change the policy decisions.")
    boolean oneAtATime;

    @Option(names = "--spread", paramLabel = "S", defaultValue = "0.2",
            description = "With --robustness: each parameter is drawn uniformly within ±S of its value; with "
                    + "--one-at-a-time, moved to exactly ±S; 0 < S < 1 (default: ${DEFAULT-VALUE}).")
    double spread;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "With --robustness: the seed of the draws (default: ${DEFAULT-VALUE}); every run keeps the "
                    + "scenario's own seed, so draws differ only in their parameters.")
    long seed;

    @Option(names = "--parallel", paramLabel = "P",
            description = "With --robustness: runs in flight at once (default: the number of cores); results do not "
                    + "depend on it.")
    Integer parallel;

    @Option(names = "--resume",
            description = "With --robustness: continue the check in --out DIR, running only the draws its draws.csv "
                    + "lacks (refused if the scenario, --spread, --seed, the parameters or chipsim changed).")
    boolean resume;

    @Option(names = "--vary", paramLabel = "PATH",
            description = "With --robustness: draw around this value instead of the baseline's list of calibrated "
                    + "parameters (docs/calibration.md); repeatable, a path as --set takes it.")
    List<String> vary = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        try {
            PolicyRegistry registry = scenarioOptions.registry();
            ScenarioLoader loader = new ScenarioLoader(registry);
            Calibration.ScenarioSource source = extra -> {
                List<String> overrides = new ArrayList<>(scenarioOptions.overrides);
                overrides.addAll(extra);
                return scenarioOptions.scenario == null
                        ? loader.loadBundled(ScenarioLoader.BUNDLED_BASELINE, overrides)
                        : loader.load(scenarioOptions.scenario, overrides);
            };
            Scenario scenario = source.load(List.of());
            if (robustness != null || !vary.isEmpty() || resume || oneAtATime) {
                return robustness(err, registry, source, scenario);
            }
            Path target = out != null ? out : RunFolder.timestamped("runs", "calibration-" + scenario.name());
            try (RunFolder folder = RunFolder.create(target)) {
                List<Calibration.Row> rows;
                try (Simulation simulation = Simulation.start(threads, registry)) {
                    rows = Calibration.measure(source, simulation);
                } catch (Calibration.CalibrationException e) {
                    err.println("chipsim calibrate: " + e.getMessage());
                    return ExitCodes.RUN_FAILED;
                }
                try (Writer csv = Files.newBufferedWriter(folder.file("calibration.csv"), StandardCharsets.UTF_8);
                        Writer md = Files.newBufferedWriter(folder.file("calibration.md"), StandardCharsets.UTF_8)) {
                    CalibrationReport.csv(csv, rows);
                    CalibrationReport.markdown(md, scenario.name(), rows);
                } catch (IOException e) {
                    throw folder.writeFailed(e);
                }
                folder.commit();
                CalibrationReport.print(spec.commandLine().getOut(), rows);
            }
            spec.commandLine().getOut().println("wrote " + target);
            return ExitCodes.OK;
        } catch (ScenarioException e) {
            err.println("chipsim calibrate: " + scenarioOptions.sourceName() + " cannot run:");
            err.println(e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (IllegalArgumentException e) {
            err.println("chipsim calibrate: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
    }

    private int robustness(PrintWriter err, PolicyRegistry registry, Calibration.ScenarioSource source,
            Scenario scenario) throws IOException, ScenarioException {
        if (oneAtATime && robustness != null) {
            err.println("chipsim calibrate: --one-at-a-time places its own 2P + 1 points (P the parameters); give "
                    + "either it or --robustness N, not both");
            return ExitCodes.BAD_INPUT;
        }
        if (robustness == null && !oneAtATime) {
            err.println("chipsim calibrate: " + (resume ? "--resume" : "--vary")
                    + " needs --robustness N, the number of draws, e.g. --robustness 50, or --one-at-a-time");
            return ExitCodes.BAD_INPUT;
        }
        if (robustness != null && (robustness < 1 || robustness > 10_000)) {
            err.println("chipsim calibrate: --robustness must be from 1 to 10000 draws, not " + robustness);
            return ExitCodes.BAD_INPUT;
        }
        if (!(spread > 0 && spread < 1)) {
            err.println("chipsim calibrate: --spread must be above 0 and below 1 (a share of each value: 0.2 draws "
                    + "within ±20%), not " + spread);
            return ExitCodes.BAD_INPUT;
        }
        int inFlight = parallel == null ? Runtime.getRuntime().availableProcessors() : parallel;
        if (inFlight < 1 || inFlight > 4096) {
            err.println("chipsim calibrate: --parallel must be from 1 to 4096, not " + inFlight);
            return ExitCodes.BAD_INPUT;
        }
        List<CalibratedParameters.Parameter> parameters = CalibratedParameters.resolve(
                ScenarioWriter.toTree(scenario), vary.isEmpty() ? CalibratedParameters.BASELINE : vary);
        ParameterDraws.Design design = oneAtATime ? ParameterDraws.Design.ONE_AT_A_TIME : ParameterDraws.Design.UNIFORM;
        int points = ParameterDraws.count(design, parameters, robustness == null ? 0 : robustness);
        if (resume && out == null) {
            err.println("chipsim calibrate: --resume needs --out DIR, the folder of the check to continue: without it "
                    + "the check would go to a new folder named with the time and start afresh");
            return ExitCodes.BAD_INPUT;
        }
        Path target = out != null ? out : RunFolder.timestamped("runs",
                (oneAtATime ? "one-at-a-time-" : "robustness-") + scenario.name());
        // Every draw's scenario is checked before the folder is made: a drawn value out of range is bad
        // input, and nothing is written. On --resume the draws done already are left out below.
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < points; i++) {
            all.add(i);
        }
        Robustness.Plan plan = Robustness.plan(source, parameters, design, spread, seed, all);
        List<String> header = RobustnessReport.drawHeader(parameters);
        List<List<String>> rows = new ArrayList<>();
        java.util.TreeMap<Integer, Robustness.Draw> draws = new java.util.TreeMap<>();
        try (RobustnessFolder folder = RobustnessFolder.open(target, resume,
                Robustness.settings(scenario, parameters, design, spread, seed, Version.get()), header, rows)) {
            for (List<String> row : rows) {
                Robustness.Draw draw = RobustnessReport.parseDraw(parameters, design, spread, seed, row);
                if (draw.index() < points) {
                    draws.put(draw.index(), draw);
                }
            }
            List<Integer> missing = new ArrayList<>();
            for (int i = 0; i < points; i++) {
                if (!draws.containsKey(i)) {
                    missing.add(i);
                }
            }
            if (resume && !rows.isEmpty()) {
                err.println("calibrate: " + draws.size() + " of " + points + " draws done in " + target
                        + "; running the other " + missing.size());
            }
            int runs = points * Calibration.variantCount();
            try (Simulation simulation = Simulation.start(threads, registry);
                    Progress progress = Progress.forConsole(err, "robustness", runs,
                            draws.size() * Calibration.variantCount())) {
                Robustness.Plan todo = new Robustness.Plan(plan.runs().stream()
                        .filter(r -> !draws.containsKey(r.draw())).toList(), plan.values());
                Robustness.run(todo, parameters, simulation, inFlight, progress, draw -> {
                    draws.put(draw.index(), draw);
                    folder.append(RobustnessReport.drawRow(parameters, draw));
                });
            } catch (Calibration.CalibrationException e) {
                err.println("chipsim calibrate: " + e.getMessage());
                err.println("the finished draws are in " + target + "; continue with the same options and --resume");
                return ExitCodes.RUN_FAILED;
            }
            List<Robustness.Draw> done = new ArrayList<>(draws.values());
            List<RobustnessSummary.TargetRow> targets = RobustnessSummary.targets(done);
            List<RobustnessSummary.RegimeRow> regimes = RobustnessSummary.regimes(done);
            List<RobustnessSummary.PathRow> paths = RobustnessSummary.paths(done);
            List<RobustnessSummary.HeadlineRow> headlines = RobustnessSummary.headlines(done);
            StringWriter drawsCsv = new StringWriter();
            StringWriter targetsCsv = new StringWriter();
            StringWriter regimesCsv = new StringWriter();
            StringWriter headlinesCsv = new StringWriter();
            StringWriter pathsCsv = new StringWriter();
            RobustnessReport.draws(drawsCsv, parameters, done);
            RobustnessReport.targets(targetsCsv, targets);
            RobustnessReport.regimes(regimesCsv, regimes);
            RobustnessReport.headlines(headlinesCsv, headlines);
            RobustnessReport.paths(pathsCsv, paths);
            // draws.csv in draw order, whatever order the draws finished in: the same bytes at any --parallel.
            folder.writeWhole(RobustnessFolder.DRAWS, drawsCsv.toString());
            folder.writeWhole("robustness.csv", targetsCsv.toString());
            folder.writeWhole("regimes.csv", regimesCsv.toString());
            folder.writeWhole("headlines.csv", headlinesCsv.toString());
            folder.writeWhole("paths.csv", pathsCsv.toString());
            RobustnessReport.print(spec.commandLine().getOut(), points, spread, targets, regimes, paths, headlines);
            if (oneAtATime) {
                List<PolicyFlips.Row> flips = PolicyFlips.of(parameters, spread, done);
                StringWriter flipsCsv = new StringWriter();
                PolicyFlips.csv(flipsCsv, flips);
                folder.writeWhole("policy-flips.csv", flipsCsv.toString());
                PolicyFlips.print(spec.commandLine().getOut(), spread, flips);
            }
        }
        spec.commandLine().getOut().println("wrote " + target);
        return ExitCodes.OK;
    }
}
