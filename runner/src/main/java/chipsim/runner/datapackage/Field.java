package chipsim.runner.datapackage;

/**
 * One column of a chipsim CSV as datapackage.json, docs/trace.md and the report describe it.
 *
 * @param name        the column's name in the header
 * @param type        its Table Schema type
 * @param unit        what its numbers measure: one of {@link Units}, or empty for text and flags
 * @param title       a short readable name for axes and legends, with the unit in brackets
 * @param description what a cell holds, in a sentence or two
 */
public record Field(String name, FieldType type, String unit, String title, String description) {

    public Field {
        if (name.isEmpty() || title.isEmpty() || description.isEmpty()) {
            throw new IllegalArgumentException("a field needs a name, a title and a description: " + name);
        }
    }
}
