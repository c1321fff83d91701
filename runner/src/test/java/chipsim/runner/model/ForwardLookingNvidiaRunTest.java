package chipsim.runner.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.runner.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The baseline's Nvidia (forward-looking, docs/model.md 7.3b) runs deterministically and replays,
 * and its revenue path is far calmer than market-clearing's on the same market: planning from
 * last quarter's over-ordered bids makes a cobweb, planning from expected demand does not.
 */
class ForwardLookingNvidiaRunTest {

    /** The baseline with Nvidia on market-clearing, as the baseline ran it before. */
    private static final String[] MARKET_CLEARING = {"--set", "nvidia.policy=market-clearing", "--set",
            "nvidia.params={pricing: clearing, capacityHeadroom: 1.3}"};

    @TempDir
    Path tmp;

    private Path run(String name, String... extra) {
        Path out = tmp.resolve(name);
        List<String> args = new ArrayList<>(List.of("run", "--out", out.toString()));
        args.addAll(List.of(extra));
        Cli.Result result = Cli.run(args.toArray(String[]::new));
        assertEquals(0, result.status(), result.toString());
        return out;
    }

    /** Nvidia's revenue per quarter. */
    private static List<Double> revenue(Path run) throws IOException {
        List<String> lines = Files.readAllLines(run.resolve("quarters.csv"));
        List<String> header = List.of(lines.get(0).split(",", -1));
        int column = header.indexOf("nvidia_revenue_usd");
        return lines.subList(1, lines.size()).stream().map(l -> Double.parseDouble(l.split(",", -1)[column])).toList();
    }

    /** The sum over quarters of |revenue_q / revenue_{q-1} - 1|: how much the path moves. */
    static double totalVariation(List<Double> revenue) {
        double total = 0;
        for (int i = 1; i < revenue.size(); i++) {
            if (revenue.get(i - 1) > 0) {
                total += Math.abs(revenue.get(i) / revenue.get(i - 1) - 1.0);
            }
        }
        return total;
    }

    @Test
    void itRunsToTheSameBytesAtAnyThreadCountAndReplays() throws IOException {
        Path one = run("one", "--threads", "1");
        Path four = run("four", "--threads", "4");
        for (String file : List.of("trace.jsonl", "quarters.csv", "agents.csv", "decisions.jsonl")) {
            assertArrayEquals(Files.readAllBytes(one.resolve(file)), Files.readAllBytes(four.resolve(file)),
                    file + " differs");
        }
        Path replayed = run("replayed", "--replay", one.resolve("decisions.jsonl").toString());
        assertArrayEquals(Files.readAllBytes(one.resolve("trace.jsonl")), Files.readAllBytes(replayed.resolve("trace.jsonl")),
                "its memory is in its decisions: a replay gives the same trace");
    }

    @Test
    void itsRevenuePathMovesFarLessThanMarketClearings() throws IOException {
        double forward = totalVariation(revenue(run("forward")));
        double clearing = totalVariation(revenue(run("clearing", MARKET_CLEARING)));
        assertTrue(forward < clearing / 2, "quarter-on-quarter moves add to " + forward + " for forward-looking, "
                + clearing + " for market-clearing");
    }

    @Test
    void totalVariationAddsTheRelativeMoves() {
        assertEquals(0.5 + 0.5, totalVariation(List.of(10.0, 15.0, 7.5)), 1e-12);
        assertEquals(0, totalVariation(List.of(0.0, 5.0)), 1e-12);
    }
}
