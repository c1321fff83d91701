package chipsim.runner.scenario;

import static chipsim.runner.scenario.ScenarioFixtures.assertOk;
import static chipsim.runner.scenario.ScenarioFixtures.trace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.runner.Cli;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How long a run is: --quarters N runs N quarters from the start, more than the file gives as
 * well as fewer; and a horizon or growth the model cannot hold is refused before the run, with the
 * place and the limit, instead of failing with a long overflow decades in.
 */
class HorizonTest {

    @TempDir
    Path tmp;

    @Test
    void quartersLongerThanTheScenarioRunThatMany() throws IOException {
        Path out = tmp.resolve("twenty");
        assertOk(Cli.run("run", "--quarters", "20", "--out", out.toString()));   // the baseline has 16
        List<JsonNode> quarters = trace(out);
        assertEquals(20, quarters.size());
        assertEquals("2028Q4", quarters.get(19).get("quarter").asText());
        assertTrue(Files.readString(out.resolve("scenario.resolved.yaml")).contains("\nend: 2028Q4\n"));
    }

    @Test
    void quartersShorterThanTheScenarioStillTruncate() {
        Path out = tmp.resolve("three");
        assertOk(Cli.run("run", "--quarters", "3", "--out", out.toString()));
        assertEquals(3, trace(out).size());
    }

    @Test
    void quartersOutsideOneTo400AreRefusedAtTheOption() {
        Cli.Result result = Cli.run("run", "--quarters", "401", "--out", tmp.resolve("never").toString());
        assertEquals(2, result.status(), result.toString());
        assertTrue(result.err().contains("--quarters 401: --quarters must be from 1 to 400, not 401"), result.err());
        assertFalse(Files.exists(tmp.resolve("never")));
    }

    /** The schema allows 400 quarters; the baseline's growth rates cannot compound that long. */
    @Test
    void theBaselineExtendedTo2123IsRefusedWithTheRateAndTheLimit() {
        Cli.Result result = Cli.run("run", "--set", "end=2123Q4", "--out", tmp.resolve("never").toString());
        assertEquals(2, result.status(), result.toString());
        assertTrue(result.err().contains("configs/baseline.yaml:"), "placed in the file: " + result.err());
        assertTrue(result.err().contains("agents.tsmc.setup.otherCustomersGrowth: otherCustomersGrowth = 0.15 "
                + "(share per quarter) compounds to a factor of"), result.err());
        assertTrue(result.err().contains("over the 400 quarters of the run, more than 1e+06"), result.err());
        assertFalse(result.err().contains("ArithmeticException"), result.err());
        assertFalse(Files.exists(tmp.resolve("never")));

        Cli.Result byOption = Cli.run("run", "--quarters", "400", "--out", tmp.resolve("never").toString());
        assertEquals(2, byOption.status(), byOption.toString());
        assertTrue(byOption.err().contains("--quarters 400: agents.tsmc.setup.otherCustomersGrowth:"), byOption.err());
    }

    /** 98 quarters is the longest TSMC's other customers' 15% growth allows (1.15^98 < 10^6 < 1.15^99). */
    @Test
    void theLongestHorizonTheLimitAllowsRuns() {
        Path out = tmp.resolve("long");
        assertOk(Cli.run("run", "--quarters", "98", "--out", out.toString()));
        assertEquals("2048Q2", trace(out).get(97).get("quarter").asText());
        Cli.Result one = Cli.run("validate", "--set", "end=2048Q3");
        assertEquals(2, one.status(), one.toString());
    }

    /** In range for the schema (at most 10 a quarter) but a factor of 4.6e16 over 16 quarters. */
    @Test
    void growthThatCannotRunIsRefusedAtItsPlace() {
        Cli.Result result = Cli.run("run", "--set", "tsmc.setup.otherCustomersGrowth=10", "--out",
                tmp.resolve("never").toString());
        assertEquals(2, result.status(), result.toString());
        assertTrue(result.err().contains("--set tsmc.setup.otherCustomersGrowth=10: agents.tsmc.setup."
                + "otherCustomersGrowth: otherCustomersGrowth = 10 (share per quarter) compounds to a factor of 4.6e+16"
                + " over the 16 quarters of the run, more than 1e+06"), result.err());
        assertTrue(result.err().contains("hint: over 16 quarters a rate of at most 1.3713 keeps every count in range"),
                result.err());
        for (String growth : List.of("tsmc.setup.otherCustomersGrowth", "huawei.setup.smicWaferGrowth",
                "huawei.setup.packagingGrowth")) {
            Path out = tmp.resolve(growth);
            assertOk(Cli.run("run", "--set", growth + "=1.3713", "--out", out.toString()));
            assertEquals(16, trace(out).size(), growth);
        }
    }
}
