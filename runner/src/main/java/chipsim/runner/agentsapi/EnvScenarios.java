package chipsim.runner.agentsapi;

import chipsim.agents.PolicyRegistry;
import chipsim.runner.scenario.Scenario;
import chipsim.runner.scenario.ScenarioException;
import chipsim.runner.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The scenarios a training server's episodes are reset to: its own (the file it was started with,
 * or the bundled baseline) or a file the client names, with the client's overrides; each checked
 * once and kept, so that many short episodes do not reread their file.
 */
public final class EnvScenarios {

    private record Key(String file, List<String> overrides) {}

    private final PolicyRegistry registry;
    private final Path defaultFile;
    private final List<String> defaultOverrides;
    private final Map<Key, Scenario> loaded = new ConcurrentHashMap<>();

    /**
     * @param defaultFile      the server's scenario; null for the bundled baseline
     * @param defaultOverrides the server's --set overrides, applied before the client's
     */
    public EnvScenarios(PolicyRegistry registry, Path defaultFile, List<String> defaultOverrides) {
        this.registry = registry;
        this.defaultFile = defaultFile;
        this.defaultOverrides = List.copyOf(defaultOverrides);
    }

    public PolicyRegistry registry() {
        return registry;
    }

    /** The server's own scenario, checked; a problem is reported before the server starts. */
    public Scenario defaultScenario() throws ScenarioException {
        return load(null, List.of());
    }

    /** @param file a scenario file of the server's machine, or null for the server's own */
    Scenario load(String file, List<String> overrides) throws ScenarioException {
        List<String> all = new java.util.ArrayList<>(file == null ? defaultOverrides : List.of());
        all.addAll(overrides);
        Key key = new Key(file, List.copyOf(all));
        Scenario known = loaded.get(key);
        if (known != null) {
            return known;
        }
        ScenarioLoader loader = new ScenarioLoader(registry);
        Scenario scenario;
        if (file != null) {
            scenario = loader.load(Path.of(file), all);
        } else if (defaultFile != null) {
            scenario = loader.load(defaultFile, all);
        } else {
            scenario = loader.loadBundled(ScenarioLoader.BUNDLED_BASELINE, all);
        }
        loaded.put(key, scenario);
        return scenario;
    }
}
