package chipsim.runner.sweep;

import chipsim.runner.analysis.sensitivity.MorrisSample;
import chipsim.runner.analysis.sensitivity.SaltelliSample;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * How a sweep turns its axes into points (docs/sweeps.md). Random draws come from
 * {@link java.util.Random}, whose algorithm the Java specification fixes, so the same sweep seed
 * gives the same points on every JVM.
 *
 * @param type         grid, random, latin-hypercube, morris, sobol, or from (points read from a CSV file)
 * @param samples      points to draw (random, latin-hypercube) or base samples N (sobol); else 0
 * @param trajectories Morris trajectories r; else 0
 * @param levels       Morris grid levels p; else 0
 * @param secondOrder  a sobol design also samples the BA blocks, for second-order indices
 * @param from         the points file as the sweep file names it (from); else null
 */
public record Design(String type, int samples, int trajectories, int levels, boolean secondOrder, String from) {

    public static final String GRID = "grid";
    public static final String RANDOM = "random";
    public static final String LATIN_HYPERCUBE = "latin-hypercube";
    public static final String MORRIS = "morris";
    public static final String SOBOL = "sobol";
    /** Points given in a CSV file; not a type: written {@code design: {from: points.csv}}. */
    public static final String FROM = "from";
    public static final List<String> TYPES = List.of(GRID, RANDOM, LATIN_HYPERCUBE, MORRIS, SOBOL);

    public Design(String type, int samples) {
        this(type, samples, 0, 0, false, null);
    }

    public static Design morris(int trajectories, int levels) {
        return new Design(MORRIS, 0, trajectories, levels, false, null);
    }

    public static Design sobol(int baseSamples, boolean secondOrder) {
        return new Design(SOBOL, baseSamples, 0, 0, secondOrder, null);
    }

    public static Design from(String file) {
        return new Design(FROM, 0, 0, 0, false, file);
    }

    /** Whether chipsim sensitivity can analyse a sweep of this design. */
    public boolean forSensitivity() {
        return type.equals(MORRIS) || type.equals(SOBOL);
    }

    public List<Point> points(List<Axis> axes, long seed) {
        return switch (type) {
            case GRID -> grid(axes);
            case RANDOM -> random(axes, new Random(seed));
            case LATIN_HYPERCUBE -> latinHypercube(axes, new Random(seed));
            case MORRIS -> onLevels(atUnitRows(axes, unitRows(axes.size(), seed)));
            case SOBOL -> atUnitRows(axes, unitRows(axes.size(), seed));
            case FROM -> fromFile(axes);
            default -> throw new IllegalStateException("unknown design " + type);
        };
    }

    /** How many points the design has over {@code axes}. */
    public long pointCount(List<Axis> axes) {
        return switch (type) {
            case GRID -> {
                long size = 1;
                for (Axis axis : axes) {
                    size = Math.min(Long.MAX_VALUE / 2, size * Math.max(1, axis.values().size()));
                }
                yield size;
            }
            case MORRIS -> (long) trajectories * (axes.size() + 1);
            case SOBOL -> (long) samples * SaltelliSample.rowsPerBlock(axes.size(), secondOrder);
            case FROM -> axes.isEmpty() ? 0 : axes.get(0).values().size();
            default -> samples;
        };
    }

    /**
     * The design's points on the unit cube, one coordinate per axis, before each axis maps its
     * coordinate to a value: what the estimators of a morris or sobol design read.
     */
    public double[][] unitRows(int parameters, long seed) {
        return switch (type) {
            case MORRIS -> MorrisSample.rows(trajectories, parameters, levels, seed);
            case SOBOL -> SaltelliSample.rows(samples, parameters, secondOrder, seed);
            default -> throw new IllegalStateException(type + " has no unit rows");
        };
    }

    /** The design's keys as sweep.resolved.yaml records them. */
    public void describe(ObjectNode node) {
        if (type.equals(FROM)) {
            node.put("from", from);
            return;
        }
        node.put("type", type);
        if (samples > 0) {
            node.put("samples", samples);
        }
        if (type.equals(MORRIS)) {
            node.put("trajectories", trajectories);
            node.put("levels", levels);
        }
        if (type.equals(SOBOL)) {
            node.put("secondOrder", secondOrder);
        }
    }

    /** The design a sweep.resolved.yaml records under {@code design:}. */
    public static Design ofResolved(JsonNode node) {
        if (node.has("from")) {
            return from(node.path("from").asText());
        }
        return new Design(node.path("type").asText(GRID), node.path("samples").asInt(0),
                node.path("trajectories").asInt(0), node.path("levels").asInt(0),
                node.path("secondOrder").asBoolean(false), null);
    }

    /** Each axis takes its value at its row's coordinate; a Morris coordinate of 1 is the axis's top value. */
    private static List<Point> atUnitRows(List<Axis> axes, double[][] rows) {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            List<JsonNode> values = new ArrayList<>();
            for (int a = 0; a < axes.size(); a++) {
                values.add(axes.get(a).at(rows[i][a]));
            }
            points.add(new Point(i + 1, values));
        }
        return points;
    }

    /**
     * Morris levels are meant to be round values of a range (0.2, not 0.19999999999999998 from
     * 0.6 / 3): numbers are rounded to 15 significant digits, below the precision of any setting.
     */
    private static List<Point> onLevels(List<Point> points) {
        List<Point> rounded = new ArrayList<>();
        for (Point point : points) {
            List<JsonNode> values = new ArrayList<>();
            for (JsonNode value : point.values()) {
                values.add(value.isDouble() ? AxisValues.number(new BigDecimal(value.doubleValue())
                        .round(new MathContext(15)).doubleValue()) : value);
            }
            rounded.add(new Point(point.id(), values));
        }
        return rounded;
    }

    /** A points file's axes hold their column, one value per row: point i takes row i of each. */
    private static List<Point> fromFile(List<Axis> axes) {
        List<Point> points = new ArrayList<>();
        long rows = axes.isEmpty() ? 0 : axes.get(0).values().size();
        for (int i = 0; i < rows; i++) {
            List<JsonNode> values = new ArrayList<>();
            for (Axis axis : axes) {
                values.add(axis.values().get(i));
            }
            points.add(new Point(i + 1, values));
        }
        return points;
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
            int[] strata = chipsim.runner.analysis.Permutations.of(samples, random);
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
}
