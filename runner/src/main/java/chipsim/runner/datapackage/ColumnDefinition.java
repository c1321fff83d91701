package chipsim.runner.datapackage;

import java.util.Optional;

/**
 * The definition of one column, or of a family of columns one per key: {@code price_usd.<chip>}
 * stands for {@code price_usd.H20}, {@code price_usd.B30A}, ... with {@code <chip>} replaced by
 * the key in the title and description too.
 */
public record ColumnDefinition(String name, FieldType type, String unit, String title, String description) {

    public static ColumnDefinition of(String name, FieldType type, String unit, String title, String description) {
        return new ColumnDefinition(name, type, unit, title, description);
    }

    /** Whether this stands for many columns. */
    public boolean isFamily() {
        return placeholderStart() >= 0;
    }

    /** The field of {@code column} if this definition covers it. */
    public Optional<Field> match(String column) {
        int start = placeholderStart();
        if (start < 0) {
            return column.equals(name) ? Optional.of(new Field(name, type, unit, title, description)) : Optional.empty();
        }
        int end = name.indexOf('>', start);
        String prefix = name.substring(0, start);
        String suffix = name.substring(end + 1);
        if (!column.startsWith(prefix) || !column.endsWith(suffix) || column.length() <= prefix.length() + suffix.length()) {
            return Optional.empty();
        }
        String key = column.substring(prefix.length(), column.length() - suffix.length());
        String placeholder = name.substring(start, end + 1);
        return Optional.of(new Field(column, type, unit, title.replace(placeholder, key),
                description.replace(placeholder, key)));
    }

    private int placeholderStart() {
        return name.indexOf('<');
    }
}
