package chipsim.runner.cli;

import chipsim.agents.PolicyRegistry;
import chipsim.runner.scenario.Scenario;
import chipsim.runner.scenario.ScenarioException;
import chipsim.runner.scenario.ScenarioLoader;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
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

    /** The policies of chipsim plus those of any --policy-jar. */
    public PolicyRegistry registry() throws ScenarioException {
        if (policyJars.isEmpty()) {
            return PolicyRegistry.standard();
        }
        List<URL> urls = new ArrayList<>();
        for (Path jar : policyJars) {
            if (!Files.isRegularFile(jar)) {
                throw ScenarioException.of(new chipsim.runner.scenario.Problem("--policy-jar " + jar, 0, 0, "",
                        "no such jar", "give the path of a built jar file"));
            }
            try {
                urls.add(jar.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }
        ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ScenarioOptions.class.getClassLoader());
        try {
            return PolicyRegistry.load(loader);
        } catch (java.util.ServiceConfigurationError | IllegalStateException e) {
            throw ScenarioException.of(new chipsim.runner.scenario.Problem("--policy-jar", 0, 0, "",
                    "cannot load its policies: " + e.getMessage(),
                    "check the class names in META-INF/services/chipsim.agents.PolicyFactory"));
        }
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
