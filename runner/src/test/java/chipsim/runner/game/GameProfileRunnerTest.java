package chipsim.runner.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.agents.PolicyRegistry;
import chipsim.runner.Cli;
import chipsim.runner.engine.Seeds;
import chipsim.runner.scenario.Scenario;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The game's side of the ProfileRunner interface, with a stand-in runner instead of simulations. */
class GameProfileRunnerTest {

    private static SimulatedGame game;

    @BeforeAll
    static void read() throws Exception {
        game = ((GameFiles.SimulatedFile) GameFiles.read(Path.of(Cli.config("games/export-control-variants.yaml")),
                PolicyRegistry.standard())).game();
    }

    @Test
    void everyProfileAndReplicationIsAskedForOnceWithItsSeed() throws Exception {
        List<Scenario> asked = new ArrayList<>();
        // Each role earns its seed in the first quarter and 1 in each later one.
        ProfileRunner stub = (scenarios, progress) -> {
            asked.addAll(scenarios);
            return scenarios.stream().map(s -> {
                TreeMap<String, double[]> payoffs = new TreeMap<>();
                for (String role : List.of("washington", "beijing", "nvidia")) {
                    double[] quarterly = new double[s.quarters()];
                    java.util.Arrays.fill(quarterly, 1);
                    quarterly[0] = s.seed();
                    payoffs.put(role, quarterly);
                }
                return new ProfileRunner.RunPayoffs(payoffs, null);
            }).toList();
        };
        SimulatedGamePlayer.Played played = SimulatedGamePlayer.play(game, stub, (done, total) -> { });
        assertEquals(8 * 2, asked.size());
        List<Long> seeds = Seeds.derive(42, 2);
        assertEquals(seeds, asked.subList(0, 2).stream().map(Scenario::seed).toList());
        assertEquals("no-variants", game.strategyNames(2).get(1));
        assertEquals(Boolean.FALSE, asked.get(2).agent("nvidia").policyParams().get("designVariants"));
        // The first seed then 7 quarters of 1 discounted at 2%; the cell is the mean over the two seeds.
        double later = 0;
        for (int q = 1; q < 8; q++) {
            later += 1 / Math.pow(1.02, q);
        }
        double mean = (seeds.get(0) + seeds.get(1)) / 2.0 + later;
        assertEquals(seeds.get(0) + later, played.runPayoffs()[0][0][0], 1e-6);
        assertEquals(mean, played.game().payoff(0, 0).toDouble(), 1e-6);
        Game.Interval interval = played.game().interval(0, 0);
        // sd of two values a, b is |a - b| / sqrt 2; t(0.975, 1) = 12.7062.
        double half = 12.7062 * Math.abs(seeds.get(0) - seeds.get(1)) / Math.sqrt(2) / Math.sqrt(2);
        assertEquals(mean - half, interval.low(), 1e-4 * half);
    }

    @Test
    void aFailedRunNamesItsProfileReplicationAndSeed() {
        ProfileRunner failing = (scenarios, progress) -> scenarios.stream()
                .map(s -> new ProfileRunner.RunPayoffs(new TreeMap<>(), "nvidia missed the trade phase in 2024Q3"))
                .toList();
        SimulatedGamePlayer.RunFailed e = assertThrows(SimulatedGamePlayer.RunFailed.class,
                () -> SimulatedGamePlayer.play(game, failing, (done, total) -> { }));
        assertTrue(e.getMessage().contains("profile (ban, self-reliance, variants), replication 1 (seed " + Seeds.derive(42, 2).get(0) + ") failed: "
                + "nvidia missed the trade phase in 2024Q3"), e.getMessage());
    }
}
