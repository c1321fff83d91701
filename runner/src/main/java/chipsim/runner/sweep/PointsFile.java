package chipsim.runner.sweep;

import chipsim.runner.scenario.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A design brought from elsewhere ({@code design: {from: points.csv}}): a CSV file with a header
 * of scenario paths, as --set takes them, and one row per point, as SALib's samples or EMA
 * Workbench's experiments can be written. Each column becomes an axis of kind {@code from} whose
 * values are the column, row by row; point i is row i.
 */
final class PointsFile {

    static final String KIND = "from";
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

    private PointsFile() {}

    /** The axes of the file, or none with the problems (placed at the file's lines) added to {@code problems}. */
    static List<Axis> read(Path file, List<Problem> problems) {
        String source = file.toString();
        if (!Files.isRegularFile(file)) {
            problems.add(new Problem(source, 0, 0, "", "no such points file",
                    "the path in design: {from: ...} is relative to the sweep file"));
            return List.of();
        }
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<String[]> lines = CSV.readerFor(String[].class).readValues(file.toFile())) {
            while (lines.hasNextValue()) {
                rows.add(Arrays.asList(lines.nextValue()));
            }
        } catch (IOException | RuntimeException e) {
            problems.add(new Problem(source, 0, 0, "", "not a CSV file: " + e.getMessage().lines().findFirst()
                    .orElse(""), "write a header of scenario paths, then one comma-separated row per point"));
            return List.of();
        }
        if (rows.size() < 2) {
            problems.add(new Problem(source, 1, 1, "", rows.isEmpty() ? "the file is empty" : "the file has a header"
                    + " but no points", "write a header of scenario paths, then one row per point"));
            return List.of();
        }
        List<String> header = rows.get(0);
        int before = problems.size();
        Set<String> seen = new HashSet<>();
        for (int c = 0; c < header.size(); c++) {
            String path = header.get(c).strip();
            if (!path.matches("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*") || path.equals("seed")) {
                problems.add(new Problem(source, 1, c + 1, "", "column " + (c + 1) + " '" + path + "' is not a "
                        + "scenario path", "name each column as --set takes it, e.g. washington.params.revenueShare;"
                        + " drop index and seed columns (replications: gives the seeds)"));
            } else if (!seen.add(path)) {
                problems.add(new Problem(source, 1, c + 1, "", "column " + path + " is given twice", "keep one"));
            }
        }
        if (rows.size() - 1 > SweepReader.MAX_RUNS) {
            problems.add(new Problem(source, 0, 0, "", "the file has " + (rows.size() - 1) + " points, more than "
                    + SweepReader.MAX_RUNS, "split the design into several sweeps"));
        }
        List<List<JsonNode>> columns = new ArrayList<>();
        header.forEach(h -> columns.add(new ArrayList<>()));
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.size() != header.size()) {
                problems.add(new Problem(source, r + 1, 1, "", "row " + r + " has " + row.size() + " cells for "
                        + header.size() + " columns", "give one value per column"));
                continue;
            }
            for (int c = 0; c < row.size(); c++) {
                String cell = row.get(c).strip();
                if (cell.isEmpty()) {
                    problems.add(new Problem(source, r + 1, c + 1, "", "row " + r + " has no value for "
                            + header.get(c), "give a number, a word or true/false"));
                } else {
                    columns.get(c).add(value(cell));
                }
            }
        }
        if (problems.size() > before) {
            return List.of();
        }
        List<Axis> axes = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            axes.add(new Axis(header.get(c).strip(), columns.get(c), null, KIND));
        }
        return axes;
    }

    /** A number where the cell reads as one (so integer parameters take 3 as 3), true/false, else the word. */
    private static JsonNode value(String cell) {
        if (cell.equals("true") || cell.equals("false")) {
            return JsonNodeFactory.instance.booleanNode(cell.equals("true"));
        }
        try {
            double number = Double.parseDouble(cell);
            if (!Double.isNaN(number) && !Double.isInfinite(number)) {
                return AxisValues.number(number);
            }
        } catch (NumberFormatException e) {
            // Not a number: the cell is a word, such as a policy name.
        }
        return JsonNodeFactory.instance.textNode(cell);
    }
}
