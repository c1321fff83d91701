package chipsim.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import chipsim.market.Quarter;
import org.junit.jupiter.api.Test;

/** Streams keyed by (seed, agent, quarter, purpose): common random numbers. */
class AgentRandomTest {

    private static final Quarter Q = Quarter.parse("2026Q1");

    @Test
    void aDrawDependsOnlyOnItsKey() {
        assertEquals(AgentRandom.stream(7, "huawei", Q, "yield").nextLong(),
                AgentRandom.stream(7, "huawei", Q, "yield").nextLong());
        long base = AgentRandom.stream(7, "huawei", Q, "yield").nextLong();
        assertNotEquals(base, AgentRandom.stream(8, "huawei", Q, "yield").nextLong());
        assertNotEquals(base, AgentRandom.stream(7, "bytedance", Q, "yield").nextLong());
        assertNotEquals(base, AgentRandom.stream(7, "huawei", Q.next(), "yield").nextLong());
        assertNotEquals(base, AgentRandom.stream(7, "huawei", Q, "demand").nextLong());
    }

    @Test
    void aShockOfZeroSpreadIsExactlyOneAndOthersAverageOne() {
        assertEquals(1.0, AgentRandom.lognormalShock(7, "x", Q, "demand", 0));
        double sum = 0;
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            sum += AgentRandom.lognormalShock(i, "x", Q, "demand", 0.2);
        }
        assertEquals(1.0, sum / n, 0.01, "mean one");
    }
}
