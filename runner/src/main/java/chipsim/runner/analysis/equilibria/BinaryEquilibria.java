package chipsim.runner.analysis.equilibria;

import chipsim.runner.game.Rational;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Every Nash equilibrium of a game in which each player has two strategies, any number of
 * players, to a stated accuracy, by exhaustive subdivision with exact bounds.
 *
 * <p>Write p_i for the probability player i puts on its first strategy, and D_i(p) for how much
 * more that strategy pays i than the second. D_i does not depend on p_i and is multilinear in the
 * others, so over a box of p its range is spanned by its values at the box's corners: a bound
 * that is exact, not an estimate. For each pattern (every player pure on its first, pure on its
 * second, or mixing), an equilibrium needs D_i = 0 for the mixers, D_i >= 0 or <= 0 for the others.
 * Boxes where a condition fails at every corner hold no equilibrium and are dropped; the rest are
 * halved until they are {@link #WIDTH} wide, and Newton's method from each survivor (exact
 * derivatives: D_i is linear in each p_j) gives the equilibrium to about 1e-12. Nothing outside the
 * dropped boxes is skipped, so the list is complete to that width; where boxes keep surviving
 * without converging (a continuum of equilibria, or a tangency), the result says so instead.
 */
public final class BinaryEquilibria {

    /** Boxes are split until this wide: two equilibria closer than this are reported as one. */
    public static final double WIDTH = 1e-7;
    static final int MAX_BOXES = 200_000;
    /** The most players the subdivision is used for: it examines 3^n patterns. */
    public static final int MAX_PLAYERS = 6;

    /**
     * @param equilibria every equilibrium found, pure ones first
     * @param complete   true when every box was resolved: the list is every equilibrium (to {@link #WIDTH})
     * @param note       why the list may be incomplete, or empty
     */
    public record Result(List<NumericEquilibrium> equilibria, boolean complete, String note) {}

    private final NormalForm game;
    private final Rational[][] exactPayoffs;
    private final double tolerance;
    private final int n;

    private BinaryEquilibria(NormalForm game, Rational[][] exactPayoffs) {
        this.game = game;
        this.exactPayoffs = exactPayoffs;
        this.tolerance = 1e-12 * game.scale();
        this.n = game.players();
    }

    /**
     * @param exactPayoffs the same payoffs as fractions, to report equilibria exactly where they are rational; may be null
     */
    public static Result of(NormalForm game, Rational[][] exactPayoffs) {
        for (int c : game.counts()) {
            if (c != 2) {
                throw new IllegalArgumentException("every player needs exactly two strategies");
            }
        }
        return new BinaryEquilibria(game, exactPayoffs).solve();
    }

    private Result solve() {
        List<NumericEquilibrium> found = new ArrayList<>();
        boolean complete = true;
        List<String> unresolved = new ArrayList<>();
        int patterns = (int) Math.pow(3, n);
        // Patterns by the number of mixers, so pure equilibria come first.
        for (int mixers = 0; mixers <= n; mixers++) {
            for (int code = 0; code < patterns; code++) {
                int[] pattern = pattern(code);
                if (count(pattern) != mixers) {
                    continue;
                }
                if (!onPattern(pattern, found)) {
                    complete = false;
                    unresolved.add(describe(pattern));
                }
            }
        }
        String note = complete ? "" : "unresolved (a continuum of equilibria or a tangency) where "
                + String.join("; ", unresolved);
        return new Result(List.copyOf(found), complete, note);
    }

    /** 0: pure on the first strategy, 1: pure on the second, 2: mixing. */
    private int[] pattern(int code) {
        int[] pattern = new int[n];
        for (int i = 0; i < n; i++) {
            pattern[i] = code % 3;
            code /= 3;
        }
        return pattern;
    }

    private static int count(int[] pattern) {
        int k = 0;
        for (int a : pattern) {
            k += a == 2 ? 1 : 0;
        }
        return k;
    }

