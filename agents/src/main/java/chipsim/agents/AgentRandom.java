package chipsim.agents;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Each agent's own random stream, seeded from the scenario seed and the agent id, so that adding
 * an agent or reordering messages never changes another agent's draws.
 */
public final class AgentRandom {

    private AgentRandom() {}

    public static SplittableRandom forAgent(long scenarioSeed, String agentId) {
        long h = 1125899906842597L;
        for (byte b : agentId.getBytes(StandardCharsets.UTF_8)) {
            h = 31 * h + b;
        }
        return new SplittableRandom(mix(scenarioSeed ^ mix(h)));
    }

    /** SplitMix64's finaliser: spreads nearby seeds far apart. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** A binomial draw (n trials, probability p): exact for small n, normal approximation above. */
    public static long binomial(SplittableRandom random, long n, double p) {
        if (n <= 0 || p <= 0) {
            return 0;
        }
        if (p >= 1) {
            return n;
        }
        if (n <= 64) {
            long hits = 0;
            for (long i = 0; i < n; i++) {
                if (random.nextDouble() < p) {
                    hits++;
                }
            }
            return hits;
        }
        double mean = n * p;
        double sd = Math.sqrt(n * p * (1 - p));
        long draw = Math.round(mean + sd * gaussian(random));
        return Math.max(0, Math.min(n, draw));
    }

    /** A standard normal draw (Box-Muller), from this stream only. */
    public static double gaussian(SplittableRandom random) {
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
}
