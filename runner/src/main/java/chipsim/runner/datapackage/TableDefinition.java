package chipsim.runner.datapackage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The columns a CSV may have, each defined once: the writer takes its fixed header from here,
 * datapackage.json describes the header written, docs/trace.md shows the same table and the report
 * labels its axes with the titles. A column is matched against the definitions in order, so a
 * specific family ({@code payoff.<player>.ci95_low}) is listed before a general one.
 */
public record TableDefinition(String file, String title, String description, List<ColumnDefinition> columns) {

    public TableDefinition {
        columns = List.copyOf(columns);
    }

    /** The resource name of the file in datapackage.json: its name without extension, in lower case. */
    public String resourceName() {
        return file.replaceFirst("\\.[^.]+$", "").replace('.', '-').toLowerCase(java.util.Locale.ROOT);
    }

    /** The field of a column written in the file, if any definition covers it. */
    public Optional<Field> field(String column) {
        return definition(column).flatMap(d -> d.match(column));
    }

    /** The first definition that covers a column. */
    public Optional<ColumnDefinition> definition(String column) {
        return columns.stream().filter(d -> d.match(column).isPresent()).findFirst();
    }

    /** The names of the fixed (non-family) columns, in order: the header of a file whose columns never vary. */
    public List<String> fixedNames() {
        List<String> names = new ArrayList<>();
        for (ColumnDefinition c : columns) {
            if (!c.isFamily()) {
                names.add(c.name());
            }
        }
        return names;
    }

    /** The same table with more definitions after these (a sweep's metrics, derived from quarters.csv's columns). */
    public TableDefinition with(List<ColumnDefinition> more) {
        List<ColumnDefinition> all = new ArrayList<>(columns);
        all.addAll(more);
        return new TableDefinition(file, title, description, all);
    }
}
