package chipsim.market;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Random;
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

    @Test
    void sharesExactlyWhenTheProductsPassALong() {
        // 2^62 over claims 2^61 and 3 x 2^61, whose sum 2^63 passes a long: a quarter and three quarters.
        long total = 1L << 62;
        long[] claims = {1L << 61, (1L << 62) + (1L << 61)};
        assertArrayEquals(new long[] {1L << 60, (1L << 61) + (1L << 60)}, ProRata.allocate(total, claims));
        // Each product is ~2^124; the long arithmetic used to throw ArithmeticException here.
        assertArrayEquals(new long[] {3, 4}, ProRata.allocate(7, new long[] {Long.MAX_VALUE / 2, Long.MAX_VALUE / 2 + 1 }));
    }

    @Test
    void sharesExactlyWhenTheClaimsSumPastALong() {
        long[] shares = ProRata.allocate(10, new long[] {Long.MAX_VALUE, Long.MAX_VALUE, 1});
        assertArrayEquals(new long[] {5, 5, 0}, shares);
        // MAX over MAX, 1, 1: floors MAX - 2, 0, 0; the two spare units go to the larger remainders (MAX vs 4).
        assertArrayEquals(new long[] {Long.MAX_VALUE - 2, 1, 1},
                ProRata.allocate(Long.MAX_VALUE, new long[] {Long.MAX_VALUE, 1, 1}));
    }

    @Test
    void agreesWithExactArithmeticOnRandomClaims() {
        Random random = new Random(20261201L);
        for (int c = 0; c < 20_000; c++) {
            int bits = 1 + random.nextInt(63);
            long[] claims = new long[1 + random.nextInt(6)];
            for (int i = 0; i < claims.length; i++) {
                claims[i] = random.nextLong() >>> (64 - bits);
            }
            long total = random.nextLong() >>> (64 - (1 + random.nextInt(63)));
            long[] shares = ProRata.allocate(total, claims);
            assertArrayEquals(reference(total, claims), shares, () -> total + " over " + Arrays.toString(claims));
        }
    }

    /** The rule as documented, computed in exact integers with no fast path. */
    private static long[] reference(long total, long[] claims) {
        BigInteger sum = BigInteger.ZERO;
        for (long claim : claims) {
            sum = sum.add(BigInteger.valueOf(claim));
        }
        long[] shares = new long[claims.length];
        if (total <= 0 || sum.signum() == 0) {
            return shares;
        }
        if (sum.compareTo(BigInteger.valueOf(total)) <= 0) {
            return claims.clone();
        }
        BigInteger[] remainders = new BigInteger[claims.length];
        long given = 0;
        for (int i = 0; i < claims.length; i++) {
            BigInteger[] qr = BigInteger.valueOf(total).multiply(BigInteger.valueOf(claims[i])).divideAndRemainder(sum);
            shares[i] = qr[0].longValueExact();
            remainders[i] = qr[1];
            given += shares[i];
        }
        for (long left = total - given; left > 0; left--) {
            int best = -1;
            for (int i = 0; i < claims.length; i++) {
                if (shares[i] < claims[i] && (best < 0 || remainders[i].compareTo(remainders[best]) > 0)) {
                    best = i;
                }
            }
            shares[best]++;
            remainders[best] = BigInteger.ONE.negate();
        }
        return shares;
    }
}
