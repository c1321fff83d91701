package chipsim.runner.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.DoubleNode;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RunsCheckTest {

    /** point, share, replication, seed, status, error, scenario_sha256, end.x, sweep_sha256, chipsim_version */
    static final RunsTable TABLE = new RunsTable(
            List.of(new Axis("washington.params.revenueShare", List.of(DoubleNode.valueOf(0.1)), null, "values")),
            MetricSet.of(List.of("end.x")), "s", "v");
    static final Set<Integer> POINTS = Set.of(0, 1);
    static final List<Long> SEEDS = List.of(11L, 12L);

    private static List<String> row(String point, String replication, String seed, String status, String metric) {
        return List.of(point, "0.1", replication, seed, status, "", "h", metric, "s", "v");
    }

    @Test
    void soundRowsPassIncludingAFailedRunWithoutMetrics() {
        assertEquals(List.of(), RunsCheck.problems(List.of(row("0", "1", "11", "ok", "2.5"),
                row("0", "2", "12", "failed", ""), row("1", "1", "11", "ok", "-1e3")), TABLE, POINTS, SEEDS));
    }

    /** A run that has no such figure (the price of a chip nobody offered at the end) writes it empty; a resume keeps it. */
    @Test
    void anOkRunWithAFigureItDoesNotHaveIsSound() {
        assertEquals(List.of(), RunsCheck.problems(List.of(row("0", "1", "11", "ok", "")), TABLE, POINTS, SEEDS));
    }

    @Test
    void eachKindOfDamageIsNamedWithItsLine() {
        List<String> problems = RunsCheck.problems(List.of(
                row("0", "1", "11", "ok", "2.5"),
                List.of("0", "0.1", "2"),
                row("7", "1", "11", "ok", "1"),
                row("1", "3", "11", "ok", "1"),
                row("1", "2", "99", "ok", "1"),
                row("1", "1", "11", "done", "1"),
                row("1", "1", "11", "ok", "lots"),
                row("0", "1", "11", "ok", "2.5")), TABLE, POINTS, SEEDS);
        assertEquals(List.of(
                "line 3: has 3 fields, the header has 10",
                "line 4: point '7' is not a point of this sweep",
                "line 5: replication '3' is not one of 1 to 2",
                "line 6: seed '99' is not the seed of replication 2 (12)",
                "line 7: status 'done' is neither ok nor failed",
                "line 8: end.x 'lots' is not a number",
                "line 9: repeats the run of line 2 (point 0, seed 11): two chipsim processes wrote this folder at once"),
                problems);
        String message = RunsCheck.message("out/runs.csv", problems);
        assertTrue(message.startsWith("out/runs.csv is damaged"), message);
        assertTrue(message.endsWith("or start the sweep afresh with another --out"), message);
    }
}
