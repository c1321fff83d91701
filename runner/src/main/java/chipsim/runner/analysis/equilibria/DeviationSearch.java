package chipsim.runner.analysis.equilibria;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Deviation-driven sampling of a simulated game, as empirical game-theoretic analysis does it
 * (Wellman, "Methods for empirical game-theoretic analysis", 2006; Jordan, Vorobeychik and
 * Wellman, 2008): instead of playing every profile, play a candidate and its unilateral
 * deviations only. A deviation whose gain is above zero with 95% confidence refutes the candidate,
 * and the search moves to it (a better-response path); when every deviation's gain is below zero
 * with 95% confidence (or exactly zero in every replication: a strategy with the same effect), the
 * candidate is confirmed as a pure equilibrium. A gain whose interval straddles zero gets more
 * replications of the candidate and that deviation, doubling up to a cap, after which the candidate is
 * reported unresolved. Gains are paired differences: replication r of every profile uses the same
 * seed, so common random numbers cancel most of the noise.
 */
public final class DeviationSearch {

    /** Plays a profile: replications from..from+count-1, each a payoff per player. */
    public interface Sampler {
        double[][] play(int[] profile, int from, int count);
    }

    /**
     * One deviation's gain, a paired mean with its 95% interval.
     *
     * @param player   who deviates
     * @param strategy to which strategy
     */
    public record Gain(int player, int strategy, double mean, double low, double high, int replications) {}

    /**
     * One step of the search.
     *
     * @param candidate the profile examined
     * @param verdict   CONFIRMED, REFUTED or UNRESOLVED
     * @param gains     every deviation's gain
     */
    public record Step(int[] candidate, Verdict verdict, List<Gain> gains) {}

    public enum Verdict { CONFIRMED, REFUTED, UNRESOLVED }

    /**
     * @param steps    the candidates in order
     * @param played   per profile played (as a list key), replications played
     * @param runs     total runs
     */
    public record Result(List<Step> steps, Map<List<Integer>, Integer> played, int runs) {
        public boolean confirmed() {
            return !steps.isEmpty() && steps.get(steps.size() - 1).verdict() == Verdict.CONFIRMED;
        }
    }

    private final int[] counts;
    private final Sampler sampler;
    private final int maxReplications;
    private final Map<List<Integer>, List<double[]>> samples = new LinkedHashMap<>();
    private int runs;

    private DeviationSearch(int[] counts, Sampler sampler, int maxReplications) {
        this.counts = counts.clone();
        this.sampler = sampler;
        this.maxReplications = maxReplications;
    }

    /**
     * @param start           the first candidate
     * @param replications    replications per profile to begin with (at least 2)
     * @param maxReplications the cap on replications of any profile
     */
    public static Result search(int[] counts, Sampler sampler, int[] start, int replications, int maxReplications) {
        if (replications < 2 || maxReplications < replications) {
            throw new IllegalArgumentException("need at least 2 replications, and a cap no smaller");
        }
        return new DeviationSearch(counts, sampler, maxReplications).run(start, replications);
    }

    private Result run(int[] start, int replications) {
        List<Step> steps = new ArrayList<>();
        List<List<Integer>> visited = new ArrayList<>();
        int[] candidate = start.clone();
        long profiles = 1;
        for (int c : counts) {
            profiles *= c;
        }
        while (true) {
            visited.add(key(candidate));
            Step step = examine(candidate, replications);
            steps.add(step);
            if (step.verdict() != Verdict.REFUTED) {
                break;
            }
            Gain best = step.gains().stream().filter(g -> g.low() > 0)
                    .max(java.util.Comparator.comparingDouble(Gain::mean)).orElseThrow();
            int[] next = candidate.clone();
            next[best.player()] = best.strategy();
            if (visited.contains(key(next)) || visited.size() >= profiles) {
                // Better responses can cycle (matching pennies): there is no pure equilibrium on this path.
                break;
            }
            candidate = next;
        }
        Map<List<Integer>, Integer> played = new LinkedHashMap<>();
        samples.forEach((k, v) -> played.put(k, v.size()));
        return new Result(List.copyOf(steps), played, runs);
    }

    private Step examine(int[] candidate, int replications) {
        int n = replications;
        while (true) {
            ensure(candidate, n);
            List<Gain> gains = new ArrayList<>();
            boolean refuted = false;
            boolean open = false;
            for (int p = 0; p < counts.length; p++) {
                for (int t = 0; t < counts[p]; t++) {
                    if (t == candidate[p]) {
                        continue;
                    }
                    int[] deviation = candidate.clone();
                    deviation[p] = t;
                    ensure(deviation, n);
                    Gain gain = gain(candidate, deviation, p, t, n);
                    gains.add(gain);
                    refuted |= gain.low() > 0;
                    open |= !(gain.high() < 0 || gain.low() == 0 && gain.high() == 0);
                }
            }
            if (refuted) {
                return new Step(candidate.clone(), Verdict.REFUTED, List.copyOf(gains));
            }
            if (!open) {
                return new Step(candidate.clone(), Verdict.CONFIRMED, List.copyOf(gains));
            }
            if (n >= maxReplications) {
                return new Step(candidate.clone(), Verdict.UNRESOLVED, List.copyOf(gains));
            }
            n = Math.min(maxReplications, 2 * n);
        }
    }

    private void ensure(int[] profile, int replications) {
        List<double[]> have = samples.computeIfAbsent(key(profile), k -> new ArrayList<>());
        if (have.size() < replications) {
            double[][] more = sampler.play(profile.clone(), have.size(), replications - have.size());
            runs += more.length;
            have.addAll(List.of(more));
        }
    }

    private Gain gain(int[] candidate, int[] deviation, int player, int strategy, int n) {
        List<double[]> base = samples.get(key(candidate));
        List<double[]> other = samples.get(key(deviation));
        double[] diff = new double[n];
        double sum = 0;
        for (int r = 0; r < n; r++) {
            diff[r] = other.get(r)[player] - base.get(r)[player];
            sum += diff[r];
        }
        double mean = sum / n;
        double squares = 0;
        for (double d : diff) {
            squares += (d - mean) * (d - mean);
        }
        double half = new TDistribution(n - 1).inverseCumulativeProbability(0.975) * Math.sqrt(squares / (n - 1) / n);
        return new Gain(player, strategy, mean, mean - half, mean + half, n);
    }

    private static List<Integer> key(int[] profile) {
        List<Integer> key = new ArrayList<>();
        for (int s : profile) {
            key.add(s);
        }
        return List.copyOf(key);
    }
}
