package chipsim.runner;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import chipsim.agents.PolicyRegistry;
import chipsim.runner.game.GameFiles;
import chipsim.runner.scenario.ScenarioException;
import chipsim.runner.sweep.SweepPlanner;
import chipsim.runner.sweep.SweepReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every sweep and game file the project ships passes the checks its command makes before it runs
 * anything: a parameter renamed or dropped from a policy must be followed in configs/sweeps and
 * configs/games in the same change (four sweeps once named a parameter Nvidia's policy had lost).
 */
class ShippedConfigsTest {

    private static List<Path> files(String folder) throws Exception {
        try (Stream<Path> list = Files.list(Path.of(Cli.config(folder)))) {
            return list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyShippedSweepPlans() throws Exception {
        List<Path> sweeps = files("sweeps");
        assertFalse(sweeps.isEmpty());
        return sweeps.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            try {
                new SweepPlanner(PolicyRegistry.standard()).plan(SweepReader.read(file), List.of(), null);
            } catch (ScenarioException e) {
                fail(e.getMessage());
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyShippedGameReads() throws Exception {
        List<Path> games = files("games");
        assertFalse(games.isEmpty());
        return games.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            try {
                GameFiles.read(file, PolicyRegistry.standard());
            } catch (ScenarioException e) {
                fail(e.getMessage());
            }
        }));
    }
}
