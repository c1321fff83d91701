package chipsim.runner.analysis.equilibria;

import chipsim.runner.game.Rational;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Mixed equilibria of a game of any size and number of players by a search over supports (after
 * Porter, Nudelman and Shoham, "Simple search methods for finding a Nash equilibrium", 2008): for
 * each choice of the strategies each player uses, smallest and most balanced first, Newton's
 * method on "every used strategy earns the player's value, the probabilities sum to one" from the
 * uniform mixture and a few seeded random ones; a solution counts when its probabilities are
 * nonnegative and its regret is below {@link #REGRET} times the payoff scale. Every equilibrium
 * listed is verified; the list is not known to be complete (Newton can miss a root), which the
 * result says.
 */
public final class SupportSearch {

    public static final double REGRET = 1e-9;
    static final int MAX_SUPPORTS = 20_000;
    static final int STARTS = 4;
    /** Payoff evaluations in all, about half a minute: beyond it only the smallest supports are tried. */
    static final long MAX_WORK = 3_000_000_000L;

    /**
     * @param equilibria  verified equilibria
     * @param supports    how many support profiles were tried
     * @param allSupports false when there were too many (more than {@link #MAX_SUPPORTS}, or more than
     *                    {@link #MAX_WORK} allows) and only the smallest were tried
     */
    public record Result(List<NumericEquilibrium> equilibria, int supports, boolean allSupports) {}

    private SupportSearch() {}

    public static Result of(NormalForm game, Rational[][] exactPayoffs) {
        int n = game.players();
        List<List<int[]>> subsets = new ArrayList<>();
        double product = 1;
        for (int p = 0; p < n; p++) {
            List<int[]> own = subsets(game.counts()[p]);
            subsets.add(own);
            product *= own.size();
        }
        List<int[][]> profiles = new ArrayList<>();
        collect(subsets, 0, new int[n][], profiles, MAX_SUPPORTS * 4L);
        profiles.sort(Comparator.comparingInt((int[][] s) -> total(s)).thenComparingInt(SupportSearch::imbalance));
        // Each Newton step evaluates every profile once per unknown: bound the supports by that work.
        int unknowns = 0;
        for (int c : game.counts()) {
            unknowns += c + 1;
        }
        long perSupport = (long) STARTS * 40 * unknowns * game.payoffs().length * n;
        int limit = (int) Math.max(50, Math.min(MAX_SUPPORTS, MAX_WORK / perSupport));
        boolean all = product <= profiles.size() && profiles.size() <= limit;
        if (profiles.size() > limit) {
            profiles = profiles.subList(0, limit);
        }
        List<NumericEquilibrium> found = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(1);
        double tolerance = REGRET * game.scale();
        for (int[][] support : profiles) {
            for (int start = 0; start < STARTS; start++) {
                double[][] mix = start(game, support, start == 0 ? null : random);
                double[][] solved = newton(game, support, mix);
                if (solved == null) {
                    continue;
                }
                double regret = game.regret(solved);
                if (regret <= tolerance && found.stream().noneMatch(e -> BinaryEquilibria.distance(e.mix(), solved) < 1e-6)) {
                    found.add(NumericEquilibrium.of(solved, regret, game.counts(), exactPayoffs));
                }
                if (support.length > 0 && total(support) == n) {
                    break; // a pure profile has one point: no other start can differ
                }
            }
        }
        return new Result(List.copyOf(found), profiles.size(), all);
    }

    private static void collect(List<List<int[]>> subsets, int player, int[][] chosen, List<int[][]> out, long cap) {
        if (out.size() >= cap) {
            return;
        }
        if (player == subsets.size()) {
            out.add(chosen.clone());
            return;
        }
        for (int[] s : subsets.get(player)) {
            chosen[player] = s;
            collect(subsets, player + 1, chosen, out, cap);
        }
    }

    /** Nonempty subsets of 0..count-1, smallest first. */
    private static List<int[]> subsets(int count) {
        List<int[]> list = new ArrayList<>();
        for (int m = 1; m < 1 << Math.min(count, 20); m++) {
            final int mask = m;
            list.add(java.util.stream.IntStream.range(0, count).filter(s -> (mask >> s & 1) == 1).toArray());
        }
        list.sort(Comparator.comparingInt(a -> a.length));
        return list;
    }

    private static int total(int[][] support) {
        int t = 0;
        for (int[] s : support) {
            t += s.length;
        }
        return t;
    }

    private static int imbalance(int[][] support) {
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (int[] s : support) {
            min = Math.min(min, s.length);
            max = Math.max(max, s.length);
        }
        return max - min;
    }

    private static double[][] start(NormalForm game, int[][] support, SplittableRandom random) {
        double[][] mix = new double[game.players()][];
        for (int p = 0; p < mix.length; p++) {
            mix[p] = new double[game.counts()[p]];
            double sum = 0;
            for (int s : support[p]) {
                mix[p][s] = random == null ? 1 : 0.05 + random.nextDouble();
                sum += mix[p][s];
            }
            for (int s : support[p]) {
                mix[p][s] /= sum;
            }
        }
        return mix;
    }

    /**
     * Newton on: for each player and used strategy, its payoff minus the player's value v_p; and
     * each player's probabilities summing to one. Unknowns: the used probabilities and the values.
     */
    private static double[][] newton(NormalForm game, int[][] support, double[][] mix) {
        int n = game.players();
        int size = 0;
        for (int[] s : support) {
            size += s.length + 1;
        }
        double[] values = new double[n];
        for (int p = 0; p < n; p++) {
            double[] u = game.strategyValues(p, mix);
            values[p] = u[support[p][0]];
        }
        double tolerance = 1e-11 * game.scale();
        for (int iteration = 0; iteration < 40; iteration++) {
            double[] f = residual(game, support, mix, values, size);
            double norm = 0;
            for (double v : f) {
                norm = Math.max(norm, Math.abs(v));
            }
            if (norm <= tolerance) {
                return clean(mix, support);
            }
            double[][] jacobian = new double[size][size];
            int column = 0;
            for (int q = 0; q < n; q++) {
                for (int t : support[q]) {
                    // Payoffs are linear in each probability, so a unit difference is the exact derivative.
                    double[][] moved = NormalForm.copy(mix);
                    moved[q][t] += 1;
                    double[] g = residual(game, support, moved, values, size);
                    for (int r = 0; r < size; r++) {
                        jacobian[r][column] = g[r] - f[r];
                    }
                    column++;
                }
                double[] movedValues = values.clone();
                movedValues[q] += 1;
                double[] g = residual(game, support, mix, movedValues, size);
                for (int r = 0; r < size; r++) {
                    jacobian[r][column] = g[r] - f[r];
                }
                column++;
            }
            double[] step = Linear.solve(jacobian, f);
            if (step == null) {
                return null;
            }
            column = 0;
            for (int q = 0; q < n; q++) {
                for (int t : support[q]) {
                    mix[q][t] -= step[column++];
                }
                values[q] -= step[column++];
            }
        }
        return null;
    }

    private static double[] residual(NormalForm game, int[][] support, double[][] mix, double[] values, int size) {
        double[] f = new double[size];
        int row = 0;
        for (int p = 0; p < game.players(); p++) {
            double[] u = game.strategyValues(p, mix);
            double sum = 0;
            for (int s : support[p]) {
                f[row++] = u[s] - values[p];
                sum += mix[p][s];
            }
            f[row++] = sum - 1;
        }
        return f;
    }

    /** Null when a used probability is clearly negative; otherwise tiny negatives set to 0. */
    private static double[][] clean(double[][] mix, int[][] support) {
        for (int p = 0; p < mix.length; p++) {
            for (int s : support[p]) {
                if (mix[p][s] < -1e-12) {
                    return null;
                }
                mix[p][s] = Math.max(0, mix[p][s]);
            }
        }
        return mix;
    }
}
