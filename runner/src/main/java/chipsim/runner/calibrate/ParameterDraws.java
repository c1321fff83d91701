package chipsim.runner.calibrate;

import chipsim.runner.output.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Points around the calibrated parameters, in one of two designs. {@link Design#UNIFORM}: each
 * parameter independently and uniformly within ±spread of its value (a whole number stays whole);
 * draw i comes from its own stream keyed by (seed, i), so the first N draws are the same whatever N
 * is: a larger check extends a smaller one. {@link Design#ONE_AT_A_TIME}: point 0 is the calibrated
 * values themselves, points 2p+1 and 2p+2 move parameter p alone to (1 - spread) and (1 + spread)
 * times its value; there are 2P + 1 points and no randomness.
 */
public final class ParameterDraws {

    /** How the points are placed; robustness.settings names it. */
    public enum Design {
        UNIFORM("uniform"),
        ONE_AT_A_TIME("one-at-a-time");

        private final String label;

        Design(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private ParameterDraws() {}

    /** The values of point {@code index} of {@code design}, in the parameters' order. */
    public static double[] values(Design design, List<CalibratedParameters.Parameter> parameters, double spread,
            long seed, int index) {
        return design == Design.UNIFORM ? draw(parameters, spread, seed, index)
                : oneAtATime(parameters, spread, index);
    }

    /** How many points a design has for {@code requested} draws: a one-at-a-time design has 2P + 1. */
    public static int count(Design design, List<CalibratedParameters.Parameter> parameters, int requested) {
        return design == Design.UNIFORM ? requested : 2 * parameters.size() + 1;
    }

    /**
     * The parameter a one-at-a-time point moves (-1 for point 0, the calibrated values) and the
     * factor it is moved by.
     */
    public static int movedParameter(int index) {
        return index == 0 ? -1 : (index - 1) / 2;
    }

    public static double movedFactor(int index, double spread) {
        return index == 0 ? 1 : index % 2 == 1 ? 1 - spread : 1 + spread;
    }

    static double[] oneAtATime(List<CalibratedParameters.Parameter> parameters, double spread, int index) {
        if (index < 0 || index > 2 * parameters.size()) {
            throw new IllegalArgumentException("a one-at-a-time design over " + parameters.size()
                    + " parameters has points 0 to " + 2 * parameters.size() + ", not " + index);
        }
        double[] values = new double[parameters.size()];
        for (int p = 0; p < parameters.size(); p++) {
            values[p] = parameters.get(p).value();
        }
        int moved = movedParameter(index);
        if (moved >= 0) {
            CalibratedParameters.Parameter parameter = parameters.get(moved);
            double value = parameter.value() * movedFactor(index, spread);
            values[moved] = parameter.integer() ? Math.rint(value) : value;
        }
        return values;
    }

    /** The values of draw {@code index}, in the parameters' order. */
    public static double[] draw(List<CalibratedParameters.Parameter> parameters, double spread, long seed, int index) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        double[] values = new double[parameters.size()];
        for (int p = 0; p < parameters.size(); p++) {
            CalibratedParameters.Parameter parameter = parameters.get(p);
            double factor = 1 + spread * (2 * random.nextDouble() - 1);
            double value = parameter.value() * factor;
            values[p] = parameter.integer() ? Math.rint(value) : value;
        }
        return values;
    }

    /** The draw as --set overrides of the scenario. */
    public static List<String> overrides(List<CalibratedParameters.Parameter> parameters, double[] values) {
        List<String> overrides = new ArrayList<>();
        for (int p = 0; p < parameters.size(); p++) {
            overrides.add(parameters.get(p).path() + "=" + text(parameters.get(p), values[p]));
        }
        return overrides;
    }

    static String text(CalibratedParameters.Parameter parameter, double value) {
        return parameter.integer() ? Long.toString((long) value) : Numbers.format(value);
    }
}