    private static String describe(int[] pattern) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < pattern.length; i++) {
            parts.add("player " + (i + 1) + (pattern[i] == 2 ? " mixes" : " plays " + (pattern[i] + 1)));
        }
        return String.join(", ", parts);
    }

    /** Adds the equilibria with this pattern; false when some boxes could not be resolved. */
    private boolean onPattern(int[] pattern, List<NumericEquilibrium> found) {
        int[] mixers = new int[count(pattern)];
        for (int i = 0, k = 0; i < n; i++) {
            if (pattern[i] == 2) {
                mixers[k++] = i;
            }
        }
        int k = mixers.length;
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            p[i] = pattern[i] == 0 ? 1 : 0;
        }
        Deque<double[][]> boxes = new ArrayDeque<>();
        double[] lo = new double[k];
        double[] hi = new double[k];
        java.util.Arrays.fill(hi, 1);
        boxes.push(new double[][] {lo, hi});
        int examined = 0;
        boolean resolved = true;
        while (!boxes.isEmpty()) {
            double[][] box = boxes.pop();
            if (++examined > MAX_BOXES) {
                return false;
            }
            int verdict = mayHold(pattern, mixers, p, box[0], box[1]);
            if (verdict == EXCLUDED) {
                continue;
            }
            if (verdict == ALL_EQUILIBRIA && k > 0) {
                return false; // a whole box of equilibria: a continuum, not isolated points
            }
            double width = 0;
            for (int j = 0; j < k; j++) {
                width = Math.max(width, box[1][j] - box[0][j]);
            }
            if (width <= WIDTH || k == 0) {
                double[] point = newton(mixers, p, box);
                if (point == null) {
                    resolved = false;
                    continue;
                }
                accept(pattern, mixers, p, point, found);
                continue;
            }
            split(box, boxes);
        }
        return resolved;
    }

    private static final int EXCLUDED = 0;
    private static final int MAY_HOLD = 1;
    private static final int ALL_EQUILIBRIA = 2;

    /**
     * EXCLUDED when some condition of the pattern fails at every corner of the box; ALL_EQUILIBRIA
     * when every condition holds at every corner (so in the whole box); MAY_HOLD otherwise.
     */
    private int mayHold(int[] pattern, int[] mixers, double[] fixed, double[] lo, double[] hi) {
        int k = mixers.length;
        double[] min = new double[n];
        double[] max = new double[n];
        java.util.Arrays.fill(min, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(max, Double.NEGATIVE_INFINITY);
        double[] p = fixed.clone();
        for (int corner = 0; corner < 1 << k; corner++) {
            for (int j = 0; j < k; j++) {
                p[mixers[j]] = (corner >> j & 1) == 0 ? lo[j] : hi[j];
            }
            for (int i = 0; i < n; i++) {
                double d = advantage(i, p);
                min[i] = Math.min(min[i], d);
                max[i] = Math.max(max[i], d);
            }
        }
        boolean everywhere = true;
        for (int i = 0; i < n; i++) {
            boolean fails = switch (pattern[i]) {
                case 0 -> max[i] < -tolerance;
                case 1 -> min[i] > tolerance;
                default -> min[i] > tolerance || max[i] < -tolerance;
            };
            if (fails) {
                return EXCLUDED;
            }
            everywhere &= switch (pattern[i]) {
                case 0 -> min[i] >= -tolerance;
                case 1 -> max[i] <= tolerance;
                default -> min[i] >= -tolerance && max[i] <= tolerance;
            };
        }
        return everywhere ? ALL_EQUILIBRIA : MAY_HOLD;
    }

    /** D_i: how much more player i's first strategy pays than its second. */
    private double advantage(int i, double[] p) {
        double[] values = game.strategyValues(i, mix(p));
        return values[0] - values[1];
    }

    private static double[][] mix(double[] p) {
        double[][] mix = new double[p.length][];
        for (int i = 0; i < p.length; i++) {
            mix[i] = new double[] {p[i], 1 - p[i]};
        }
        return mix;
    }

    private static void split(double[][] box, Deque<double[][]> boxes) {
        int k = box[0].length;
        int widest = 0;
        for (int j = 1; j < k; j++) {
            if (box[1][j] - box[0][j] > box[1][widest] - box[0][widest]) {
                widest = j;
            }
        }
        double middle = (box[0][widest] + box[1][widest]) / 2;
        double[][] upper = {box[0].clone(), box[1].clone()};
        double[][] lower = {box[0].clone(), box[1].clone()};
        lower[1][widest] = middle;
        upper[0][widest] = middle;
        boxes.push(upper);
        boxes.push(lower);
    }

    /** Newton's method on D_i = 0 for the mixers from the box's centre; null when it does not converge near the box. */
    private double[] newton(int[] mixers, double[] fixed, double[][] box) {
        int k = mixers.length;
        double[] p = fixed.clone();
        for (int j = 0; j < k; j++) {
            p[mixers[j]] = (box[0][j] + box[1][j]) / 2;
        }
        if (k == 0) {
            return p;
        }
        for (int iteration = 0; iteration < 50; iteration++) {
            double[] f = new double[k];
            double residual = 0;
            for (int a = 0; a < k; a++) {
                f[a] = advantage(mixers[a], p);
                residual = Math.max(residual, Math.abs(f[a]));
            }
            if (residual <= tolerance) {
                return p;
            }
            double[][] jacobian = new double[k][k];
            for (int b = 0; b < k; b++) {
                double[] up = p.clone();
                double[] down = p.clone();
                up[mixers[b]] = 1;
                down[mixers[b]] = 0;
                for (int a = 0; a < k; a++) {
                    jacobian[a][b] = a == b ? 0 : advantage(mixers[a], up) - advantage(mixers[a], down);
                }
            }
            double[] step = Linear.solve(jacobian, f);
            if (step == null) {
                return null;
            }
            for (int a = 0; a < k; a++) {
                p[mixers[a]] -= step[a];
            }
        }
        return null;
    }

    private void accept(int[] pattern, int[] mixers, double[] fixed, double[] p, List<NumericEquilibrium> found) {
        for (int i : mixers) {
            if (p[i] <= 0 || p[i] >= 1) {
                return; // on the boundary: that equilibrium belongs to a pattern with a pure player
            }
        }
        double[][] mix = mix(p);
        double regret = game.regret(mix);
        if (regret > 1e-9 * game.scale()) {
            return;
        }
        for (NumericEquilibrium e : found) {
            if (distance(e.mix(), mix) < 10 * WIDTH) {
                return;
            }
        }
        found.add(NumericEquilibrium.of(mix, regret, game.counts(), exactPayoffs));
    }

    static double distance(double[][] a, double[][] b) {
        double d = 0;
        for (int p = 0; p < a.length; p++) {
            for (int s = 0; s < a[p].length; s++) {
                d = Math.max(d, Math.abs(a[p][s] - b[p][s]));
            }
        }
        return d;
    }
}
