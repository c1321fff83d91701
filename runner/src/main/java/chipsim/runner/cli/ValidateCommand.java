package chipsim.runner.cli;

import chipsim.runner.scenario.Scenario;
import chipsim.runner.scenario.ScenarioException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "validate",
        description = {"Check a scenario (and any --set overrides) without running it.",
                "Every problem is listed with its file, line, column and a hint."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:the scenario is valid", "2:it has problems (listed on standard error)"})
public final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioOptions scenarioOptions;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Scenario scenario = scenarioOptions.load(scenarioOptions.registry());
            out.printf("%s is valid: %s, %s to %s (%d quarters), %d chips, %d agents, %d scripted events%n",
                    scenarioOptions.sourceName(), scenario.name(), scenario.start(), scenario.end(),
                    scenario.quarters(), scenario.chips().size(), scenario.agents().size(), scenario.events().size());
            return ExitCodes.OK;
        } catch (ScenarioException e) {
            err.println("chipsim validate: " + scenarioOptions.sourceName() + " has "
                    + e.problems().size() + (e.problems().size() == 1 ? " problem:" : " problems:"));
            err.println(e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
    }
}
