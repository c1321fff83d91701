package chipsim.runner.cli;

import chipsim.agents.PolicyRegistry;
import chipsim.runner.calibrate.Calibration;
import chipsim.runner.calibrate.CalibrationReport;
import chipsim.runner.output.RunFolder;
import chipsim.runner.scenario.Scenario;
import chipsim.runner.scenario.ScenarioException;
import chipsim.runner.scenario.ScenarioLoader;
import chipsim.runner.sim.Simulation;
import java.io.IOException;
import java.io.PrintWriter;
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
                "Prints the table and writes calibration.csv and calibration.md (docs/calibration.md explains them)."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:measured", "1:a run failed", "2:bad input; nothing written"})
public final class CalibrateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioOptions scenarioOptions;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder to write (default: runs/calibration-NAME-YYYYMMDD-HHMMSS).")
    Path out;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2", description = "Actor threads (default: ${DEFAULT-VALUE}).")
    int threads;

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
}
