package chipsim.runner.output;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * An output folder that appears whole or not at all: files are written into a hidden sibling,
 * {@code .NAME.partial-PID-N}, and the folder is renamed into place only when everything is
 * written. A staging folder never outlives its process for long: it is removed when the folder
 * is closed uncommitted, by a shutdown hook on Ctrl-C or SIGTERM, and, after a SIGKILL or a crash,
 * by the next chipsim that writes next to it (its PID names a process that is gone).
 */
public final class RunFolder implements AutoCloseable {

    private final Path target;
    private final Path staging;
    private boolean committed;

    private RunFolder(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /**
     * @throws OutputFolder.Refused (an {@link IllegalArgumentException}) when {@code target}
     *                              cannot take a new folder: it holds files, is a file, is
     *                              read-only, or its parent cannot be written
     */
    public static RunFolder create(Path target) throws IOException {
        Path absolute = OutputFolder.checkNew(target);
        Path parent = absolute.getParent();
        StagingFolders.removeStale(parent);
        Path staging = newStaging(parent, absolute.getFileName().toString(), target);
        return new RunFolder(absolute, staging);
    }

    /** Made with the process's umask, like any folder the user makes (a temp folder would be 0700). */
    private static Path newStaging(Path parent, String name, Path asGiven) throws IOException {
        while (true) {
            Path candidate = parent.resolve(StagingFolders.name(name, ThreadLocalRandom.current().nextInt(1 << 30)));
            try {
                return StagingFolders.createRegistered(candidate);
            } catch (FileAlreadyExistsException e) {
                // Another start picked the same number: draw again.
            } catch (InterruptedIOException e) {
                throw e;
            } catch (IOException e) {
                throw new OutputFolder.Refused("cannot create " + asGiven + ": cannot write in " + parent + " ("
                        + OutputProblems.reason(e) + "); give an --out in a folder you can write");
            }
        }
    }

    /**
     * A new folder name under {@code parent}: {@code NAME-YYYYMMDD-HHMMSS}, with {@code -2},
     * {@code -3}... added when that exists already. The default output of every command.
     */
    public static Path timestamped(String parent, String name) {
        String stamp = java.time.LocalDateTime.now().format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path base = Path.of(parent, name + "-" + stamp);
        return OutputFolder.firstFree(base);
    }

    /** Where to write a file now. */
    public Path file(String name) {
        return staging.resolve(name);
    }

    public Path target() {
        return target;
    }

    /**
     * Moves the finished folder into place.
     *
     * @throws OutputFolder.Refused when something filled the (empty) target while chipsim wrote;
     *                              the finished folder is then kept under a free sibling name,
     *                              which the message gives
     */
    public void commit() throws IOException {
        if (!StagingFolders.claimForCommit(staging)) {
            throw new InterruptedIOException("chipsim is stopping; " + target + " was not written");
        }
        if (Files.isDirectory(target)) {
            try {
                Files.delete(target);
            } catch (DirectoryNotEmptyException e) {
                Path instead = OutputFolder.firstFree(Path.of(target + "-2"));
                move(staging, instead);
                committed = true;
                throw new OutputFolder.Refused(target + " was empty when chipsim started but holds files now, so it "
                        + "was left alone; the results are in " + instead + " instead");
            }
        }
        try {
            move(staging, target);
        } catch (FileSystemException e) {
            StagingFolders.register(staging);
            throw new FileSystemException(target.toString(), null, "cannot move the finished folder into place ("
                    + OutputProblems.reason(e) + ")");
        }
        committed = true;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /**
     * The error to report when writing a file of the folder failed: named by the folder the user
     * asked for, not by the hidden staging folder.
     */
    public IOException writeFailed(IOException e) {
        return new FileSystemException(target.toString(), null, OutputProblems.reason(e));
    }

    /** Removes everything written so far. */
    public void discard() {
        StagingFolders.delete(staging);
        StagingFolders.unregister(staging);
    }

    /** Removes every unfinished folder of this process at once: before a hard exit, which runs no hook. */
    public static void discardAllUnfinished() {
        StagingFolders.deleteLive();
    }

    /** Discards the folder unless it was committed: the end of every path that did not finish. */
    @Override
    public void close() {
        if (!committed) {
            discard();
        }
    }
}
