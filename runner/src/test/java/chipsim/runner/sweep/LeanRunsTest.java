package chipsim.runner.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.agents.PolicyRegistry;
import chipsim.runner.Cli;
import chipsim.runner.cli.ExitCodes;
import chipsim.runner.scenario.Scenario;
import chipsim.runner.scenario.ScenarioLoader;
import chipsim.runner.sim.QuarterRecord;
import chipsim.runner.sim.RunInputs;
import chipsim.runner.sim.RunResult;
import chipsim.runner.sim.Simulation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep whose figures read nothing of the market's left-on-table diagnostic runs without it
 * (the lean run); what it records must be what the full run gives, to the bit.
 */
class LeanRunsTest {

    @TempDir
    Path dir;

    @Test
    void aLeanRunDiffersFromTheFullOneOnlyByTheLeftOnTableColumns() throws Exception {
        PolicyRegistry registry = PolicyRegistry.standard();
        Scenario base = new ScenarioLoader(registry).loadBundled(ScenarioLoader.BUNDLED_BASELINE, List.of());
        try (Simulation simulation = Simulation.start(2, registry)) {
            for (long seed : List.of(3L, 11L)) {
                Scenario scenario = base.withSeed(seed);
                RunResult full = simulation.runToEnd(scenario, RunInputs.LEAN);
                RunResult lean = simulation.runToEnd(scenario, RunInputs.LEAN.withoutLeftOnTable());
                assertTrue(full.ok() && lean.ok(), full.error() + " / " + lean.error());
                assertEquals(full.quarters().size(), lean.quarters().size());
                boolean anyLeftOnTable = false;
                for (int q = 0; q < full.quarters().size(); q++) {
                    QuarterRecord f = full.quarters().get(q);
                    QuarterRecord l = lean.quarters().get(q);
                    SortedMap<String, Double> expected = new TreeMap<>(f.metrics());
                    anyLeftOnTable |= expected.get("left_on_table_usd") > 0;
                    RunInputs.LEFT_ON_TABLE_COLUMNS.forEach(expected::remove);
                    assertEquals(expected, l.metrics(), "metrics of quarter " + f.quarter());
                    assertEquals(f.agents(), l.agents(), "agent reports of quarter " + f.quarter());
                    assertEquals(f.fills(), l.fills());
                    assertEquals(f.books(), l.books());
                    assertEquals(f.events(), l.events());
                    assertEquals(f.messages(), l.messages(), "message counts of quarter " + f.quarter());
                    assertEquals(f.exportRules(), l.exportRules());
                    assertEquals(f.importPolicy(), l.importPolicy());
                }
                // The comparison means something only if the full run had something to leave out.
                assertTrue(anyLeftOnTable, "the baseline leaves something on the table in some quarter");
            }
        }
    }

    @Test
    void onlyFiguresThatReadNoLeftOnTableColumnMakeARunLean() {
        assertFalse(MetricSet.of(List.of("end.china_units", "payoff.washington")).runInputs().measuresLeftOnTable());
        assertTrue(MetricSet.of(List.of("end.china_units", "mean.left_on_table_usd")).runInputs()
                .measuresLeftOnTable());
        assertTrue(MetricSet.of(List.of("max.left_on_table_triples")).runInputs().measuresLeftOnTable());
        assertTrue(MetricSet.withQuarters(List.of("china_units", "left_on_table_usd"), List.of("nvidia"),
                List.of("2026Q1")).runInputs().measuresLeftOnTable());
        assertFalse(MetricSet.discountedPayoffs(List.of("washington"), 0.01).runInputs().measuresLeftOnTable());
        assertTrue(MetricSet.defaults(List.of("china_units", "left_on_table_usd"), List.of()).runInputs()
                .measuresLeftOnTable());
    }

    @Test
    void aSweepWritesTheSameBytesWithLeanRunsAsWithFullOnes() throws Exception {
        // --keep-traces writes each run's folder, so its runs are full; without it they are lean.
        Path file = SweepDesignTest.write(dir, "small.yaml", SweepRunTest.SWEEP);
        Cli.Result lean = Cli.run("sweep", file.toString(), "--out", dir.resolve("lean").toString());
        Cli.Result full = Cli.run("sweep", file.toString(), "--out", dir.resolve("full").toString(), "--keep-traces");
        assertEquals(ExitCodes.OK, lean.status(), lean.toString());
        assertEquals(ExitCodes.OK, full.status(), full.toString());
        for (String name : List.of(SweepFolder.RUNS, SweepFolder.SUMMARY, ResolvedSweep.FILE)) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("full").resolve(name)),
                    Files.readAllBytes(dir.resolve("lean").resolve(name)), name);
        }
        assertTrue(Files.readString(dir.resolve("full").resolve(SweepFolder.TRACES).resolve("p1-r1")
                .resolve("quarters.csv")).contains("left_on_table_usd"));
    }
}
