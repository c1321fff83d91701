package chipsim.runner.datapackage;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A CSV file read as its header and its rows of text cells, for describing and checking it. */
public record CsvColumns(List<String> header, List<List<String>> rows) {

    private static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

    public static CsvColumns read(Path file) throws IOException {
        List<List<String>> all = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                MappingIterator<List<String>> rows = CSV.readerForListOf(String.class).readValues(reader)) {
            while (rows.hasNext()) {
                all.add(rows.next());
            }
        }
        if (all.isEmpty()) {
            return new CsvColumns(List.of(), List.of());
        }
        return new CsvColumns(List.copyOf(all.get(0)), List.copyOf(all.subList(1, all.size())));
    }

    /** A CSV's header and the narrowest type of each column, read row by row (runs.csv may have a million rows). */
    public record Scan(List<String> header, List<FieldType> types) {}

    public static Scan scan(Path file) throws IOException {
        List<String> header = List.of();
        List<FieldType.Inference> inferences = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                MappingIterator<List<String>> rows = CSV.readerForListOf(String.class).readValues(reader)) {
            if (rows.hasNext()) {
                header = List.copyOf(rows.next());
                header.forEach(h -> inferences.add(new FieldType.Inference()));
            }
            while (rows.hasNext()) {
                List<String> row = rows.next();
                for (int i = 0; i < Math.min(row.size(), inferences.size()); i++) {
                    inferences.get(i).add(row.get(i));
                }
            }
        }
        return new Scan(header, inferences.stream().map(FieldType.Inference::type).toList());
    }

    /** The cells of column {@code index}; a short row has empty cells. */
    public List<String> column(int index) {
        List<String> cells = new ArrayList<>(rows.size());
        for (List<String> row : rows) {
            cells.add(index < row.size() ? row.get(index) : "");
        }
        return cells;
    }
}
