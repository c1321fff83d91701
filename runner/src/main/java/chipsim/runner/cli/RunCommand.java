package chipsim.runner.cli;

import chipsim.agents.PolicyRegistry;
import chipsim.runner.Logging;
import chipsim.runner.agentsapi.AgentsApi;
import chipsim.runner.decisions.ReplayLog;
import chipsim.runner.output.RunFolder;
import chipsim.runner.output.RunWriter;
import chipsim.runner.output.TerminalTable;
import chipsim.runner.report.ReportGenerator;
import chipsim.runner.scenario.Scenario;
import chipsim.runner.scenario.ScenarioException;
import chipsim.runner.sim.RunInputs;
import chipsim.runner.sim.RunResult;
import chipsim.runner.sim.Simulation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "run", sortOptions = false,
        description = {"Run a scenario quarter by quarter and write its run folder: trace.jsonl, quarters.csv, "
                + "flows.csv, agents.csv, decisions.jsonl, scenario.resolved.yaml, report.html, run.log, "
                + "datapackage.json. The scenario is checked first; on any problem nothing runs and nothing is written.",
                "With --replay, an earlier run's decisions are played back instead of asking the policies: with the "
                        + "same scenario the outputs are byte-identical to that run's."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:the run completed", "1:the run failed (an agent error, a missed phase, a broken invariant), "
                + "or memory ran out; nothing written",
                "2:bad input (scenario, options, an output folder that cannot be written); nothing written"},
        footerHeading = "%nExamples:%n",
        footer = {"  chipsim run --out runs/base",
                "  chipsim run configs/scenarios/full-ban.yaml --seed 7 --quarters 8",
                "  chipsim run --set washington.params.revenueShare=0.25 --seed 7",
                "  chipsim run --set chips.H20.listPriceUsd=12000 --out runs/cheap-h20"})
public final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioOptions scenarioOptions;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the agents' random streams (default: the scenario's).")
    Long seed;

    @Option(names = "--quarters", paramLabel = "N",
            description = "Simulate N quarters from the scenario's start, fewer or more than it gives "
                    + "(at most 400); scripted events after them are dropped.")
    Integer quarters;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Run folder to create (default: runs/NAME-YYYYMMDD-HHMMSS). Must not exist or be an empty, "
                    + "writable folder (or a link to one); its parent must be writable.")
    Path out;

    @Option(names = "--replay", paramLabel = "FILE",
            description = "Play back the decisions of an earlier run (its RUN_DIR/decisions.jsonl) instead of "
                    + "asking the agents' policies; give the same scenario.")
    Path replay;

    @Option(names = "--agent", paramLabel = "ROLE_OR_ID=SPEC",
            description = {"A program plays this agent (or every agent of this role), repeatable; SPEC is "
                    + "cmd:COMMAND (started, spoken to over its stdin/stdout), tcp:HOST:PORT (connected to) or "
                    + "listen:PORT (waits on 127.0.0.1 for it). docs/agents-api.md. "
                    + "E.g. --agent washington=cmd:\"python3 my_washington.py\""})
    List<String> agents = new ArrayList<>();

    @Option(names = "--agent-token", paramLabel = "TOKEN", defaultValue = "${env:CHIPSIM_TOKEN}",
            description = "The token programs reached over tcp: or listen: must present (default: $CHIPSIM_TOKEN).")
    String agentToken;

    @Option(names = "--agent-connect-millis", paramLabel = "MS", defaultValue = "10000",
            description = "How long to wait for an --agent program to connect and say hello (default: ${DEFAULT-VALUE}).")
    long agentConnectMillis;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
            description = "Actor dispatcher threads (default: ${DEFAULT-VALUE}); outputs do not depend on it.")
    int threads;

    @Option(names = "--verbose", description = "Also print Akka's and chipsim's log lines to standard error.")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outText = spec.commandLine().getOut();
        Scenario scenario;
        try {
            PolicyRegistry registry = scenarioOptions.registry();
            scenario = ScenarioAdjustments.apply(scenarioOptions.load(registry), seed, quarters);
            if (threads < 1 || threads > 256) {
                err.println("chipsim run: --threads must be from 1 to 256, not " + threads);
                return ExitCodes.BAD_INPUT;
            }
            if (!agents.isEmpty() && replay != null) {
                err.println("chipsim run: --agent and --replay exclude each other: a replay answers every decision "
                        + "from its log");
                return ExitCodes.BAD_INPUT;
            }
            RunInputs inputs = RunInputs.LOGGED;
            if (replay != null) {
                try {
                    inputs = new RunInputs(true, ReplayLog.read(replay, scenario).deciders(scenario));
                } catch (ReplayLog.Mismatch e) {
                    err.println("chipsim run: --replay " + replay + " does not fit " + scenarioOptions.sourceName()
                            + ":");
                    err.println(e.getMessage());
                    return ExitCodes.BAD_INPUT;
                }
            }
            AgentsApi.Programs programs = null;
            if (!agents.isEmpty()) {
                try {
                    programs = AgentsApi.connect(scenario, registry, agents, agentToken, agentConnectMillis);
                } catch (AgentsApi.BadOption e) {
                    err.println("chipsim run: " + e.getMessage());
                    return ExitCodes.BAD_INPUT;
                } catch (AgentsApi.NotConnected e) {
                    err.println("chipsim run: the run cannot start: " + e.getMessage());
                    err.println("nothing was written");
                    return ExitCodes.RUN_FAILED;
                }
                inputs = programs.inputs(inputs);
            }
            try {
                return run(scenario, registry, inputs, programs, outText, err);
            } finally {
                if (programs != null) {
                    programs.abandon();
                }
            }
        } catch (ScenarioException e) {
            err.println("chipsim run: " + scenarioOptions.sourceName() + " cannot run:");
            err.println(e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (IllegalArgumentException e) {
            err.println("chipsim run: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
    }

    private int run(Scenario scenario, PolicyRegistry registry, RunInputs inputs, AgentsApi.Programs programs,
            PrintWriter outText, PrintWriter err) throws IOException {
        Path target = out != null ? out : RunFolder.timestamped("runs", scenario.name());
        RunFolder folder = RunFolder.create(target);
        Logging.configure(folder.file(RunWriter.LOG), verbose);
        RunResult result;
        try (Simulation simulation = Simulation.start(threads, registry)) {
            if (programs != null) {
                programs.start();
            }
            result = simulation.runToEnd(scenario, inputs);
        }
        if (programs != null) {
            programs.finish(result).forEach(note -> err.println("chipsim run: " + note));
        }
        if (!result.ok()) {
            Logging.stop();
            Path log = Files.createTempFile("chipsim-" + scenario.name() + "-failed-", ".log");
            Files.move(folder.file(RunWriter.LOG), log, StandardCopyOption.REPLACE_EXISTING);
            folder.discard();
            err.println("chipsim run: the run failed: " + result.error());
            err.println("nothing was written to " + target + "; the log is in " + log);
            return ExitCodes.RUN_FAILED;
        }
        try {
            RunWriter.write(folder, result);
            ReportGenerator.writeRunReport(folder.file(ReportGenerator.REPORT).getParent());
            Logging.stop();
            folder.commit();
        } catch (IOException e) {
            Logging.stop();
            folder.discard();
            throw folder.writeFailed(e);
        } catch (RuntimeException e) {
            Logging.stop();
            folder.discard();
            throw e;
        }
        TerminalTable.print(outText, result.quarters());
        outText.println("wrote " + target);
        return ExitCodes.OK;
    }
}
