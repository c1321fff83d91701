package chipsim.market;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter such as {@code 2025Q3}: the model's unit of time. */
public record Quarter(int year, int quarterOfYear) implements Comparable<Quarter> {

    private static final Pattern FORM = Pattern.compile("(\\d{4})Q(\\d)");

    public Quarter {
        if (quarterOfYear < 1 || quarterOfYear > 4) {
            throw new IllegalArgumentException(
                    "quarter " + year + "Q" + quarterOfYear + " does not exist: a year has quarters Q1 to Q4");
        }
        if (year < 1900 || year > 2200) {
            throw new IllegalArgumentException("year " + year + " is outside 1900..2200");
        }
    }

    /** Parses {@code 2025Q3}; the message of the exception says what a valid quarter looks like. */
    public static Quarter parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not a quarter: write it as YEARQn, for example 2025Q3");
        }
        return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public Quarter next() {
        return plus(1);
    }

    public Quarter plus(int quarters) {
        int index = index() + quarters;
        return new Quarter(Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1);
    }

    /** Quarters from {@code this} to {@code other}; positive when other is later. */
    public int until(Quarter other) {
        return other.index() - index();
    }

    public boolean isAfter(Quarter other) {
        return compareTo(other) > 0;
    }

    public boolean isBefore(Quarter other) {
        return compareTo(other) < 0;
    }

    private int index() {
        return year * 4 + (quarterOfYear - 1);
    }

    @Override
    public int compareTo(Quarter o) {
        return Integer.compare(index(), o.index());
    }

    @Override
    public String toString() {
        return year + "Q" + quarterOfYear;
    }
}
