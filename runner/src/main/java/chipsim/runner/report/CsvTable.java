package chipsim.runner.report;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file with a header row, read whole and checked: every row has as many fields as the
 * header, so a truncated or hand-damaged file is refused rather than half read.
 */
public final class CsvTable {

    private static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.ALLOW_COMMENTS);

    private final String fileName;
    private final List<String> header;
    private final List<List<String>> rows;

    private CsvTable(String fileName, List<String> header, List<List<String>> rows) {
        this.fileName = fileName;
        this.header = header;
        this.rows = rows;
    }

    public static CsvTable read(Path file) throws ReportInputException {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new ReportInputException(name + " is missing from " + file.getParent());
        }
        List<List<String>> all = new ArrayList<>();
        try (MappingIterator<List<String>> it = CSV.readerForListOf(String.class).readValues(file.toFile())) {
            while (it.hasNextValue()) {
                all.add(it.nextValue());
            }
        } catch (IOException | RuntimeException e) {
            throw new ReportInputException(name + " is not valid CSV: " + firstLine(e.getMessage()), e);
        }
        if (all.isEmpty() || all.get(0).isEmpty() || all.get(0).get(0).isBlank()) {
            throw new ReportInputException(name + " is empty: it has no header row");
        }
        List<String> header = List.copyOf(all.get(0));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i < all.size(); i++) {
            List<String> row = all.get(i);
            if (row.size() == 1 && row.get(0).isEmpty()) {
                continue;
            }
            if (row.size() != header.size()) {
                throw new ReportInputException(name + " line " + (i + 1) + " has " + row.size() + " fields but the"
                        + " header has " + header.size() + "; the file is damaged or was cut short");
            }
            rows.add(List.copyOf(row));
        }
        return new CsvTable(name, header, List.copyOf(rows));
    }

    public String fileName() {
        return fileName;
    }

    public List<String> header() {
        return header;
    }

    public int size() {
        return rows.size();
    }

    public boolean has(String column) {
        return header.contains(column);
    }

    /** The text of a cell. */
    public String text(int row, String column) {
        int index = header.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException(fileName + " has no column " + column);
        }
        return rows.get(row).get(index);
    }

    /** A cell as a number; an empty cell is NaN (no value), anything else unreadable is an error. */
    public double number(int row, String column) throws ReportInputException {
        String cell = text(row, column).trim();
        if (cell.isEmpty()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            throw new ReportInputException(fileName + " line " + (row + 2) + ", column " + column
                    + ": expected a number, found '" + cell + "'");
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
