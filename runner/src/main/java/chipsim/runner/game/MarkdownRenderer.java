package chipsim.runner.game;

import java.util.ArrayList;
import java.util.List;

/** Renders {@link Doc} blocks as Markdown, tables padded so that the file reads well as plain text too. */
public final class MarkdownRenderer {

    private MarkdownRenderer() {}

    public static String render(List<Doc.Block> blocks) {
        StringBuilder out = new StringBuilder();
        for (Doc.Block block : blocks) {
            if (block instanceof Doc.Heading h) {
                out.append("#".repeat(h.level())).append(' ').append(h.text()).append("\n\n");
            } else if (block instanceof Doc.Para p) {
                out.append(p.text()).append("\n\n");
            } else if (block instanceof Doc.Bullets b) {
                b.items().forEach(item -> out.append("- ").append(item).append('\n'));
                out.append('\n');
            } else if (block instanceof Doc.Table t) {
                out.append(table(t)).append('\n');
            }
        }
        return out.toString();
    }

    static String table(Doc.Table table) {
        List<List<String>> all = new ArrayList<>();
        all.add(table.header());
        all.addAll(table.rows());
        int columns = table.header().size();
        int[] widths = new int[columns];
        for (List<String> row : all) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], Math.max(3, escape(row.get(c)).length()));
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, table.header(), widths);
        out.append('|');
        for (int width : widths) {
            out.append(' ').append("-".repeat(width)).append(" |");
        }
        out.append('\n');
        table.rows().forEach(row -> line(out, row, widths));
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells, int[] widths) {
        out.append('|');
        for (int c = 0; c < widths.length; c++) {
            String text = escape(cells.get(c));
            out.append(' ').append(text).append(" ".repeat(widths[c] - text.length())).append(" |");
        }
        out.append('\n');
    }

    private static String escape(String cell) {
        return cell.replace("|", "\\|");
    }
}
