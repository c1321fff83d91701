package chipsim.runner.report;

import chipsim.runner.report.SweepData.Point;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/** The distinct values of one sweep axis, in order: numbers ascending, other values as they first appear. */
record SweepAxis(String name, List<String> values, boolean numeric) {

    static SweepAxis of(String name, List<Point> points) {
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        points.forEach(p -> distinct.add(p.axisValues().get(name)));
        List<String> values = new ArrayList<>(distinct);
        boolean numeric = values.stream().allMatch(SweepAxis::isNumber);
        if (numeric) {
            values.sort(Comparator.comparingDouble(Double::parseDouble));
        }
        return new SweepAxis(name, values, numeric);
    }

    static boolean isNumber(String text) {
        try {
            Double.parseDouble(text.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    String first() {
        return values.get(0);
    }

    String last() {
        return values.get(values.size() - 1);
    }
}
