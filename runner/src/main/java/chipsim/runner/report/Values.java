package chipsim.runner.report;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/** Small sums and look-ups over a series of values where null or NaN means "no value". */
final class Values {

    private Values() {}

    static boolean present(Double v) {
        return v != null && !v.isNaN();
    }

    static OptionalInt firstPresent(List<Double> values) {
        for (int i = 0; i < values.size(); i++) {
            if (present(values.get(i))) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    static OptionalInt lastPresent(List<Double> values) {
        for (int i = values.size() - 1; i >= 0; i--) {
            if (present(values.get(i))) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    static OptionalInt maxIndex(List<Double> values) {
        int best = -1;
        for (int i = 0; i < values.size(); i++) {
            if (present(values.get(i)) && (best < 0 || values.get(i) > values.get(best))) {
                best = i;
            }
        }
        return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
    }

    static double sum(List<Double> values) {
        double total = 0;
        for (Double v : values) {
            if (present(v)) {
                total += v;
            }
        }
        return total;
    }

    static int countPresent(List<Double> values) {
        int n = 0;
        for (Double v : values) {
            if (present(v)) {
                n++;
            }
        }
        return n;
    }

    static List<Double> zeros(int size) {
        List<Double> zeros = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            zeros.add(0.0);
        }
        return zeros;
    }

    /** A copy in which zeros become gaps: a price of 0 means the chip did not trade that quarter. */
    static List<Double> zeroAsGap(List<Double> values) {
        List<Double> out = new ArrayList<>(values.size());
        for (Double v : values) {
            out.add(present(v) && v != 0.0 ? v : null);
        }
        return out;
    }

    static List<Double> scaled(List<Double> values, double factor) {
        List<Double> out = new ArrayList<>(values.size());
        for (Double v : values) {
            out.add(present(v) ? v * factor : null);
        }
        return out;
    }

    /** "a, b and c", with at most {@code max} items and "…" after them. */
    static String listOf(List<String> items, int max) {
        List<String> shown = items.size() > max ? items.subList(0, max) : items;
        String tail = items.size() > max ? " and " + (items.size() - max) + " more" : "";
        if (shown.size() == 1) {
            return shown.get(0) + tail;
        }
        if (tail.isEmpty()) {
            return String.join(", ", shown.subList(0, shown.size() - 1)) + " and " + shown.get(shown.size() - 1);
        }
        return String.join(", ", shown) + tail;
    }

    static String capitalised(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
