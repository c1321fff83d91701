package chipsim.agents.decision;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Collects the problems of a decision, one line per bad field, named as the field is named in
 * JSON ({@code wafersByChip.H20}). The checks every role needs are here, so that a policy, a
 * program and a person are held to the same rules.
 */
public final class Checks {

    private final List<String> problems = new ArrayList<>();

    public List<String> problems() {
        return List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    public void problem(String field, String message) {
        problems.add(field + ": " + message);
    }

    public void notNull(String field, Object value) {
        if (value == null) {
            problem(field, "is missing");
        }
    }

    /** A finite number within [min, max]. */
    public void number(String field, double value, double min, double max) {
        if (!Double.isFinite(value)) {
            problem(field, value + " is not a finite number");
        } else if (value < min || value > max) {
            problem(field, format(value) + " is outside " + format(min) + ".." + format(max));
        }
    }

    public void count(String field, long value, long min, long max) {
        if (value < min || value > max) {
            problem(field, value + " is outside " + min + ".." + max);
        }
    }

    /** Every key is one of {@code allowed} and every value a count within [min, max]. */
    public void counts(String field, Map<String, Long> values, Collection<String> allowed, long min, long max) {
        entries(field, values, allowed, (name, value) -> count(name, value, min, max));
    }

    /** Every key is one of {@code allowed} and every value a finite number within [min, max]. */
    public void numbers(String field, Map<String, Double> values, Collection<String> allowed, double min, double max) {
        entries(field, values, allowed, (name, value) -> number(name, value, min, max));
    }

    /** The map is there, every key is one of {@code allowed}, every value there and passing {@code check}. */
    private <V> void entries(String field, Map<String, V> values, Collection<String> allowed,
            java.util.function.BiConsumer<String, V> check) {
        if (values == null) {
            problem(field, "is missing");
            return;
        }
        values.forEach((key, value) -> {
            if (!allowed.contains(key)) {
                problem(field + "." + key, "is not one of " + allowed);
            } else if (value == null) {
                problem(field + "." + key, "is missing");
            } else {
                check.accept(field + "." + key, value);
            }
        });
    }

    /** Every element is one of {@code allowed}. */
    public void members(String field, Collection<String> values, Collection<String> allowed) {
        if (values == null) {
            problem(field, "is missing");
            return;
        }
        for (String value : values) {
            if (!allowed.contains(value)) {
                problem(field, "'" + value + "' is not one of " + allowed);
            }
        }
    }

    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
