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
            case INTEGER -> cell.matches("-?[0-9]+");
            case NUMBER -> isNumber(cell);
            case BOOLEAN -> cell.equals("true") || cell.equals("false");
        };
    }

    /** The narrowest type every cell fits, for columns whose type depends on the user's input (a sweep's axes). */
    public static FieldType infer(Iterable<String> cells) {
        boolean integer = true;
        boolean number = true;
        boolean bool = true;
        boolean any = false;
        for (String cell : cells) {
            if (cell.isEmpty()) {
                continue;
            }
            any = true;
            integer &= INTEGER.accepts(cell);
            number &= NUMBER.accepts(cell);
            bool &= BOOLEAN.accepts(cell);
        }
        if (!any) {
            return STRING;
        }
        return integer ? INTEGER : number ? NUMBER : bool ? BOOLEAN : STRING;
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
