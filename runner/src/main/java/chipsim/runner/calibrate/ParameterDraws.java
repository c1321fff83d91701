package chipsim.runner.calibrate;

import chipsim.runner.output.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Points drawn around the calibrated parameters: each parameter independently and uniformly within
 * ±spread of its value (a whole number stays whole). Draw i comes from its own stream keyed by
 * (seed, i), so the first N draws are the same whatever N is: a larger check extends a smaller one.
 */
public final class ParameterDraws {

    private ParameterDraws() {}

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
