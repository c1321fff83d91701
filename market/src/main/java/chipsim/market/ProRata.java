package chipsim.market;

import java.math.BigInteger;

/**
 * Rationing a scarce quantity among claims, used wherever the model rations: the exchange's
 * fills at one price, the foundry's capacity, Beijing's import quota.
 *
 * <p>Each claim gets {@code floor(total * claim / sumOfClaims)}; the units left by rounding go one
 * each to the largest fractional remainders, ties to the claim listed first. Callers list claims
 * in agent-id order, so ties go to the lower id. No claim ever gets more than it asked, and when
 * the claims fit in the total every claim is met in full.
 *
 * <p>Any claims and total a {@code long} holds are shared exactly: when a product or the sum of
 * the claims passes 2^63 (a long horizon of compound growth) the same arithmetic is done in
 * {@link BigInteger}, which gives the same shares the long arithmetic gives whenever it fits.
 */
public final class ProRata {

    private ProRata() {}

    public static long[] allocate(long total, long[] claims) {
        long sum = 0;
        boolean sumFits = true;
        for (long claim : claims) {
            if (claim < 0) {
                throw new IllegalArgumentException("a claim cannot be negative: " + claim);
            }
            sum += claim;
            // Claims are not negative, so a sum past Long.MAX_VALUE wraps below 0.
            sumFits &= sum >= 0;
        }
        long[] shares = new long[claims.length];
        if (total <= 0 || (sumFits && sum == 0)) {
            return shares;
        }
        if (sumFits && sum <= total) {
            return claims.clone();
        }
        if (!sumFits || productsOverflow(total, claims)) {
            return allocateExactly(total, claims);
        }
        long[] remainders = new long[claims.length];
        long given = 0;
        for (int i = 0; i < claims.length; i++) {
            long product = total * claims[i];
            shares[i] = product / sum;
            remainders[i] = product % sum;
            given += shares[i];
        }
        long left = total - given;
        while (left > 0) {
            int best = -1;
            for (int i = 0; i < claims.length; i++) {
                if (shares[i] < claims[i] && (best < 0 || remainders[i] > remainders[best])) {
                    best = i;
                }
            }
            shares[best]++;
            remainders[best] = -1;
            left--;
        }
        return shares;
    }

    private static boolean productsOverflow(long total, long[] claims) {
        for (long claim : claims) {
            if (Math.multiplyHigh(total, claim) != 0 || total * claim < 0) {
                return true;
            }
        }
        return false;
    }

    /** The same rule as {@link #allocate} in exact integers; each share is at most its claim, so it fits a long. */
    private static long[] allocateExactly(long total, long[] claims) {
        BigInteger sum = BigInteger.ZERO;
        for (long claim : claims) {
            sum = sum.add(BigInteger.valueOf(claim));
        }
        BigInteger whole = BigInteger.valueOf(total);
        long[] shares = new long[claims.length];
        BigInteger[] remainders = new BigInteger[claims.length];
        long given = 0;
        for (int i = 0; i < claims.length; i++) {
            BigInteger[] quotientAndRemainder = whole.multiply(BigInteger.valueOf(claims[i])).divideAndRemainder(sum);
            shares[i] = quotientAndRemainder[0].longValueExact();
            remainders[i] = quotientAndRemainder[1];
            given += shares[i];
        }
        long left = total - given;
        BigInteger taken = BigInteger.ONE.negate();
        while (left > 0) {
            int best = -1;
            for (int i = 0; i < claims.length; i++) {
                if (shares[i] < claims[i] && (best < 0 || remainders[i].compareTo(remainders[best]) > 0)) {
                    best = i;
                }
            }
            shares[best]++;
            remainders[best] = taken;
            left--;
        }
        return shares;
    }
}
