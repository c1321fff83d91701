package chipsim.runner.analysis.equilibria;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DeviationSearchTest {

    /** A noisy game: exact payoffs plus noise shared by every profile in one replication (common random numbers) and a little of its own. */
    static DeviationSearch.Sampler noisy(int[] counts, java.util.function.BiFunction<int[], Integer, Double> payoff) {
        return noisy(counts, payoff, java.util.Arrays::hashCode);
    }

    /** @param outcome which profiles give the same runs: a simulation whose strategies have the same effect repeats itself */
    static DeviationSearch.Sampler noisy(int[] counts, java.util.function.BiFunction<int[], Integer, Double> payoff,
            java.util.function.ToIntFunction<int[]> outcome) {
        return (profile, from, count) -> {
            double[][] out = new double[count][counts.length];
            for (int r = 0; r < count; r++) {
                SplittableRandom shared = new SplittableRandom(1000 + from + r);
                double common = shared.nextGaussian() * 5;
                SplittableRandom own = new SplittableRandom(outcome.applyAsInt(profile) * 31L + from + r);
                for (int p = 0; p < counts.length; p++) {
                    out[r][p] = payoff.apply(profile, p) + common + own.nextGaussian() * 0.1;
                }
            }
            return out;
        };
    }

    @Test
    void aDominantStrategyGameIsSolvedWithoutPlayingEveryProfile() {
        // Each player's payoff is its own strategy number: the last strategy is dominant for both.
        int[] counts = {5, 5};
        DeviationSearch.Result result = DeviationSearch.search(counts, noisy(counts, (profile, p) -> (double) profile[p]),
                new int[] {0, 0}, 3, 24);
        assertTrue(result.confirmed());
        assertArrayEquals(new int[] {4, 4}, result.steps().get(result.steps().size() - 1).candidate());
        assertTrue(result.played().size() < 25, "played " + result.played().size() + " of 25 profiles");
        assertEquals(result.played().values().stream().mapToInt(Integer::intValue).sum(), result.runs());
    }

    @Test
    void aCycleOfBetterResponsesEndsWithoutAnEquilibrium() {
        int[] counts = {2, 2};
        // Matching pennies: row gains by matching, column by mismatching.
        DeviationSearch.Result result = DeviationSearch.search(counts, noisy(counts, (profile, p) ->
                (profile[0] == profile[1]) == (p == 0) ? 1.0 : -1.0), new int[] {0, 0}, 3, 24);
        assertFalse(result.confirmed());
        assertTrue(result.steps().stream().allMatch(s -> s.verdict() == DeviationSearch.Verdict.REFUTED));
    }

    @Test
    void aStrategyWithTheSameEffectIsATieNotARefutation() {
        int[] counts = {2, 2};
        // Column's two strategies have the same effect (identical runs); row's second gains 0.2, under noise 0.1 per cell.
        DeviationSearch.Result result = DeviationSearch.search(counts, noisy(counts, (profile, p) ->
                p == 0 ? 0.2 * profile[0] : 0.0, profile -> profile[0]), new int[] {1, 0}, 2, 32);
        assertTrue(result.confirmed());
        assertEquals(1, result.steps().size());
        DeviationSearch.Gain row = result.steps().get(0).gains().get(0);
        DeviationSearch.Gain column = result.steps().get(0).gains().get(1);
        assertTrue(row.high() < 0, row.toString());
        assertEquals(0.0, column.low());
        assertEquals(0.0, column.high());
    }
}
