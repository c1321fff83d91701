package chipsim.runner.analysis.sensitivity;

import java.util.Random;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Points of a Sobol low-discrepancy sequence (commons-math's generator, Joe and Kuo's direction
 * numbers) scrambled by a random digital shift: each coordinate's 52 binary digits are XORed with
 * one random 52-bit word per dimension. The shift keeps the sequence's net structure (each
 * dyadic box of a power-of-two block still holds its share of points) while moving the first
 * point off the origin and making the sample random, so a bootstrap over its rows is meaningful.
 * Not Owen's nested scrambling, which would randomise each digit given the ones before it.
 */
public final class ScrambledSobol {

    /** The generator's resolution: its points are whole multiples of 2^-52. */
    private static final int BITS = 52;

    private ScrambledSobol() {}

    /**
     * @param seed the shifts come from {@code java.util.Random(seed)}, whose algorithm the Java
     *             specification fixes, so a seed gives the same points on every JVM
     * @return {@code count} points of {@code dimension} coordinates in [0, 1)
     */
    public static double[][] points(int count, int dimension, long seed) {
        Random random = new Random(seed);
        long[] shift = new long[dimension];
        for (int d = 0; d < dimension; d++) {
            shift[d] = random.nextLong() >>> (Long.SIZE - BITS);
        }
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(dimension);
        double[][] points = new double[count][];
        for (int i = 0; i < count; i++) {
            double[] x = sobol.nextVector();
            for (int d = 0; d < dimension; d++) {
                long digits = (long) Math.scalb(x[d], BITS);
                x[d] = Math.scalb((double) (digits ^ shift[d]), -BITS);
            }
            points[i] = x;
        }
        return points;
    }
}
