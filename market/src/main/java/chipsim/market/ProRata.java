package chipsim.market;

/**
 * Rationing a scarce quantity among claims, used wherever the model rations: the exchange's
 * fills at one price, the foundry's capacity, Beijing's import quota.
 *
 * <p>Each claim gets {@code floor(total * claim / sumOfClaims)}; the units left by rounding go one
 * each to the largest fractional remainders, ties to the claim listed first. Callers list claims
 * in agent-id order, so ties go to the lower id. No claim ever gets more than it asked, and when
 * the claims fit in the total every claim is met in full.
 */
public final class ProRata {

    private ProRata() {}

    public static long[] allocate(long total, long[] claims) {
        long sum = 0;
        for (long claim : claims) {
            if (claim < 0) {
                throw new IllegalArgumentException("a claim cannot be negative: " + claim);
            }
            sum += claim;
        }
        long[] shares = new long[claims.length];
        if (total <= 0 || sum == 0) {
            return shares;
        }
        if (sum <= total) {
            return claims.clone();
        }
        long[] remainders = new long[claims.length];
        long given = 0;
        for (int i = 0; i < claims.length; i++) {
            // multiplyExact: a product past 2^63 is a scenario error, not a silent wrap.
            long product = Math.multiplyExact(total, claims[i]);
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
}
