package chipsim.runner.analysis.equilibria;

import java.util.ArrayList;
import java.util.List;

/**
 * The principal branch of logit quantal response equilibria (McKelvey and Palfrey, 1995): each
 * player chooses strategy s with probability proportional to exp(lambda * u_s), everyone's
 * choices consistent with everyone else's. At lambda = 0 everyone mixes uniformly; as lambda grows
 * the path goes to a Nash equilibrium (the one logit selects). Traced by continuation in lambda:
 * Newton's method in log-probabilities from the previous point, halving the step where it fails.
 *
 * <p>Lambda is reported in units of 1 / payoff, and the points are taken at lambda times the payoff
 * range = 0.1, 0.3, 1, ..., 1000 ({@link #SCALED_LAMBDAS}), so that the path reads alike for a game
 * in points and one in billions of dollars.
 */
public final class LogitPath {

    public static final double[] SCALED_LAMBDAS = {0.1, 0.3, 1, 3, 10, 30, 100, 300, 1000};

    /**
     * @param lambda in 1 / payoff units
     * @param mix    the quantal response equilibrium at lambda
     * @param regret its regret, which tends to 0 along the path
     */
    public record Point(double lambda, double[][] mix, double regret) {}

    /**
     * @param points the path at {@link #SCALED_LAMBDAS}, as far as it was traced
     * @param traced false when continuation stalled before the last lambda (a turning point of the branch)
     */
    public record Result(List<Point> points, boolean traced) {}

    private LogitPath() {}

    public static Result trace(NormalForm game) {
        double range = Replicator.range(game);
        double[][] mix = game.centroid();
        List<Point> points = new ArrayList<>();
        double lambda = 0;
        double step = 0.01 / range;
        for (double scaled : SCALED_LAMBDAS) {
            double target = scaled / range;
            while (lambda < target) {
                double next = Math.min(target, lambda + step);
                double[][] solved = solve(game, mix, next);
                if (solved == null) {
                    step /= 2;
                    if (step < 1e-9 / range) {
                        return new Result(List.copyOf(points), false);
                    }
                    continue;
                }
                mix = solved;
                lambda = next;
                step = Math.min(step * 1.5, Math.max(lambda, 0.01 / range));
            }
            points.add(new Point(lambda, NormalForm.copy(mix), game.regret(mix)));
        }
        return new Result(List.copyOf(points), true);
    }

    /** Newton in z = log(probability): z_s - lambda u_s(mix) + log sum_t exp(lambda u_t(mix)) = 0. */
    private static double[][] solve(NormalForm game, double[][] start, double lambda) {
        int size = 0;
        for (double[] m : start) {
            size += m.length;
        }
        double[] z = new double[size];
        int k = 0;
        for (double[] m : start) {
            for (double v : m) {
                z[k++] = Math.log(Math.max(v, 1e-300));
            }
        }
        for (int iteration = 0; iteration < 30; iteration++) {
            double[] f = residual(game, z, lambda, start);
            double norm = 0;
            for (double v : f) {
                norm = Math.max(norm, Math.abs(v));
            }
            if (norm < 1e-10) {
                return probabilities(z, start);
            }
            double[][] jacobian = new double[size][size];
            for (int c = 0; c < size; c++) {
                double[] moved = z.clone();
                double h = 1e-7 * Math.max(1, Math.abs(z[c]));
                moved[c] += h;
                double[] g = residual(game, moved, lambda, start);
                for (int r = 0; r < size; r++) {
                    jacobian[r][c] = (g[r] - f[r]) / h;
                }
            }
            double[] delta = Linear.solve(jacobian, f);
            if (delta == null) {
                return null;
            }
            for (int c = 0; c < size; c++) {
                z[c] -= delta[c];
            }
        }
        return null;
    }

    private static double[] residual(NormalForm game, double[] z, double lambda, double[][] shape) {
        double[][] mix = probabilities(z, shape);
        double[] f = new double[z.length];
        int k = 0;
        for (int p = 0; p < shape.length; p++) {
            double[] u = game.strategyValues(p, mix);
            double max = Double.NEGATIVE_INFINITY;
            for (double v : u) {
                max = Math.max(max, lambda * v);
            }
            double sum = 0;
            for (double v : u) {
                sum += Math.exp(lambda * v - max);
            }
            double logSum = max + Math.log(sum);
            for (double v : u) {
                f[k] = z[k] - lambda * v + logSum;
                k++;
            }
        }
        return f;
    }

    private static double[][] probabilities(double[] z, double[][] shape) {
        double[][] mix = new double[shape.length][];
        int k = 0;
        for (int p = 0; p < shape.length; p++) {
            mix[p] = new double[shape[p].length];
            for (int s = 0; s < mix[p].length; s++) {
                mix[p][s] = Math.exp(z[k++]);
            }
        }
        return mix;
    }
}
