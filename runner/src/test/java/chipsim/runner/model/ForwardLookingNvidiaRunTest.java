package chipsim.runner.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.runner.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The baseline with Nvidia's forward-looking policy, alone and with derived-demand buyers and
 * clearing prices (docs/model.md 7.3b): it runs deterministically, and its revenue path turns
 * fewer times than market-clearing's on the same market.
 */
class ForwardLookingNvidiaRunTest {

    private static final List<String> BUYERS = List.of("bytedance", "alibaba", "tencent", "baidu", "china-others",
            "us-clouds");

    @TempDir
    Path tmp;

    /** The baseline, Nvidia on {@code nvidiaPolicy}; with derived-demand buyers and clearing prices if asked. */
    private Path scenario(String nvidiaPolicy, boolean derivedAndClearing) throws IOException {
        StringBuilder text = new StringBuilder("base: " + Cli.config("baseline.yaml") + "\nname: forward\nagents:\n");
        String pricing = derivedAndClearing ? "pricing: clearing" : "pricing: step";
        text.append("  nvidia:\n    policy: ").append(nvidiaPolicy).append("\n    params: {").append(pricing)
                .append(nvidiaPolicy.equals("market-clearing") ? ", capacityHeadroom: 1.3" : "").append("}\n");
        if (derivedAndClearing) {
            text.append("  huawei:\n    params: {investShare: 0.15, pricing: clearing}\n");
            for (String buyer : BUYERS) {
                boolean us = buyer.equals("us-clouds");
                text.append("  ").append(buyer).append(":\n    policy: derived-demand\n    params: {referencePriceUsdPerH100e: ")
                        .append(us ? 25000 : 45000).append(us ? ", acceptGrey: false" : "").append("}\n");
            }
        }
        Path file = tmp.resolve(nvidiaPolicy + "-" + derivedAndClearing + ".yaml");
        Files.writeString(file, text.toString());
        return file;
    }

    private Path run(Path scenario, String name, String... extra) {
        Path out = tmp.resolve(name);
        List<String> args = new ArrayList<>(List.of("run", scenario.toString(), "--out", out.toString()));
        args.addAll(List.of(extra));
        Cli.Result result = Cli.run(args.toArray(String[]::new));
        assertEquals(0, result.status(), result.toString());
        return out;
    }

    private static List<Map<String, String>> rows(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        String[] header = lines.get(0).split(",", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], cells[i]);
            }
            rows.add(row);
        }
        return rows;
    }

    /** How many times Nvidia's quarterly revenue turns from rising to falling or back. */
    static int directionChanges(Path run) throws IOException {
        List<Double> revenue = rows(run.resolve("quarters.csv")).stream()
                .map(row -> Double.parseDouble(row.get("nvidia_revenue_usd"))).toList();
        int changes = 0;
        int previous = 0;
        for (int i = 1; i < revenue.size(); i++) {
            int sign = Double.compare(revenue.get(i), revenue.get(i - 1));
            if (sign != 0) {
                changes += previous != 0 && sign != previous ? 1 : 0;
                previous = sign;
            }
        }
        return changes;
    }

    @Test
    void itRunsToTheSameBytesAtAnyThreadCount() throws IOException {
        Path scenario = scenario("forward-looking", true);
        Path one = run(scenario, "one", "--threads", "1");
        Path four = run(scenario, "four", "--threads", "4");
        for (String file : List.of("trace.jsonl", "quarters.csv", "agents.csv", "decisions.jsonl")) {
            assertArrayEquals(Files.readAllBytes(one.resolve(file)), Files.readAllBytes(four.resolve(file)),
                    file + " differs");
        }
        Path replayed = run(scenario, "replayed", "--replay", one.resolve("decisions.jsonl").toString());
        assertArrayEquals(Files.readAllBytes(one.resolve("trace.jsonl")), Files.readAllBytes(replayed.resolve("trace.jsonl")),
                "its memory is in its decisions: a replay gives the same trace");
        Path baselineBuyers = run(scenario("forward-looking", false), "baseline-buyers");
        assertTrue(Files.size(baselineBuyers.resolve("trace.jsonl")) > 0);
    }

    @Test
    void underDerivedDemandItsRevenueTurnsLessOftenThanMarketClearings() throws IOException {
        int forward = directionChanges(run(scenario("forward-looking", true), "forward"));
        int clearing = directionChanges(run(scenario("market-clearing", true), "clearing"));
        assertTrue(forward < clearing, "forward-looking turns " + forward + " times, market-clearing " + clearing);
        assertTrue(forward <= 6, "forward-looking turns " + forward + " times in 15 quarters");
    }
}
