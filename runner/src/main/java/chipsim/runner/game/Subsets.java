package chipsim.runner.game;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** The k-element subsets of {0..n-1}, in lexicographic order. */
final class Subsets {

    private Subsets() {}

    static List<int[]> of(int n, int k) {
        List<int[]> subsets = new ArrayList<>();
        if (k < 0 || k > n) {
            return subsets;
        }
        int[] current = new int[k];
        for (int i = 0; i < k; i++) {
            current[i] = i;
        }
        while (true) {
            subsets.add(current.clone());
            int i = k - 1;
            while (i >= 0 && current[i] == n - k + i) {
                i--;
            }
            if (i < 0) {
                return subsets;
            }
            current[i]++;
            for (int j = i + 1; j < k; j++) {
                current[j] = current[j - 1] + 1;
            }
        }
    }

    /** n choose k, exactly. */
    static BigInteger choose(int n, int k) {
        BigInteger result = BigInteger.ONE;
        for (int i = 0; i < k; i++) {
            result = result.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
        }
        return result;
    }
}
