package chipsim.runner.clearing;

import chipsim.agents.PolicyRegistry;
import chipsim.runner.Cli;
import chipsim.runner.scenario.ScenarioLoader;
import chipsim.runner.sim.Simulation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The must-hold of "markets that clear" on every shipped scenario: the baseline, the history
 * replay and each counterfactual leave at most 2% of a quarter's traded value on the table
 * ({@link MarketClears}).
 */
class ShippedScenariosClearTest {

    private static Simulation simulation;
    private static ScenarioLoader loader;

    @BeforeAll
    static void start() throws Exception {
        PolicyRegistry registry = PolicyRegistry.standard();
        simulation = Simulation.start(2, registry);
        loader = new ScenarioLoader(registry);
    }

    @AfterAll
    static void stop() {
        simulation.close();
    }

    static List<String> scenarios() throws IOException {
        List<String> files = new ArrayList<>(List.of("baseline.yaml", "history-2022-2026.yaml"));
        try (Stream<Path> counterfactuals = Files.list(Path.of(Cli.config("scenarios")))) {
            counterfactuals.map(p -> "scenarios/" + p.getFileName()).filter(p -> p.endsWith(".yaml")).sorted()
                    .forEach(files::add);
        }
        return files;
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void noQuarterLeavesMoreThanTwoPercentOnTheTable(String file) throws Exception {
        MarketClears.assertClears(file, simulation.runToEnd(loader.load(Path.of(Cli.config(file)), List.of())));
    }
}
