package chipsim.runner.report;

import java.util.List;

/**
 * A section of a report showing one chart at a time: a run's figures have one choice; a sweep's
 * offer one per metric, picked from a list in the page (and each written as its own PNG).
 *
 * @param id a short name, unique in the report, safe in file names and HTML ids
 * @param chooserLabel what the choices are ("metric"), shown next to the list; unused with one choice
 */
public record Figure(String id, String title, String chooserLabel, List<Choice> choices) implements Block {

    /**
     * One chart a figure can show, with the label it has in the list.
     *
     * @param key a short name for the choice (a metric's column), used in its PNG's file name
     */
    public record Choice(String key, String label, Chart chart) {

        public Choice(String label, Chart chart) {
            this(label, label, chart);
        }
    }

    public Figure {
        choices = List.copyOf(choices);
        if (choices.isEmpty()) {
            throw new IllegalArgumentException("figure " + id + " has no chart");
        }
        if (!id.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("figure id must be lower-case letters, digits and dashes: " + id);
        }
    }

    public static Figure of(String id, Chart chart) {
        return new Figure(id, chart.title(), "", List.of(new Choice("", chart)));
    }
}
