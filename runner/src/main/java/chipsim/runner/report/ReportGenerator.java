package chipsim.runner.report;

import chipsim.runner.datapackage.DataPackage;
import chipsim.runner.datapackage.FolderFiles;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Writes report.html (and, when asked, one PNG per chart) for a run folder or a sweep folder,
 * told apart by their files. Everything is read and checked before anything is written, and the
 * page is written to a temporary file moved into place, so a failure never leaves half a report.
 */
public final class ReportGenerator {

    public static final String REPORT = "report.html";
    public static final String FIGURES = "figures";

    /** What kind of folder a report is for. */
    public enum Kind { RUN, SWEEP }

    /** What was written. */
    public record Written(Kind kind, Path report, List<Path> figures) {}

    private ReportGenerator() {}

    /** A sweep folder has summary.csv; a run folder has trace.jsonl or quarters.csv. */
    public static Kind detect(Path folder) throws ReportInputException {
        if (!Files.isDirectory(folder)) {
            throw new ReportInputException(folder + " is not a folder");
        }
        if (Files.exists(folder.resolve(SweepFolderReader.SUMMARY))) {
            return Kind.SWEEP;
        }
        if (Files.exists(folder.resolve(RunFolderReader.TRACE)) || Files.exists(folder.resolve(RunFolderReader.QUARTERS))) {
            return Kind.RUN;
        }
        throw new ReportInputException(folder + " is neither a run folder (" + RunFolderReader.TRACE + ", "
                + RunFolderReader.QUARTERS + ", " + RunFolderReader.SCENARIO + ") nor a sweep folder ("
                + SweepFolderReader.SUMMARY + ")");
    }

    public static Written generate(Path folder, boolean pngs) throws ReportInputException, IOException {
        return generate(folder, pngs ? EnumSet.of(FigureFormat.PNG) : EnumSet.noneOf(FigureFormat.class));
    }

    /** Writes report.html and each chart in each of {@code figures} into DIR/figures/. */
    public static Written generate(Path folder, Set<FigureFormat> figures) throws ReportInputException, IOException {
        Kind kind = detect(folder);
        ReportPage page = kind == Kind.RUN
                ? RunReport.build(RunFolderReader.read(folder))
                : SweepReport.build(SweepFolderReader.read(folder));
        Path report = writePage(page, folder);
        List<Path> written = figures.isEmpty() ? new ArrayList<>() : PngCharts.writeAll(page, folder.resolve(FIGURES),
                figures);
        // A folder chipsim wrote says what it holds; the report and figures join its list.
        if (Files.exists(folder.resolve(DataPackage.FILE))) {
            DataPackage.write(folder, kind == Kind.RUN ? FolderFiles.Kind.RUN : FolderFiles.Kind.SWEEP);
        }
        return new Written(kind, report, written);
    }

    /**
     * Writes report.html into a run folder whose files were just written by the run itself; a
     * problem reading them is a fault of chipsim, not of the user, so it surfaces as an IOException.
     */
    public static void writeRunReport(Path runFolder) throws IOException {
        try {
            writePage(RunReport.build(RunFolderReader.read(runFolder)), runFolder);
            DataPackage.write(runFolder, FolderFiles.Kind.RUN);
        } catch (ReportInputException e) {
            throw new IOException("cannot write " + REPORT + ": " + e.getMessage(), e);
        }
    }

    private static Path writePage(ReportPage page, Path folder) throws IOException {
        Path target = folder.resolve(REPORT);
        Path temp = Files.createTempFile(folder, "." + REPORT + ".partial-", "");
        try {
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                HtmlPage.write(page, out);
            }
            moveIntoPlace(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
        return target;
    }

    static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            // Temporary files are private to their owner; a report is as readable as the run's other files.
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: its default permissions stand.
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
