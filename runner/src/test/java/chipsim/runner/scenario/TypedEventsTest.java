package chipsim.runner.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.runner.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scripted events are typed and checked with the scenario: overflow and unknown policies are refused up front. */
class TypedEventsTest {

    @TempDir
    Path tmp;

    private Path scenario(String... events) throws IOException {
        Path file = tmp.resolve("events.yaml");
        StringBuilder text = new StringBuilder("base: " + Cli.config("baseline.yaml") + "\nend: 2024Q4\nevents:\n");
        for (String event : events) {
            text.append("  ").append(event).append('\n');
        }
        Files.writeString(file, text.toString());
        return file;
    }

    @Test
    void aStockChangeTooLargeForALongIsRefusedWithItsPlace() throws IOException {
        Cli.Result result = Cli.run("validate", scenario("2024Q2: huawei hbm-stock +9999999999999999999").toString());
        assertEquals(2, result.status(), result.toString());
        assertTrue(result.err().contains("events.2024Q2"), result.err());
        assertTrue(result.err().contains("is outside"), result.err());
        assertFalse(result.err().contains("\tat "));
    }

    @Test
    void aPolicySwitchTakesEffectFromItsQuarter() throws IOException {
        Path out = tmp.resolve("run");
        Cli.Result result = Cli.run("run", scenario("2024Q3: nvidia plays cost-plus with capacityHeadroom=1.1").toString(),
                "--out", out.toString());
        assertEquals(0, result.status(), result.toString());
        List<String> nvidia = Files.readAllLines(out.resolve("decisions.jsonl")).stream()
                .filter(line -> line.contains("\"agent\":\"nvidia\"")).toList();
        assertEquals(12, nvidia.size(), "three decisions a quarter for four quarters");
        for (String line : nvidia) {
            boolean switched = line.contains("\"quarter\":\"2024Q3\"") || line.contains("\"quarter\":\"2024Q4\"");
            assertEquals(switched, line.contains("\"decidedBy\":\"policy:cost-plus\""), line);
        }
        Path replayed = tmp.resolve("again");
        Cli.Result replay = Cli.run("run", scenario("2024Q3: nvidia plays cost-plus with capacityHeadroom=1.1")
                .toString(), "--replay", out.resolve("decisions.jsonl").toString(), "--out", replayed.toString());
        assertEquals(0, replay.status(), replay.toString());
        assertEquals(Files.readString(out.resolve("trace.jsonl")), Files.readString(replayed.resolve("trace.jsonl")));
    }

    @Test
    void aSwitchToAnUnknownPolicyOrParameterIsRefused() throws IOException {
        Cli.Result unknown = Cli.run("validate", scenario("2024Q3: nvidia plays cost-pluss").toString());
        assertEquals(2, unknown.status(), unknown.toString());
        assertTrue(unknown.err().contains("unknown nvidia policy 'cost-pluss'"), unknown.err());
        assertTrue(unknown.err().contains("cost-plus"), "suggests the right name: " + unknown.err());
        Cli.Result badParam = Cli.run("validate", scenario("2024Q3: nvidia plays cost-plus with nosuch=1").toString());
        assertEquals(2, badParam.status(), badParam.toString());
        assertTrue(badParam.err().contains("nosuch"), badParam.err());
    }
}
