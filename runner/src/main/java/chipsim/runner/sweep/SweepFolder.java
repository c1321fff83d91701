package chipsim.runner.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * A sweep's output folder. Unlike a run folder it is written in place, because a killed sweep
 * must leave its finished runs behind for --resume; each file that is rewritten whole
 * (sweep.resolved.yaml, the sorted runs.csv, summary.csv) is replaced by one rename.
 */
public final class SweepFolder {

    public static final String RUNS = "runs.csv";
    public static final String SUMMARY = "summary.csv";
    public static final String LOG = "sweep.log";
    public static final String TRACES = "traces";

    private final Path root;

    private SweepFolder(Path root) {
        this.root = root;
    }

    /** Why a folder cannot take this sweep, told to the user with exit status 2. */
    public static final class Refused extends Exception {
        public Refused(String message) {
            super(message);
        }
    }

    /** A new sweep folder: {@code out} must not exist or be empty. */
    public static SweepFolder create(Path out, ResolvedSweep resolved, String resolvedText, List<String> header)
            throws IOException, Refused {
        refuseFile(out);
        if (Files.exists(out) && !isEmptyDirectory(out)) {
            throw new Refused(out + " already exists and is not empty; add --resume to continue the sweep in it, "
                    + "or give another --out");
        }
        Files.createDirectories(out);
        SweepFolder folder = new SweepFolder(out);
        writeWhole(folder.file(ResolvedSweep.FILE), resolvedText);
        RunsFile.create(folder.file(RUNS), header).close();
        return folder;
    }

    /**
     * The folder of an earlier start of the same sweep.
     *
     * @throws Refused when it holds no sweep or a different one (another sweep file, base scenario,
     *                 --set, --quarters or chipsim version)
     */
    public static SweepFolder resume(Path out, ResolvedSweep resolved, List<String> header) throws IOException, Refused {
        refuseFile(out);
        SweepFolder folder = new SweepFolder(out);
        Path stored = folder.file(ResolvedSweep.FILE);
        if (!Files.isRegularFile(stored)) {
            throw new Refused(out + " holds no " + ResolvedSweep.FILE + ", so it is not a sweep folder to resume; "
                    + "give the --out of the sweep to resume");
        }
        String storedBody = ResolvedSweep.bodyOf(Files.readString(stored, StandardCharsets.UTF_8));
        if (!storedBody.equals(resolved.body())) {
            throw new Refused(out + " was started from a different sweep: " + firstDifference(storedBody,
                    resolved.body()) + ". Resume only with the same sweep file, base scenario, --set, --quarters "
                    + "and chipsim version, or give another --out");
        }
        if (!Files.exists(folder.file(RUNS))) {
            RunsFile.create(folder.file(RUNS), header).close();
        }
        return folder;
    }

    /** --out names a folder to write; a file there is neither a fresh folder nor a sweep to resume. */
    private static void refuseFile(Path out) throws Refused {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new Refused(out + " is a file, not a folder; give --out a folder that does not exist yet "
                    + "(or an empty one)");
        }
    }

    /** True when {@code out} does not exist or is an empty folder: a sweep starts there afresh. */
    public static boolean isFresh(Path out) throws IOException {
        return !Files.exists(out) || isEmptyDirectory(out);
    }

    public Path root() {
        return root;
    }

    public Path file(String name) {
        return root.resolve(name);
    }

    /** Replaces {@code target} by {@code source} in one rename where the file system allows it. */
    static void replace(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void writeWhole(Path path, String text) throws IOException {
        Path temporary = path.resolveSibling(path.getFileName() + ".writing");
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        replace(temporary, path);
    }

    private static String firstDifference(String stored, String now) {
        List<String> a = stored.lines().toList();
        List<String> b = now.lines().toList();
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String was = i < a.size() ? a.get(i).strip() : "(end)";
            String is = i < b.size() ? b.get(i).strip() : "(end)";
            if (!was.equals(is)) {
                return "line " + (i + 3) + " of its " + ResolvedSweep.FILE + " was '" + was + "', now '" + is + "'";
            }
        }
        return "the texts differ";
    }

    private static boolean isEmptyDirectory(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(path)) {
            return entries.findAny().isEmpty();
        }
    }
}
