package chipsim.runner.game;

/** The mean of a sample and its 95% confidence interval (Student's t). */
final class Stats {

    /** Two-sided 95% quantiles of Student's t for 1 to 30 degrees of freedom. */
    private static final double[] T975 = {12.7062, 4.3027, 3.1824, 2.7764, 2.5706, 2.4469, 2.3646, 2.3060, 2.2622,
        2.2281, 2.2010, 2.1788, 2.1604, 2.1448, 2.1314, 2.1199, 2.1098, 2.1009, 2.0930, 2.0860, 2.0796, 2.0739,
        2.0687, 2.0639, 2.0595, 2.0555, 2.0518, 2.0484, 2.0452, 2.0423};
    private static final double Z975 = 1.959963984540054;

    private Stats() {}

    static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /** The 95% interval of the mean; null for fewer than two values. */
    static Game.Interval interval(double[] values) {
        int n = values.length;
        if (n < 2) {
            return null;
        }
        double mean = mean(values);
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        double halfWidth = t975(n - 1) * Math.sqrt(squares / (n - 1)) / Math.sqrt(n);
        return new Game.Interval(mean - halfWidth, mean + halfWidth);
    }

    /** From the table up to 30 degrees of freedom; beyond, the Cornish-Fisher expansion (error below 1e-4). */
    static double t975(int df) {
        if (df <= T975.length) {
            return T975[df - 1];
        }
        double z = Z975;
        return z + (z * z * z + z) / (4.0 * df) + (5 * Math.pow(z, 5) + 16 * z * z * z + 3 * z) / (96.0 * df * df);
    }
}
