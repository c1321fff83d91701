package chipsim.runner.cli;

import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi.Text;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.ColorScheme;
import picocli.CommandLine.Help.TextTable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * picocli's help, wrapped at spaces only. picocli breaks lines where java.text.BreakIterator
 * allows, which includes after a dot or a slash, so "washington.params.revenueShare" or a path
 * came out split across two lines, and a copied example no longer worked.
 */
final class WholeWordHelp extends CommandLine.Help {

    WholeWordHelp(CommandSpec spec, ColorScheme scheme) {
        super(spec, scheme);
    }

    @Override
    public Layout createDefaultLayout(List<OptionSpec> options, List<PositionalParamSpec> positionals,
            ColorScheme scheme) {
        Layout layout = super.createDefaultLayout(options, positionals, scheme);
        TextTable table = new WholeWordTable(scheme, layout.textTable().columns());
        return new Layout(scheme, table, layout.optionRenderer(), layout.parameterRenderer());
    }

    @Override
    public TextTable createTextTable(Map<?, ?> map) {
        TextTable base = super.createTextTable(map);
        TextTable table = new WholeWordTable(colorScheme(), base.columns());
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            table.addRowValues(colorScheme().text(String.format(String.valueOf(entry.getKey()))),
                    colorScheme().text(String.format(String.valueOf(entry.getValue()))));
        }
        return table;
    }

    @Override
    public String description(Object... params) {
        return block(commandSpec().usageMessage().description(), 0, params);
    }

    @Override
    public String header(Object... params) {
        return block(commandSpec().usageMessage().header(), 0, params);
    }

    @Override
    public String footer(Object... params) {
        // Examples: a command too long for the line continues indented, as a shell would show it.
        return block(commandSpec().usageMessage().footer(), 6, params);
    }

    private String block(String[] lines, int wrappedIndent, Object... params) {
        if (lines == null || lines.length == 0) {
            return "";
        }
        TextTable table = new WholeWordTable(colorScheme(),
                new Column[] {new Column(commandSpec().usageMessage().width(), 0, Column.Overflow.WRAP)});
        table.indentWrappedLines = wrappedIndent;
        for (String line : lines) {
            for (Text one : colorScheme().text(String.format(line, params)).splitLines()) {
                table.addRowValues(one);
            }
        }
        return table.toString(new StringBuilder()).toString();
    }

    /** A table that breaks a too-long value at its last space that fits, never inside a word. */
    static final class WholeWordTable extends TextTable {

        WholeWordTable(ColorScheme scheme, Column[] columns) {
            super(scheme, columns);
        }

        @Override
        public Cell putValue(int row, int col, Text value) {
            Column column = columns()[col];
            if (value == null || column.overflow != Column.Overflow.WRAP) {
                return super.putValue(row, col, value);
            }
            List<int[]> pieces = WordWrap.lines(value.plainString(), column.width - column.indent,
                    column.width - column.indent - indentWrappedLines);
            Cell cell = super.putValue(row, col, value.substring(pieces.get(0)[0], pieces.get(0)[1]));
            for (int[] piece : pieces.subList(1, pieces.size())) {
                addEmptyRow();
                column.indent += indentWrappedLines;
                try {
                    cell = super.putValue(cell.row + 1, col, value.substring(piece[0], piece[1]));
                } finally {
                    column.indent -= indentWrappedLines;
                }
            }
            return cell;
        }
    }
}
