package chipsim.runner.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The replications' seeds: the same list at every point (common random numbers), so that a
 * difference between two points is not noise from different streams.
 */
public final class Seeds {

    /**
     * Kept apart from the design's stream (which uses the sweep seed itself), so adding replications
     * never moves the points.
     */
    private static final long STREAM = 0x5EED_0F_5EEDL;

    private Seeds() {}

    /** The first {@code count} distinct values of {@code new Random(seed ^ STREAM).nextInt(2^31 - 1) + 1}. */
    public static List<Long> derive(long seed, int count) {
        Random random = new Random(seed ^ STREAM);
        Set<Long> seeds = new LinkedHashSet<>();
        while (seeds.size() < count) {
            seeds.add(1L + random.nextInt(Integer.MAX_VALUE - 1));
        }
        return new ArrayList<>(seeds);
    }
}
