package chipsim.runner.game;

import chipsim.runner.engine.Seeds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.agents.PolicyRegistry;
import chipsim.market.report.AgentReport;
import chipsim.runner.Cli;
import chipsim.runner.scenario.Scenario;
import chipsim.runner.scenario.ScenarioLoader;
import chipsim.runner.sim.QuarterRecord;
import chipsim.runner.sim.RunResult;
import chipsim.runner.sim.Simulation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A simulated game runs end to end over a short horizon, and each of its cells is exactly what
 * single runs of the same scenario changes with the same seeds give.
 */
class GameSimulatedTest {

    private static final int QUARTERS = 3;
    private static final int REPLICATIONS = 2;
    private static final long SEED = 11;
    private static final double DISCOUNT = 0.05;

    /** The --set overrides a user would give `chipsim run` for each strategy of the game below. */
    private static final Map<String, List<String>> BY_HAND = Map.of(
            "ban", List.of("washington.policy=static", "washington.params={}"),
            "open", List.of("washington.policy=static", "washington.params={}",
                    "washington.setup.licenceAboveTpp=10000000", "washington.setup.banAboveTpp=10000000"),
            "quota", List.of(),
            "self-reliance", List.of("beijing.policy=self-reliance", "beijing.params={}"));

    @TempDir
    Path dir;

    @Test
    void cellsEqualTheDiscountedPayoffsOfSingleRunsWithTheSameSeeds() throws Exception {
        Path baseline = Path.of(Cli.config("baseline.yaml"));
        Path game = dir.resolve("tiny.yaml");
        Files.writeString(game, """
                kind: simulated
                name: tiny
                scenario: %s
                quarters: %d
                replications: %d
                seed: %d
                discountRatePerQuarter: %s
                roles:
                  washington:
                    ban: {policy: static}
                    open: {policy: static, set: [washington.setup.licenceAboveTpp=10000000,
                                                 washington.setup.banAboveTpp=10000000]}
                  beijing:
                    quota: {}
                    self-reliance: {policy: self-reliance}
                """.formatted(dir.relativize(baseline), QUARTERS, REPLICATIONS, SEED, DISCOUNT));
        Path out = dir.resolve("out");
        Cli.Result result = Cli.run("game", game.toString(), "--out", out.toString(), "--parallel", "3");
        assertEquals(0, result.status(), result.toString());

        List<Map<String, String>> runs = csv(out.resolve("runs.csv"));
        List<Map<String, String>> cells = csv(out.resolve("payoffs.csv"));
        assertEquals(4 * REPLICATIONS, runs.size());
        assertEquals(4, cells.size());
        Map<String, double[]> single = singleRuns(baseline);
        for (Map<String, String> run : runs) {
            // Replications are counted from 1; replication r runs with the r-th seed derived from SEED, as in sweeps.
            int replication = Integer.parseInt(run.get("replication"));
            assertTrue(replication >= 1 && replication <= REPLICATIONS, run.toString());
            String key = run.get("washington") + "/" + run.get("beijing") + "/" + (replication - 1);
            assertEquals(String.valueOf(Seeds.derive(SEED, REPLICATIONS).get(replication - 1)), run.get("seed"));
            assertClose(single.get(key)[0], Double.parseDouble(run.get("payoff.washington")), key);
            assertClose(single.get(key)[1], Double.parseDouble(run.get("payoff.beijing")), key);
        }
        for (Map<String, String> cell : cells) {
            String profile = cell.get("washington") + "/" + cell.get("beijing");
            for (int role = 0; role < 2; role++) {
                double mean = 0;
                for (int r = 0; r < REPLICATIONS; r++) {
                    mean += single.get(profile + "/" + r)[role] / REPLICATIONS;
                }
                String column = (role == 0 ? "washington" : "beijing");
                assertClose(mean, Double.parseDouble(cell.get("payoff." + column)), profile);
                assertTrue(Double.parseDouble(cell.get("payoff." + column + ".ci95_low")) <= mean + 1e-9, profile);
                assertTrue(Double.parseDouble(cell.get("payoff." + column + ".ci95_high")) >= mean - 1e-9, profile);
            }
        }

        JsonNode equilibria = new ObjectMapper().readTree(out.resolve("equilibria.json").toFile()).get("equilibria");
        assertTrue(equilibria.size() >= 1, equilibria.toString());
        for (JsonNode e : equilibria) {
            assertEquals(List.of("ban", "open"), fieldNames(e.get("strategies").get("washington")));
            assertEquals(List.of("quota", "self-reliance"), fieldNames(e.get("strategies").get("beijing")));
            assertEquals(List.of("washington", "beijing"), fieldNames(e.get("payoffs")));
        }
        String markdown = Files.readString(out.resolve("game.md"));
        assertTrue(markdown.contains("Robustness to the noise of the runs"), markdown);
        assertTrue(markdown.contains("`washington.setup.banAboveTpp=10000000`"), markdown);
        assertTrue(Files.readString(out.resolve("report.html")).contains("<svg"));
        assertTrue(Files.exists(out.resolve("game.log")));
    }

    /** Every (strategy, strategy, replication) run directly, without the game code: discounted payoffs. */
    private static Map<String, double[]> singleRuns(Path baseline) throws Exception {
        ScenarioLoader loader = new ScenarioLoader(PolicyRegistry.standard());
        Map<String, CompletableFuture<RunResult>> started = new HashMap<>();
        try (Simulation simulation = Simulation.start(2, PolicyRegistry.standard())) {
            for (String w : List.of("ban", "open")) {
                for (String b : List.of("quota", "self-reliance")) {
                    List<String> overrides = new ArrayList<>(BY_HAND.get(w));
                    overrides.addAll(BY_HAND.get(b));
                    Scenario scenario = loader.load(baseline, overrides).truncated(QUARTERS);
                    for (int r = 0; r < REPLICATIONS; r++) {
                        started.put(w + "/" + b + "/" + r,
                                simulation.run(scenario.withSeed(Seeds.derive(SEED, REPLICATIONS).get(r))).toCompletableFuture());
                    }
                }
            }
            Map<String, double[]> payoffs = new HashMap<>();
            for (Map.Entry<String, CompletableFuture<RunResult>> entry : started.entrySet()) {
                RunResult run = entry.getValue().get();
                assertTrue(run.ok(), run.error());
                payoffs.put(entry.getKey(), new double[] {discounted(run, "washington"), discounted(run, "beijing")});
            }
            return payoffs;
        }
    }

    private static double discounted(RunResult run, String agent) {
        double sum = 0;
        List<QuarterRecord> quarters = run.quarters();
        assertEquals(QUARTERS, quarters.size());
        for (int q = 0; q < quarters.size(); q++) {
            for (AgentReport report : quarters.get(q).agents()) {
                if (report.agentId().equals(agent)) {
                    sum += report.payoff() / Math.pow(1 + DISCOUNT, q);
                }
            }
        }
        return sum;
    }

    private static void assertClose(double expected, double actual, String where) {
        assertEquals(expected, actual, 1e-9 * Math.max(1, Math.abs(expected)), where);
    }

    private static List<Map<String, String>> csv(Path file) throws Exception {
        List<String> lines = Files.readAllLines(file);
        String[] header = lines.get(0).split(",");
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], fields[i]);
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
