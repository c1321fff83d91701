package chipsim.runner.datapackage;

import java.util.Optional;

/**
 * A file an output folder may hold. {@code path} is the file's path inside the folder, or a
 * pattern with one {@code *} standing for any name (the figures).
 *
 * @param table the columns of a CSV; null for other files
 */
public record FileDefinition(String path, String format, String mediatype, String description, TableDefinition table) {

    public static FileDefinition csv(TableDefinition table) {
        return new FileDefinition(table.file(), "csv", "text/csv", table.description(), table);
    }

    public static FileDefinition other(String path, String format, String mediatype, String description) {
        return new FileDefinition(path, format, mediatype, description, null);
    }

    public boolean matches(String file) {
        int star = path.indexOf('*');
        if (star < 0) {
            return path.equals(file);
        }
        String prefix = path.substring(0, star);
        String suffix = path.substring(star + 1);
        String middle = file.length() >= prefix.length() + suffix.length()
                ? file.substring(prefix.length(), file.length() - suffix.length()) : "/";
        return file.startsWith(prefix) && file.endsWith(suffix) && !middle.isEmpty() && !middle.contains("/");
    }

    public Optional<TableDefinition> tableDefinition() {
        return Optional.ofNullable(table);
    }
}
