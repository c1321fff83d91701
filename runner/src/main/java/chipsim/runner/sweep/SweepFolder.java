package chipsim.runner.sweep;

import chipsim.runner.output.FolderLock;
import chipsim.runner.output.OutputFolder;
import chipsim.runner.output.OutputProblems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * A sweep's output folder. Unlike a run folder it is written in place, because a killed sweep
 * must leave its finished runs behind for --resume; each file that is rewritten whole
 * (sweep.resolved.yaml, the sorted runs.csv, summary.csv) is replaced by one rename.
 */
public final class SweepFolder implements AutoCloseable {

    public static final String RUNS = "runs.csv";
    public static final String SUMMARY = "summary.csv";
    public static final String LOG = "sweep.log";
    public static final String TRACES = "traces";

    private final Path root;
    private final FolderLock lock;

    private SweepFolder(Path root, FolderLock lock) {
        this.root = root;
        this.lock = lock;
    }

    /** Why a folder cannot take this sweep, told to the user with exit status 2. */
    public static final class Refused extends Exception {
        public Refused(String message) {
            super(message);
        }
    }

    /**
     * A new sweep folder: {@code out} must not exist or be empty. The folder is locked for this
     * process until {@link #close}.
     */
    public static SweepFolder create(Path out, ResolvedSweep resolved, String resolvedText, List<String> header)
            throws IOException, Refused {
        refuseFile(out);
        FolderLock lock = lock(out);
        try {
            if (!isFresh(out)) {
                throw new Refused(out + " already exists and is not empty; add --resume to continue the sweep in it, "
                        + "or give another --out");
            }
            SweepFolder folder = new SweepFolder(out, lock);
            writeWhole(folder.file(ResolvedSweep.FILE), resolvedText);
            RunsFile.create(folder.file(RUNS), header).close();
            return folder;
        } catch (IOException | Refused | RuntimeException e) {
            lock.abandon();
            throw e;
        }
    }

    /**
     * The folder of an earlier start of the same sweep, locked for this process until {@link #close}.
     *
     * @throws Refused when it holds no sweep or a different one (another sweep file, base scenario,
     *                 --set, --quarters or chipsim version), or another chipsim is writing it
     */
    public static SweepFolder resume(Path out, ResolvedSweep resolved, List<String> header) throws IOException, Refused {
        refuseFile(out);
        FolderLock lock = lock(out);
        try {
            SweepFolder folder = new SweepFolder(out, lock);
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
        } catch (IOException | Refused | RuntimeException e) {
            lock.abandon();
            throw e;
        }
    }

    /** Checks the folder can be written, makes it if missing, and locks it against a second writer. */
    private static FolderLock lock(Path out) throws IOException, Refused {
        Path checked;
        try {
            checked = OutputFolder.checkResumable(out);
            Files.createDirectories(checked);
        } catch (OutputFolder.Refused e) {
            throw new Refused(e.getMessage());
        } catch (IOException e) {
            throw new Refused("cannot create the sweep folder " + out + " (" + OutputProblems.reason(e)
                    + "); give an --out in a folder you can write");
        }
        try {
            return FolderLock.acquire(checked, "the sweep folder " + out);
        } catch (FolderLock.Held e) {
            throw new Refused(e.getMessage());
        }
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
        return !Files.exists(out) || (Files.isDirectory(out) && OutputFolder.isEmpty(out, FolderLock.FILE));
    }

    public Path root() {
        return root;
    }

    public Path file(String name) {
        return root.resolve(name);
    }

    /** Lets another chipsim write the folder. */
    @Override
    public void close() throws IOException {
        lock.close();
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
}
