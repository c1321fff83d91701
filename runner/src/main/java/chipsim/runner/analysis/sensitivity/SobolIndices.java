package chipsim.runner.analysis.sensitivity;

import java.util.ArrayList;
import java.util.List;

/**
 * Sobol indices from the outputs of a {@link SaltelliSample}, estimated as SALib's
 * {@code sobol.analyze} does: the outputs are first standardised (mean 0, sd 1 over all rows);
 * with V the variance of the A and B outputs together,
 * S1_i = mean(f(B) (f(AB_i) - f(A))) / V (Saltelli et al. 2010),
 * ST_i = mean((f(A) - f(AB_i))^2) / (2 V) (Jansen 1999), and
 * S2_ij = mean(f(BA_i) f(AB_j) - f(A) f(B)) / V - S1_i - S1_j (Saltelli 2002).
 */
public final class SobolIndices {

    private SobolIndices() {}

    /**
     * @param outputs one per row of the sample, in its order; no NaN
     * @param seed    of the bootstrap over base samples
     */
    public static List<Estimate> analyse(double[] outputs, int parameters, boolean secondOrder, int resamples,
            long seed) {
        return analyse(outputs, parameters, secondOrder, 0, resamples, seed);
    }

    /**
     * @param totalNoiseFloor the ST that noise alone would give an inert parameter (noise in two
     *                        outputs that should be equal): an ST whose interval starts at or below
     *                        it is flagged; 0 for outputs without noise
     */
    public static List<Estimate> analyse(double[] outputs, int parameters, boolean secondOrder, double totalNoiseFloor,
            int resamples, long seed) {
        int step = SaltelliSample.rowsPerBlock(parameters, secondOrder);
        if (outputs.length == 0 || outputs.length % step != 0) {
            throw new IllegalArgumentException(outputs.length + " outputs are not whole blocks of " + step);
        }
        Blocks blocks = new Blocks(standardised(outputs), parameters, secondOrder);
        int n = outputs.length / step;
        double[] point = blocks.indices(Bootstrap.identity(n));
        double[][] intervals = Bootstrap.intervals(n, resamples, seed, blocks::indices);
        List<Estimate> estimates = new ArrayList<>();
        for (int i = 0; i < parameters; i++) {
            estimates.add(Estimate.signed(Estimate.S1, i, -1, point[i], intervals[i], n));
        }
        for (int i = 0; i < parameters; i++) {
            estimates.add(Estimate.magnitude(Estimate.ST, i, point[parameters + i], intervals[parameters + i],
                    totalNoiseFloor, n));
        }
        if (secondOrder) {
            int k = 2 * parameters;
            for (int i = 0; i < parameters; i++) {
                for (int j = i + 1; j < parameters; j++, k++) {
                    estimates.add(Estimate.signed(Estimate.S2, i, j, point[k], intervals[k], n));
                }
            }
        }
        return estimates;
    }

    /** (y - mean) / sd over all rows (sd with n in the denominator), as SALib does; all NaN for a constant output. */
    static double[] standardised(double[] y) {
        double mean = 0;
        for (double v : y) {
            mean += v;
        }
        mean /= y.length;
        double squares = 0;
        for (double v : y) {
            squares += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(squares / y.length);
        double[] z = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            z[i] = sd == 0 ? Double.NaN : (y[i] - mean) / sd;
        }
        return z;
    }

    /** The outputs viewed as N blocks; computes every index over a chosen list of blocks. */
    private record Blocks(double[] y, int d, boolean secondOrder) {

        private int step() {
            return SaltelliSample.rowsPerBlock(d, secondOrder);
        }

        private double a(int j) {
            return y[j * step()];
        }

        private double ab(int j, int i) {
            return y[j * step() + 1 + i];
        }

        private double ba(int j, int i) {
            return y[j * step() + 1 + d + i];
        }

        private double b(int j) {
            return y[j * step() + step() - 1];
        }

        /** S1 for each parameter, then ST, then S2 for each pair i < j. */
        double[] indices(int[] rows) {
            int n = rows.length;
            double mean = 0;
            for (int j : rows) {
                mean += a(j) + b(j);
            }
            mean /= 2 * n;
            double variance = 0;
            for (int j : rows) {
                variance += (a(j) - mean) * (a(j) - mean) + (b(j) - mean) * (b(j) - mean);
            }
            variance /= 2 * n;
            int pairs = secondOrder ? d * (d - 1) / 2 : 0;
            double[] out = new double[2 * d + pairs];
            for (int i = 0; i < d; i++) {
                double first = 0;
                double total = 0;
                for (int j : rows) {
                    first += b(j) * (ab(j, i) - a(j));
                    total += (a(j) - ab(j, i)) * (a(j) - ab(j, i));
                }
                out[i] = first / n / variance;
                out[d + i] = total / n / (2 * variance);
            }
            int k = 2 * d;
            for (int i = 0; i < d && secondOrder; i++) {
                for (int m = i + 1; m < d; m++, k++) {
                    double joint = 0;
                    for (int j : rows) {
                        joint += ba(j, i) * ab(j, m) - a(j) * b(j);
                    }
                    out[k] = joint / n / variance - out[i] - out[m];
                }
            }
            return out;
        }
    }
}
