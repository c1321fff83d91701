package chipsim.runner.cli;

import chipsim.agents.PolicyRegistry;
import chipsim.runner.agentsapi.AgentsApi;
import chipsim.runner.agentsapi.EnvScenarios;
import chipsim.runner.agentsapi.EnvServer;
import chipsim.runner.scenario.ScenarioException;
import chipsim.runner.sim.Simulation;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "env", sortOptions = false,
        description = {"Serve training episodes on 127.0.0.1 (docs/agents-api.md). A client says",
                "hello with the token, resets an episode (scenario, seed, overrides, the",
                "agents it plays), steps through its decisions, gets each quarter's payoff",
                "as reward, and runs episode after episode on one connection. Runs until",
                "stopped (Ctrl-C). clients/python/ has a client."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:stopped", "2:bad input (scenario, options, the port in use)"})
public final class EnvCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioOptions scenarioOptions;

    @Option(names = "--port", paramLabel = "N", required = true,
            description = "Port on 127.0.0.1 to listen on; 0 for any free one (the port is printed).")
    int port;

    @Option(names = "--token", paramLabel = "TOKEN", defaultValue = "${env:CHIPSIM_TOKEN}",
            description = "The token a client must present in its hello (default: $CHIPSIM_TOKEN; required).")
    String token;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
            description = "Actor dispatcher threads (default: ${DEFAULT-VALUE}); episodes do not depend on it.")
    int threads;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        if (token == null || token.isEmpty()) {
            err.println("chipsim env: give a token with --token TOKEN or CHIPSIM_TOKEN; clients present it in their hello");
            return ExitCodes.BAD_INPUT;
        }
        if (port < 0 || port > 65535 || threads < 1 || threads > 256) {
            err.println("chipsim env: --port must be from 0 to 65535 and --threads from 1 to 256");
            return ExitCodes.BAD_INPUT;
        }
        EnvScenarios scenarios;
        try {
            PolicyRegistry registry = scenarioOptions.registry();
            scenarios = new EnvScenarios(registry, scenarioOptions.scenario, scenarioOptions.overrides);
            scenarios.defaultScenario();
        } catch (ScenarioException e) {
            err.println("chipsim env: " + scenarioOptions.sourceName() + " cannot run:");
            err.println(e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        try (Simulation simulation = Simulation.start(threads, scenarios.registry());
                EnvServer server = AgentsApi.serve(simulation, scenarios, port, token)) {
            out.println("chipsim env: listening on 127.0.0.1:" + server.port());
            out.flush();
            server.awaitClose();
        } catch (IOException e) {
            err.println("chipsim env: cannot listen on 127.0.0.1:" + port + ": " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        return ExitCodes.OK;
    }
}
