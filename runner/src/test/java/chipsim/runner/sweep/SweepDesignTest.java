package chipsim.runner.sweep;

import chipsim.runner.engine.Seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The designs produce the points docs/sweeps.md describes. */
class SweepDesignTest {

    @TempDir
    Path dir;

    private SweepFile read(String yaml) throws Exception {
        Path file = dir.resolve("sweep.yaml");
        Files.writeString(file, yaml);
        return SweepReader.read(file);
    }

    private static List<String> column(List<Point> points, int axis) {
        return points.stream().map(p -> p.cells().get(axis)).toList();
    }

    @Test
    void gridTakesEveryCombinationWithTheLastAxisFastest() throws Exception {
        SweepFile sweep = read("""
                base: bundled:baseline
                axes:
                  washington.params.revenueShare: {values: [0.1, 0.2]}
                  beijing.params.domesticRatio: {range: {from: 0, to: 0.3, step: 0.1}}
                """);
        List<Point> points = sweep.design().points(sweep.axes(), sweep.seed());
        assertEquals(8, points.size());
        assertEquals(List.of("0.1", "0.1", "0.1", "0.1", "0.2", "0.2", "0.2", "0.2"), column(points, 0));
        // Exact decimal steps: 0.1 + 0.1 + 0.1 is 0.3 here, not 0.30000000000000004.
        assertEquals(List.of("0", "0.1", "0.2", "0.3", "0", "0.1", "0.2", "0.3"), column(points, 1));
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), points.stream().map(Point::id).toList());
        assertEquals(List.of("washington.params.revenueShare=0.2", "beijing.params.domesticRatio=0.1"),
                points.get(5).overrides(sweep.axes()));
    }

    @Test
    void randomDrawsTheSamplesWithinTheAxesAndDependsOnlyOnTheSeed() throws Exception {
        String yaml = """
                base: bundled:baseline
                seed: %d
                design: {type: random, samples: 30}
                axes:
                  washington.params.revenueShare: {distribution: {type: uniform, min: 0.1, max: 0.4}}
                  beijing.params.firstQuotaUnits: {values: [1000, 2000, 3000]}
                  washington.params.licenceCeilingTpp: {distribution: {type: log-uniform, min: 1000, max: 100000, integer: true}}
                """;
        SweepFile sweep = read(yaml.formatted(5));
        List<Point> points = sweep.design().points(sweep.axes(), sweep.seed());
        assertEquals(30, points.size());
        for (Point point : points) {
            double share = point.values().get(0).doubleValue();
            assertTrue(share >= 0.1 && share < 0.4, "share " + share);
            assertTrue(List.of("1000", "2000", "3000").contains(point.cells().get(1)));
            JsonNode tpp = point.values().get(2);
            assertTrue(tpp.isIntegralNumber() && tpp.longValue() >= 1000 && tpp.longValue() <= 100000, "tpp " + tpp);
        }
        assertEquals(points, sweep.design().points(sweep.axes(), sweep.seed()));
        SweepFile other = read(yaml.formatted(6));
        assertNotEquals(column(points, 0), column(other.design().points(other.axes(), other.seed()), 0));
    }

    @Test
    void latinHypercubeUsesEveryStratumOfEveryAxisOnce() throws Exception {
        SweepFile sweep = read("""
                base: bundled:baseline
                seed: 3
                design: {type: latin-hypercube, samples: 10}
                axes:
                  washington.params.revenueShare: {distribution: {type: uniform, min: 0, max: 1}}
                  beijing.params.domesticRatio: {distribution: {type: normal, mean: 0.5, sd: 0.2, min: 0, max: 1}}
                  beijing.params.firstQuotaUnits: {range: {from: 1, to: 10, step: 1}}
                """);
        List<Point> points = sweep.design().points(sweep.axes(), sweep.seed());
        assertEquals(10, points.size());
        Set<Integer> strata = new HashSet<>();
        for (Point point : points) {
            strata.add((int) Math.floor(point.values().get(0).doubleValue() * 10));
        }
        assertEquals(10, strata.size(), "each tenth of [0, 1) exactly once");
        Set<String> listed = new HashSet<>(column(points, 2));
        assertEquals(10, listed.size(), "ten values for ten samples: each once");
        Distribution normal = sweep.axes().get(1).distribution();
        Set<Integer> normalStrata = new HashSet<>();
        for (Point point : points) {
            double value = point.values().get(1).doubleValue();
            assertTrue(value >= 0 && value <= 1);
            normalStrata.add(stratum(normal, value, 10));
        }
        assertEquals(10, normalStrata.size(), "each tenth of the truncated normal's probability once");
    }

    /** Which of n equal-probability strata of the distribution a value lies in, by bisection on u. */
    private static int stratum(Distribution distribution, double value, int n) {
        for (int s = 0; s < n; s++) {
            if (value < distribution.quantile((s + 1) / (double) n)) {
                return s;
            }
        }
        return n - 1;
    }

    @Test
    void replicationSeedsAreDistinctAndTheSameForTheSameSweepSeed() {
        List<Long> seeds = Seeds.derive(2025, 50);
        assertEquals(50, new HashSet<>(seeds).size());
        assertEquals(seeds, Seeds.derive(2025, 50));
        assertEquals(seeds.subList(0, 5), Seeds.derive(2025, 5), "adding replications keeps the earlier seeds");
        assertTrue(seeds.stream().allMatch(s -> s > 0));
    }

    @Test
    void theSummaryMeanOfEqualValuesIsThatValueWithNoSpread() {
        assertEquals(List.of("24.539932702086922", "0", "24.539932702086922", "24.539932702086922"),
                Summary.statistics(new double[] {24.539932702086922, 24.539932702086922, 24.539932702086922}));
        // t(0.975, 3) = 3.182446305284263: mean 2.5, sd 1.2909944487358056
        List<String> spread = Summary.statistics(new double[] {1, 2, 3, 4});
        assertEquals("2.5", spread.get(0));
        assertEquals(2.5 - 3.182446305284263 * 1.2909944487358056 / 2, Double.parseDouble(spread.get(2)), 1e-8);
        assertEquals(List.of("7", "", "", ""), Summary.statistics(new double[] {7}));
    }

    @Test
    void scenarioHashesMatchTheWholeYamlOfEachRun() throws Exception {
        SweepFile sweep = read("base: bundled:baseline\nquarters: 2\n");
        SweepPlan plan = new SweepPlanner(chipsim.agents.PolicyRegistry.standard()).plan(sweep, List.of(), null);
        ScenarioHashes hashes = new ScenarioHashes("9.9");
        for (long seed : List.of(1L, 0L, 987654321L)) {
            RunSpec run = new RunSpec(plan.points().get(0), 1, seed, plan.scenarios().get(0).withSeed(seed));
            assertEquals(Hashes.sha256(chipsim.runner.scenario.ScenarioWriter.toYaml(run.scenario(), "9.9")),
                    hashes.of(run));
        }
    }

    /** A scenario that extends another (as every configs/scenarios/ file does) is a base like any. */
    @Test
    void aBaseThatExtendsAnotherScenarioKeepsWhatItChanges() throws Exception {
        String fullBan = chipsim.runner.Cli.config("scenarios/full-ban.yaml");
        for (String base : List.of(fullBan, "bundled:scenarios/full-ban")) {
            SweepFile sweep = read("base: " + base + "\nquarters: 2\naxes:\n  washington.setup.enforcement:\n"
                    + "    values: [0.2, 0.8]\n");
            SweepPlan plan = new SweepPlanner(chipsim.agents.PolicyRegistry.standard()).plan(sweep, List.of(), null);
            for (chipsim.runner.scenario.Scenario scenario : plan.scenarios()) {
                assertEquals("full-ban", scenario.name(), base);
                chipsim.agents.AgentSpec washington = scenario.agents().stream()
                        .filter(a -> a.id().equals("washington")).findFirst().orElseThrow();
                assertEquals("static", washington.policyName(), base);
                assertEquals(6, scenario.agents().stream().filter(a -> a.role().equals("buyer")).count(),
                        "the buyers come from the baseline under full-ban: " + base);
            }
        }
    }

    static Path write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }
}
