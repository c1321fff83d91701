package chipsim.runner.datapackage;

import java.math.BigDecimal;
import java.util.Locale;

/** The Table Schema types chipsim's CSVs use; an empty cell is a missing value in every type. */
public enum FieldType {
    STRING,
    INTEGER,
    NUMBER,
    BOOLEAN;

    /** The name the Table Schema standard gives the type. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a cell as written reads back as this type (empty cells are missing values, always allowed). */
    public boolean accepts(String cell) {
        if (cell.isEmpty()) {
            return true;
        }
        return switch (this) {
            case STRING -> true;
            case INTEGER -> isInteger(cell);
            case NUMBER -> isNumber(cell);
            case BOOLEAN -> cell.equals("true") || cell.equals("false");
        };
    }

    /** The narrowest type every cell fits, for columns whose type depends on the user's input (a sweep's axes). */
    public static FieldType infer(Iterable<String> cells) {
        Inference inference = new Inference();
        cells.forEach(inference::add);
        return inference.type();
    }

    /** The narrowest type of the cells seen so far, one cell at a time: a column is never held in memory. */
    public static final class Inference {
        private boolean integer = true;
        private boolean number = true;
        private boolean bool = true;
        private boolean any;

        public void add(String cell) {
            if (cell.isEmpty()) {
                return;
            }
            any = true;
            // Once a type is ruled out the cell is not tested for it: a sweep's runs.csv has some
            // hundred thousand cells, and a NUMBER test parses each.
            integer = integer && INTEGER.accepts(cell);
            number = number && (integer || NUMBER.accepts(cell));
            bool = bool && BOOLEAN.accepts(cell);
        }

        public FieldType type() {
            if (!any) {
                return STRING;
            }
            return integer ? INTEGER : number ? NUMBER : bool ? BOOLEAN : STRING;
        }
    }

    /** {@code -?[0-9]+}, without a regular expression compiled per cell. */
    private static boolean isInteger(String cell) {
        int start = cell.charAt(0) == '-' ? 1 : 0;
        if (start == cell.length()) {
            return false;
        }
        for (int i = start; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isNumber(String cell) {
        try {
            new BigDecimal(cell);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
