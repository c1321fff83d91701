package chipsim.runner.cli;

import chipsim.agents.PolicyRegistry;
import chipsim.runner.scenario.Scenario;
import chipsim.runner.scenario.ScenarioException;
import chipsim.runner.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options every command that reads a scenario shares: the file, --set overrides, extra policy jars. */
public final class ScenarioOptions {

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "Scenario file (YAML or .json). Default: the baseline bundled in chipsim "
                    + "(configs/baseline.yaml).")
    Path scenario;

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "Override one scenario value, checked like the file; repeatable. "
                    + "E.g. --set washington.params.revenueShare=0.25 --set chips.H20.listPriceUsd=12000")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--policy-jar", paramLabel = "JAR",
            description = "A jar with your own policies (registered through META-INF/services/"
                    + "chipsim.agents.PolicyFactory); repeatable.")
    List<Path> policyJars = new ArrayList<>();

    /** The policies of chipsim plus those of any --policy-jar, each jar checked first. */
    public PolicyRegistry registry() throws ScenarioException {
        return policyJars.isEmpty() ? PolicyRegistry.standard() : PolicyJars.registry(policyJars);
    }

    public Scenario load(PolicyRegistry registry) throws ScenarioException {
        ScenarioLoader loader = new ScenarioLoader(registry);
        return scenario == null
                ? loader.loadBundled(ScenarioLoader.BUNDLED_BASELINE, overrides)
                : loader.load(scenario, overrides);
    }

    /** How the scenario is named in messages. */
    public String sourceName() {
        return scenario == null ? "the bundled baseline" : scenario.toString();
    }
}
