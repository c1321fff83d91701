package chipsim.runner.analysis;

import java.util.Random;

/** Random orders, shared by the designs that need one (latin hypercube, Morris trajectories). */
public final class Permutations {

    private Permutations() {}

    /** Fisher-Yates shuffle of 0..n-1 from {@code random}. */
    public static int[] of(int n, Random random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }
}
