package chipsim.agents;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Random streams keyed by what they are for: (scenario seed, agent, quarter, purpose). Adding an
 * agent or reordering messages never changes another agent's draws; a change at quarter q leaves
 * every draw before q as it was; and two runs with one seed draw the same numbers for the same
 * agent, quarter and purpose, so a counterfactual is a paired comparison (common random numbers).
 */
public final class AgentRandom {

    private AgentRandom() {}

    public static SplittableRandom forAgent(long scenarioSeed, String agentId) {
        return new SplittableRandom(mix(scenarioSeed ^ mix(hash(agentId))));
    }

    /** The stream of one agent's draws of one kind in one quarter. */
    public static SplittableRandom stream(long scenarioSeed, String agentId, chipsim.market.Quarter quarter,
            String purpose) {
        long key = mix(scenarioSeed ^ mix(hash(agentId)));
        key = mix(key ^ mix(quarter.year() * 4L + quarter.quarterOfYear()));
        return new SplittableRandom(mix(key ^ mix(hash(purpose))));
    }

    /**
     * A multiplicative shock with mean 1: {@code exp(sd z - sd^2 / 2)}, z standard normal from the
     * agent's stream for this quarter and purpose; exactly 1 when {@code sd} is 0 (no draw).
     */
    public static double lognormalShock(long scenarioSeed, String agentId, chipsim.market.Quarter quarter,
            String purpose, double sd) {
        if (sd <= 0) {
            return 1.0;
        }
        double z = gaussian(stream(scenarioSeed, agentId, quarter, purpose));
        return Math.exp(sd * z - sd * sd / 2);
    }

    private static long hash(String text) {
        long h = 1125899906842597L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h = 31 * h + b;
        }
        return h;
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
