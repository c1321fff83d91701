package chipsim.agents.tsmc;

import static chipsim.agents.Fixtures.QUARTER;
import static chipsim.agents.Fixtures.policy;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DemandExpansionPolicyTest {

    private final TsmcPolicy policy = policy(new DemandExpansionPolicy.Factory(),
            Map.of("expandAboveDemandRatio", 1.0, "maxExpansionShare", 0.3), TsmcPolicy.class);

    private long expansion(long capacity, long demanded, long underConstruction) {
        return policy.expansion(new TsmcObservation(QUARTER, capacity, java.util.List.of(), demanded, underConstruction));
    }

    @Test
    void expandsWhenDemandOutrunsCapacityAndConstruction() {
        assertTrue(expansion(10_000, 12_000, 0) > 0);
        assertTrue(expansion(10_000, 12_000, 1_000) > 0, "construction covers only half the gap");
    }

    @Test
    void doesNotExpandWhenCapacityAndConstructionCoverDemand() {
        assertEquals(0, expansion(10_000, 9_000, 0));
        assertEquals(0, expansion(10_000, 12_000, 2_000), "what is being built already covers the gap");
    }

    @Test
    void buildsMoreForALargerGap() {
        assertTrue(expansion(10_000, 12_000, 0) > expansion(10_000, 11_000, 0));
    }

    @Test
    void neverExpandsMoreThanItsShareOfCapacityInAQuarter() {
        assertEquals(3_000, expansion(10_000, 100_000, 0), "a gap of 90,000 is built 30% of capacity at a time");
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 500; i++) {
            long capacity = random.nextLong(0, 200_000);
            long expansion = expansion(capacity, random.nextLong(0, 500_000), random.nextLong(0, 100_000));
            assertTrue(expansion >= 0 && expansion <= 0.3 * capacity,
                    expansion + " wafers of new capacity on " + capacity);
        }
    }

    @Test
    void sharesScarceCapacityWithinClaimsAndCapacity() {
        java.util.List<TsmcObservation.Claim> claims = java.util.List.of(new TsmcObservation.Claim("a", 3_000),
                new TsmcObservation.Claim("b", 9_000), new TsmcObservation.Claim("other-customers", 5_000));

        java.util.SortedMap<String, Long> granted = policy.allocate(new TsmcObservation(QUARTER, 10_000, claims, 17_000, 0));

        assertEquals(10_000, granted.values().stream().mapToLong(Long::longValue).sum(), "scarce capacity is used in full");
        for (TsmcObservation.Claim claim : claims) {
            assertTrue(granted.get(claim.customer()) <= claim.wafers(), claim.customer() + " got more than it asked");
        }
        assertTrue(granted.get("b") > granted.get("other-customers") && granted.get("other-customers") > granted.get("a"),
                "shares follow the claims");
        assertEquals(java.util.Map.of("a", 3_000L, "b", 9_000L, "other-customers", 5_000L),
                policy.allocate(new TsmcObservation(QUARTER, 20_000, claims, 17_000, 0)), "ample capacity meets every claim");
    }
}
