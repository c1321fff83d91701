package chipsim.runner.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * How a sweep turns its axes into points (docs/sweeps.md). Random draws come from
 * {@link java.util.Random}, whose algorithm the Java specification fixes, so the same sweep seed
 * gives the same points on every JVM.
 *
 * @param type    grid, random or latin-hypercube
 * @param samples points to draw (random, latin-hypercube); 0 for a grid
 */
public record Design(String type, int samples) {

    public static final String GRID = "grid";
    public static final String RANDOM = "random";
    public static final String LATIN_HYPERCUBE = "latin-hypercube";
    public static final List<String> TYPES = List.of(GRID, RANDOM, LATIN_HYPERCUBE);

    public List<Point> points(List<Axis> axes, long seed) {
        return switch (type) {
            case GRID -> grid(axes);
            case RANDOM -> random(axes, new Random(seed));
            case LATIN_HYPERCUBE -> latinHypercube(axes, new Random(seed));
            default -> throw new IllegalStateException("unknown design " + type);
        };
    }

    /** Every combination; the last axis varies fastest, like nested loops in file order. */
    static List<Point> grid(List<Axis> axes) {
        List<Point> points = new ArrayList<>();
        int total = 1;
        for (Axis axis : axes) {
            total *= axis.values().size();
        }
        for (int index = 0; index < total; index++) {
            List<JsonNode> values = new ArrayList<>();
            int rest = index;
            int stride = total;
            for (Axis axis : axes) {
                stride /= axis.values().size();
                values.add(axis.values().get(rest / stride));
                rest %= stride;
            }
            points.add(new Point(index + 1, values));
        }
        return points;
    }

    /** Each point draws every axis independently, axis by axis in file order. */
    private List<Point> random(List<Axis> axes, Random random) {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            List<JsonNode> values = new ArrayList<>();
            for (Axis axis : axes) {
                values.add(axis.at(random.nextDouble()));
            }
            points.add(new Point(i + 1, values));
        }
        return points;
    }

    /**
     * Each axis is cut into {@code samples} equally likely strata and every stratum is used by
     * exactly one point: per axis (in file order) a random permutation of the strata, then a
     * uniform position inside each.
     */
    private List<Point> latinHypercube(List<Axis> axes, Random random) {
        double[][] u = new double[axes.size()][samples];
        for (int a = 0; a < axes.size(); a++) {
            int[] strata = permutation(samples, random);
            for (int i = 0; i < samples; i++) {
                u[a][i] = (strata[i] + random.nextDouble()) / samples;
            }
        }
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            List<JsonNode> values = new ArrayList<>();
            for (int a = 0; a < axes.size(); a++) {
                values.add(axes.get(a).at(u[a][i]));
            }
            points.add(new Point(i + 1, values));
        }
        return points;
    }

    /** Fisher-Yates shuffle of 0..n-1. */
    private static int[] permutation(int n, Random random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }
}
