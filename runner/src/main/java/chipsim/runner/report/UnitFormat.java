package chipsim.runner.report;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/** A {@link NumberFormat} for JFreeChart's axes that writes numbers as {@link Unit#format} does. */
final class UnitFormat extends NumberFormat {

    private final Unit unit;

    UnitFormat(Unit unit) {
        this.unit = unit;
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(unit.format(number));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(unit.format(number));
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        // Axes only format; nothing parses their labels back.
        return null;
    }
}
