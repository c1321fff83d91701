package chipsim.market;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ProRataTest {

    @Test
    void meetsEveryClaimWhenTheyFit() {
        assertArrayEquals(new long[] {3, 4}, ProRata.allocate(10, new long[] {3, 4}));
    }

    @Test
    void sharesInProportionWhenScarce() {
        // 10 over claims 30 and 10: exact shares 7.5 and 2.5; floors 7 and 2; the spare unit goes to the
        // larger remainder, a tie (both .5), so to the claim listed first.
        assertArrayEquals(new long[] {8, 2}, ProRata.allocate(10, new long[] {30, 10}));
    }

    @Test
    void givesRoundingUnitsToLargestRemainders() {
        // 7 over 3 equal claims: 2.33 each; one spare unit to the first listed (ties by order).
        assertArrayEquals(new long[] {3, 2, 2}, ProRata.allocate(7, new long[] {5, 5, 5}));
        // 10 over 1, 2, 7 (sum 10) fits exactly; 9 over them: 0.9, 1.8, 6.3 -> 0, 1, 6 + spares to .9 and .8.
        assertArrayEquals(new long[] {1, 2, 6}, ProRata.allocate(9, new long[] {1, 2, 7}));
    }

    @Test
    void nothingToShareGivesNothing() {
        assertArrayEquals(new long[] {0, 0}, ProRata.allocate(0, new long[] {5, 5}));
        assertArrayEquals(new long[] {0, 0}, ProRata.allocate(5, new long[] {0, 0}));
    }

    @Test
    void refusesNegativeClaims() {
        assertThrows(IllegalArgumentException.class, () -> ProRata.allocate(5, new long[] {-1, 3}));
    }
}
