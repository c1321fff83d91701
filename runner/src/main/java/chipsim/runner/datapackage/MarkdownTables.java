package chipsim.runner.datapackage;

/**
 * The column tables of docs/trace.md, rendered from the definitions; a test keeps the document
 * equal to them, so the writers, datapackage.json and the documentation cannot disagree.
 */
public final class MarkdownTables {

    private MarkdownTables() {}

    public static String columns(TableDefinition table) {
        StringBuilder md = new StringBuilder("| column | type | unit | meaning |\n|---|---|---|---|\n");
        for (ColumnDefinition c : table.columns()) {
            md.append("| `").append(c.name()).append("` | ").append(c.type().key()).append(" | ")
                    .append(c.unit().isEmpty() ? "" : c.unit()).append(" | ").append(c.description().replaceAll("<([a-z]+)>", "*$1*")).append(" |\n");
        }
        return md.toString();
    }

    /** Prints the tables, to paste into docs/trace.md after a change to the definitions. */
    public static void main(String[] args) {
        for (TableDefinition table : RunTables.all()) {
            System.out.println("## " + table.file() + "\n\n" + columns(table));
        }
    }
}
