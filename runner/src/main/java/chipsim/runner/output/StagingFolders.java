package chipsim.runner.output;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The hidden staging folders of {@link RunFolder}: named {@code .NAME.partial-HOST-PID-N} so that
 * any later chipsim on the same machine can tell one whose process is gone (stale, removed) from
 * one still being written; one of another machine (a shared disk) is never touched.
 */
final class StagingFolders {

    private static final Pattern NAME = Pattern.compile("^\\..+\\.partial-(.+)-(\\d+)-\\d+$");
    private static final long PID = ProcessHandle.current().pid();
    /** The machine's name as a file name allows it. */
    private static final String HOST = FolderLock.host().replaceAll("[^A-Za-z0-9.]", "_");
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();
    private static boolean exiting;
    /** Parents already cleaned by this process: a sweep's traces/ folder takes thousands of runs. */
    private static final Set<Path> CLEANED = ConcurrentHashMap.newKeySet();

    static {
        // Ctrl-C and SIGTERM run shutdown hooks; SIGKILL and a crash leave the folder to removeStale.
        Runtime.getRuntime().addShutdownHook(new Thread(StagingFolders::deleteLive, "chipsim-staging-cleanup"));
    }

    private StagingFolders() {}

    static String name(String folderName, int number) {
        return name(folderName, PID, number);
    }

    static String name(String folderName, long pid, int number) {
        return "." + folderName + ".partial-" + HOST + "-" + pid + "-" + number;
    }

    static void register(Path staging) {
        LIVE.add(staging);
    }

    /**
     * Creates {@code staging} and enters it for clean-up in one step under the clean-up's lock, so
     * a SIGTERM can neither fall between the two (a folder nobody removes) nor run before it and
     * leave one created after the clean-up.
     *
     * @throws InterruptedIOException once the process is exiting
     */
    static synchronized Path createRegistered(Path staging) throws IOException {
        if (exiting) {
            throw new InterruptedIOException("chipsim is stopping; " + staging + " was not created");
        }
        Path created = Files.createDirectory(staging);
        LIVE.add(created);
        return created;
    }

    static void unregister(Path staging) {
        LIVE.remove(staging);
    }

    /**
     * Takes {@code staging} out of the clean-up before it is moved into place; false once the
     * process is exiting, when the folder may already be half deleted and must not be committed.
     */
    static synchronized boolean claimForCommit(Path staging) {
        return !exiting && LIVE.remove(staging);
    }

    /**
     * Removes every staging folder this process still has; on exit, and before a hard exit. The
     * run's own threads keep going while the hooks run and may add a file between the walk and
     * the folder's removal (a writer opening its file as the run starts), so the removal is tried
     * again, a few milliseconds apart, until the folder is gone; a file opened after that fails,
     * as its folder no longer exists.
     */
    static synchronized void deleteLive() {
        exiting = true;
        for (Path staging : List.copyOf(LIVE)) {
            for (int attempt = 0; attempt < DELETE_ATTEMPTS; attempt++) {
                delete(staging);
                if (!Files.exists(staging)) {
                    break;
                }
                pause();
            }
            LIVE.remove(staging);
        }
    }

    /** Tries to remove a staging folder under writes: 20 attempts 5 ms apart, a tenth of a second at most. */
    private static final int DELETE_ATTEMPTS = 20;

    private static void pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Removes the staging folders in {@code parent} whose process has ended. */
    static void removeStale(Path parent) {
        if (!CLEANED.add(parent) || !Files.isDirectory(parent)) {
            return;
        }
        try (Stream<Path> entries = Files.list(parent)) {
            entries.filter(StagingFolders::isStale).forEach(StagingFolders::delete);
        } catch (IOException e) {
            // Unreadable parent: the new staging folder's creation will say so with the path.
        }
    }

    static boolean isStale(Path entry) {
        Matcher m = NAME.matcher(entry.getFileName().toString());
        if (!m.matches() || !m.group(1).equals(HOST) || !Files.isDirectory(entry)) {
            return false;
        }
        long pid = Long.parseLong(m.group(2));
        return pid != PID && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
    }

    /** Best effort: what cannot be removed now is removed as stale by a later start. */
    static void delete(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    // Left for removeStale.
                }
            });
        } catch (IOException | RuntimeException e) {
            // Left for removeStale.
        }
    }
}
