package chipsim.runner.analysis.equilibria;

import java.util.ArrayList;
import java.util.List;

/**
 * Replicator dynamics from a given start: each strategy's share grows at the rate its payoff beats
 * its player's average, d x_s / dt = x_s (u_s - u_mean). Integrated with classical Runge-Kutta; time
 * is measured in units of 1 / (payoff range), so games in dollars and in points run alike.
 */
public final class Replicator {

    /**
     * @param time   the time of the point, in units of 1 / payoff range
     * @param mix    the shares at that time
     * @param regret how far from an equilibrium it is
     */
    public record Point(double time, double[][] mix, double regret) {}

    private Replicator() {}

    /** The path from {@code start} over {@code duration}, one point per {@code duration / samples}. */
    public static List<Point> run(NormalForm game, double[][] start, double duration, int samples) {
        double range = range(game);
        double dt = 0.01;
        int stepsPerSample = Math.max(1, (int) Math.round(duration / samples / dt));
        double[][] x = NormalForm.copy(start);
        List<Point> path = new ArrayList<>();
        path.add(new Point(0, NormalForm.copy(x), game.regret(x)));
        for (int sample = 1; sample <= samples; sample++) {
            for (int step = 0; step < stepsPerSample; step++) {
                x = rungeKutta(game, x, dt / range);
            }
            path.add(new Point(sample * stepsPerSample * dt, NormalForm.copy(x), game.regret(x)));
        }
        return path;
    }

    static double range(NormalForm game) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] row : game.payoffs()) {
            for (double v : row) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        return max > min ? max - min : 1;
    }

    private static double[][] rungeKutta(NormalForm game, double[][] x, double h) {
        double[][] k1 = field(game, x);
        double[][] k2 = field(game, add(x, k1, h / 2));
        double[][] k3 = field(game, add(x, k2, h / 2));
        double[][] k4 = field(game, add(x, k3, h));
        double[][] next = NormalForm.copy(x);
        for (int p = 0; p < x.length; p++) {
            double sum = 0;
            for (int s = 0; s < x[p].length; s++) {
                next[p][s] = Math.max(0, x[p][s] + h / 6 * (k1[p][s] + 2 * k2[p][s] + 2 * k3[p][s] + k4[p][s]));
                sum += next[p][s];
            }
            for (int s = 0; s < x[p].length; s++) {
                next[p][s] /= sum;
            }
        }
        return next;
    }

    private static double[][] field(NormalForm game, double[][] x) {
        double[][] dx = new double[x.length][];
        for (int p = 0; p < x.length; p++) {
            double[] u = game.strategyValues(p, x);
            double mean = 0;
            for (int s = 0; s < u.length; s++) {
                mean += x[p][s] * u[s];
            }
            dx[p] = new double[u.length];
            for (int s = 0; s < u.length; s++) {
                dx[p][s] = x[p][s] * (u[s] - mean);
            }
        }
        return dx;
    }

    private static double[][] add(double[][] x, double[][] dx, double h) {
        double[][] y = NormalForm.copy(x);
        for (int p = 0; p < x.length; p++) {
            for (int s = 0; s < x[p].length; s++) {
                y[p][s] += h * dx[p][s];
            }
        }
        return y;
    }
}
