package chipsim.runner.clearing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.market.Quarter;
import chipsim.market.rules.ExportRules;
import chipsim.market.rules.ImportPolicy;
import chipsim.runner.sim.QuarterRecord;
import chipsim.runner.sim.RunResult;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The must-hold check itself, on runs made by hand: it fails where it must and passes where it may. */
class MarketClearsTest {

    private static QuarterRecord quarter(String quarter, double left, double traded) {
        TreeMap<String, Double> metrics = new TreeMap<>(Map.of("left_on_table_usd", left, "traded_value_usd", traded,
                "left_on_table_triples", left > 0 ? 1.0 : 0.0));
        return new QuarterRecord(Quarter.parse(quarter), ExportRules.classify(List.of(), 0, 0, 0, 0, 0, 1,
                new TreeMap<>(), new TreeMap<>()), ImportPolicy.openDoor(), new TreeMap<>(), List.of(), List.of(),
                metrics, List.of(), new TreeMap<>(), List.of());
    }

    private static RunResult run(QuarterRecord... quarters) {
        return new RunResult(null, List.of(quarters), null);
    }

    @Test
    void aQuarterThatLeftMoreThanTwoPercentFailsByName() {
        RunResult run = run(quarter("2025Q1", 0, 1e9), quarter("2025Q2", 3e7, 1e9), quarter("2025Q3", 1e7, 1e9));
        AssertionFailedError error = assertThrows(AssertionFailedError.class,
                () -> MarketClears.assertClears("synthetic", run));
        assertTrue(error.getMessage().contains("2025Q2: $30,000,000 left on the table"), error.getMessage());
        assertTrue(!error.getMessage().contains("2025Q3"), "1% is within the tolerance: " + error.getMessage());
        assertEquals("2025Q2", MarketClears.worst(run).quarter());
        assertEquals(0.03, MarketClears.worst(run).share(), 1e-12);
    }

    @Test
    void quartersWithinTwoPercentPass() {
        MarketClears.assertClears("synthetic", run(quarter("2025Q1", 0, 1e9), quarter("2025Q2", 2e7, 1e9)));
    }

    @Test
    void valueLeftInAQuarterThatTradedNothingFails() {
        assertThrows(AssertionFailedError.class,
                () -> MarketClears.assertClears("synthetic", run(quarter("2025Q1", 1, 0))));
    }

    @Test
    void aRunWithoutTheFiguresOrWithoutQuartersIsNoPass() {
        QuarterRecord bare = new QuarterRecord(Quarter.parse("2025Q1"), ExportRules.classify(List.of(), 0, 0, 0, 0, 0,
                1, new TreeMap<>(), new TreeMap<>()), ImportPolicy.openDoor(), new TreeMap<>(), List.of(), List.of(),
                new TreeMap<>(), List.of(), new TreeMap<>(), List.of());
        assertThrows(IllegalArgumentException.class, () -> MarketClears.assertClears("bare", run(bare)));
        assertThrows(AssertionFailedError.class, () -> MarketClears.assertClears("empty", run()));
        assertThrows(AssertionFailedError.class,
                () -> MarketClears.assertClears("failed", new RunResult(null, List.of(), "nvidia, trade, 2025Q1")));
    }
}
