package chipsim.runner.output;

import java.math.BigDecimal;

/** One way to write a number in every output: whole numbers without a decimal point, others in shortest plain form. */
public final class Numbers {

    private Numbers() {}

    public static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).toPlainString();
    }
}
