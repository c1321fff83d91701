package chipsim.runner.sweep;

import chipsim.runner.output.Csv;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * runs.csv while a sweep runs: each finished run is appended as one write of one whole line and
 * flushed to the operating system at once, so a killed sweep loses no finished run. The only
 * damage a kill can do is a last line cut short mid-write; {@link #open} drops such a tail.
 */
public final class RunsFile implements AutoCloseable {

    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

    private final Path path;
    private final Writer out;

    private RunsFile(Path path, Writer out) {
        this.path = path;
        this.out = out;
    }

    /** A runs.csv that cannot be read as this sweep's table; the message starts with the line. */
    public static final class Unreadable extends IOException {
        Unreadable(String message) {
            super(message);
        }
    }

    /** A new runs.csv with its header line. */
    public static RunsFile create(Path path, List<String> header) throws IOException {
        Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE);
        RunsFile file = new RunsFile(path, out);
        file.append(header);
        return file;
    }

    /**
     * Opens an existing runs.csv to append to, after cutting off a line a kill left unfinished.
     *
     * @throws Unreadable when its header is not {@code header}, or it is not CSV
     */
    public static RunsFile open(Path path, List<String> header) throws IOException {
        dropUnfinishedLine(path);
        List<List<String>> rows = read(path);
        if (rows.isEmpty() || !rows.get(0).equals(header)) {
            throw new Unreadable("line 1: the header does not have the columns this sweep writes ("
                    + String.join(",", header) + ")");
        }
        return new RunsFile(path, Files.newBufferedWriter(path, StandardCharsets.UTF_8, StandardOpenOption.APPEND));
    }

    /** The rows after the header. */
    public List<List<String>> rows() throws IOException {
        List<List<String>> rows = read(path);
        return rows.subList(1, rows.size());
    }

    public synchronized void append(List<String> fields) throws IOException {
        StringWriter line = new StringWriter();
        Csv.row(line, fields);
        out.write(line.toString());
        out.flush();
    }

    /** Appends a row already written as one CSV line, line break included (a worker's, in a distributed sweep). */
    public synchronized void appendLine(String line) throws IOException {
        out.write(line);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    /** Rewrites the file with its rows in (point, replication) order, replacing it in one rename. */
    public static void sort(Path path, int pointColumn, int replicationColumn) throws IOException {
        List<List<String>> rows = read(path);
        List<List<String>> body = new ArrayList<>(rows.subList(1, rows.size()));
        body.sort(Comparator.<List<String>>comparingInt(r -> Integer.parseInt(r.get(pointColumn)))
                .thenComparingInt(r -> Integer.parseInt(r.get(replicationColumn))));
        Path temporary = path.resolveSibling(path.getFileName() + ".sorting");
        try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            Csv.row(writer, rows.get(0));
            for (List<String> row : body) {
                Csv.row(writer, row);
            }
        }
        SweepFolder.replace(temporary, path);
    }

    static List<List<String>> read(Path path) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<String[]> lines = CSV.readerFor(String[].class).readValues(path.toFile())) {
            while (lines.hasNextValue()) {
                rows.add(Arrays.asList(lines.nextValue()));
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? rows.size() + 1 : e.getLocation().getLineNr();
            throw new Unreadable("line " + line + ": not a CSV row (" + e.getOriginalMessage() + ")");
        } catch (RuntimeJsonMappingException e) {
            throw new Unreadable("line " + (rows.size() + 1) + ": not a CSV row (" + e.getMessage() + ")");
        }
        return rows;
    }

    /** A file that does not end in a line break ends in a row cut short: remove that row. */
    private static void dropUnfinishedLine(Path path) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = channel.size();
            long keep = size;
            java.nio.ByteBuffer one = java.nio.ByteBuffer.allocate(1);
            while (keep > 0) {
                one.clear();
                channel.read(one, keep - 1);
                if (one.get(0) == '\n') {
                    break;
                }
                keep--;
            }
            if (keep < size) {
                channel.truncate(keep);
            }
        }
    }
}
