package chipsim.runner.calibrate;

import chipsim.runner.output.Csv;
import chipsim.runner.output.FolderLock;
import chipsim.runner.output.OutputFolder;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The folder of a robustness check, written as it goes so that a stopped check can be resumed
 * (like a sweep's): {@code robustness.settings} (what the draws depend on), {@code draws.csv}
 * (a row appended as each draw finishes) and, at the end, the summaries. One chipsim writes it at
 * a time ({@link FolderLock}).
 */
public final class RobustnessFolder implements AutoCloseable {

    public static final String SETTINGS = "robustness.settings";
    public static final String DRAWS = "draws.csv";

    /** A folder that cannot take this check. */
    public static final class Refused extends IllegalArgumentException {
        Refused(String message) {
            super(message);
        }
    }

    private final Path folder;
    private final FolderLock lock;
    private final Writer draws;

    private RobustnessFolder(Path folder, FolderLock lock, Writer draws) {
        this.folder = folder;
        this.lock = lock;
        this.draws = draws;
    }

    /**
     * Opens the folder: a new one (it must not exist or be empty), or, with {@code resume}, the
     * folder of the same check (same settings), whose draws.csv rows are handed back.
     *
     * @param header draws.csv's header for these settings
     * @param rows   receives the rows already in draws.csv (resume only; a last line cut short is dropped)
     */
    public static RobustnessFolder open(Path folder, boolean resume, String settings, List<String> header,
            List<List<String>> rows) throws IOException {
        boolean existing = resume && Files.exists(folder.resolve(SETTINGS));
        if (!existing) {
            OutputFolder.checkNew(folder);
            Files.createDirectories(folder);
        }
        FolderLock lock;
        try {
            lock = FolderLock.acquire(folder, "the robustness folder " + folder);
        } catch (FolderLock.Held e) {
            throw new Refused(e.getMessage());
        }
        try {
            if (existing) {
                String found = Files.readString(folder.resolve(SETTINGS), StandardCharsets.UTF_8);
                if (!found.equals(settings)) {
                    throw new Refused(folder + " holds a robustness check with other settings (" + difference(found,
                            settings) + "); resume it with the options it was started with, or give a new --out");
                }
                rows.addAll(readRows(folder.resolve(DRAWS), header));
            } else {
                Files.writeString(folder.resolve(SETTINGS), settings, StandardCharsets.UTF_8);
                StringWriter line = new StringWriter();
                Csv.row(line, header);
                Files.writeString(folder.resolve(DRAWS), line.toString(), StandardCharsets.UTF_8);
            }
            Writer draws = Files.newBufferedWriter(folder.resolve(DRAWS), StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
            return new RobustnessFolder(folder, lock, draws);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** Appends one finished draw's row, on disk at once, so a stop loses no finished draw. */
    public void append(List<String> row) throws IOException {
        Csv.row(draws, row);
        draws.flush();
    }

    /** Writes a file whole: to a temporary name, then moved into place, so it is never half written. */
    public void writeWhole(String name, String text) throws IOException {
        Path temporary = folder.resolve("." + name + ".part");
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        Files.move(temporary, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public void close() throws IOException {
        try {
            draws.close();
        } finally {
            lock.close();
        }
    }

    private static List<List<String>> readRows(Path file, List<String> header) throws IOException {
        if (!Files.exists(file)) {
            throw new Refused(file + " is missing: the folder does not hold a robustness check to resume; "
                    + "give a new --out");
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int end = text.lastIndexOf('\n');
        if (end + 1 < text.length()) {
            // The check was stopped while writing a row: drop the part, the draw runs again.
            text = text.substring(0, end + 1);
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> lines = mapper.readerForListOf(String.class).readValues(text)) {
            if (!lines.hasNext() || !lines.next().equals(header)) {
                throw new Refused(file + ": its header is not that of this check; give a new --out");
            }
            int line = 2;
            while (lines.hasNext()) {
                List<String> row = lines.next();
                if (row.size() != header.size()) {
                    throw new Refused(file + " line " + line + ": " + row.size() + " cells where the header has "
                            + header.size() + "; the file is damaged: give a new --out");
                }
                rows.add(row);
                line++;
            }
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new Refused(file + " cannot be read as CSV (" + e.getOriginalMessage() + "); give a new --out");
        }
        return rows;
    }

    private static String difference(String found, String wanted) {
        String[] a = found.split("\n");
        String[] b = wanted.split("\n");
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String x = i < a.length ? a[i] : "";
            String y = i < b.length ? b[i] : "";
            if (!x.equals(y)) {
                return "it has '" + x + "' where this run has '" + y + "'";
            }
        }
        return "they differ";
    }
}
