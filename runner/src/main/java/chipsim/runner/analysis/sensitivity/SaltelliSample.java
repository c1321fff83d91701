package chipsim.runner.analysis.sensitivity;

/**
 * Saltelli's (2010) sample for Sobol indices, in the row order SALib's {@code saltelli.sample}
 * uses, so that {@link SobolIndices} (and SALib's {@code sobol.analyze}) read it block by block.
 * A scrambled Sobol sequence of 2D coordinates gives N base rows; the first D coordinates of row
 * j are A_j, the last D are B_j. Block j is A_j, then AB_j^(i) for each parameter i (A_j with
 * coordinate i taken from B_j), then with second order BA_j^(i) (B_j with coordinate i from A_j),
 * then B_j: N (D + 2) rows, or N (2D + 2).
 */
public final class SaltelliSample {

    private SaltelliSample() {}

    public static int rowsPerBlock(int parameters, boolean secondOrder) {
        return secondOrder ? 2 * parameters + 2 : parameters + 2;
    }

    /** @return N (D + 2) or N (2D + 2) rows of D coordinates in [0, 1) */
    public static double[][] rows(int baseSamples, int parameters, boolean secondOrder, long seed) {
        double[][] base = ScrambledSobol.points(baseSamples, 2 * parameters, seed);
        int step = rowsPerBlock(parameters, secondOrder);
        double[][] rows = new double[baseSamples * step][];
        for (int j = 0; j < baseSamples; j++) {
            double[] a = new double[parameters];
            double[] b = new double[parameters];
            System.arraycopy(base[j], 0, a, 0, parameters);
            System.arraycopy(base[j], parameters, b, 0, parameters);
            int at = j * step;
            rows[at++] = a.clone();
            for (int i = 0; i < parameters; i++) {
                double[] ab = a.clone();
                ab[i] = b[i];
                rows[at++] = ab;
            }
            if (secondOrder) {
                for (int i = 0; i < parameters; i++) {
                    double[] ba = b.clone();
                    ba[i] = a[i];
                    rows[at++] = ba;
                }
            }
            rows[at] = b.clone();
        }
        return rows;
    }
}
