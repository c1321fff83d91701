package chipsim.runner.sweep;

import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * A sampled axis: maps a probability {@code u} in [0, 1) to a value by the inverse CDF, so that
 * random and latin-hypercube designs share one mapping and a stratum of {@code u} is a stratum of
 * the value.
 *
 * @param type    uniform, log-uniform or normal
 * @param min     lower bound (uniform, log-uniform; optional truncation of normal, else -infinity)
 * @param max     upper bound (uniform, log-uniform; optional truncation of normal, else +infinity)
 * @param mean    normal only
 * @param sd      normal only
 * @param integer round the value to the nearest whole number
 */
public record Distribution(String type, double min, double max, double mean, double sd, boolean integer) {

    public static final String UNIFORM = "uniform";
    public static final String LOG_UNIFORM = "log-uniform";
    public static final String NORMAL = "normal";
    public static final List<String> TYPES = List.of(UNIFORM, LOG_UNIFORM, NORMAL);

    public double quantile(double u) {
        double value = switch (type) {
            case UNIFORM -> min + u * (max - min);
            case LOG_UNIFORM -> Math.exp(Math.log(min) + u * (Math.log(max) - Math.log(min)));
            case NORMAL -> truncatedNormal(u);
            default -> throw new IllegalStateException("unknown distribution " + type);
        };
        return integer ? Math.rint(value) : value;
    }

    /** The normal restricted to [min, max]: u is spread over the CDF's values at the bounds. */
    private double truncatedNormal(double u) {
        NormalDistribution normal = new NormalDistribution(null, mean, sd);
        double low = Double.isInfinite(min) ? 0 : normal.cumulativeProbability(min);
        double high = Double.isInfinite(max) ? 1 : normal.cumulativeProbability(max);
        double p = low + u * (high - low);
        // The inverse CDF is infinite at exactly 0 or 1; a draw there is a bound of the support.
        if (p <= 0) {
            return Double.isInfinite(min) ? mean - 8 * sd : min;
        }
        if (p >= 1) {
            return Double.isInfinite(max) ? mean + 8 * sd : max;
        }
        return Math.min(max, Math.max(min, normal.inverseCumulativeProbability(p)));
    }
}
