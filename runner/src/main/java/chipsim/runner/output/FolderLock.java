package chipsim.runner.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One writer per output folder at a time. The lock is the operating system's lock on
 * {@code .chipsim.lock} in the folder, which dies with its process (a SIGKILL or a crash never
 * leaves a folder locked); the file's text says who holds it, for the message to a second writer.
 * The file itself stays: deleting it on release would let a third process lock a new file while
 * a second still holds the old one.
 */
public final class FolderLock implements AutoCloseable {

    public static final String FILE = ".chipsim.lock";

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final boolean made;

    private FolderLock(Path file, FileChannel channel, FileLock lock, boolean made) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.made = made;
    }

    /** Another chipsim is writing the folder. */
    public static final class Held extends Exception {
        public Held(String message) {
            super(message);
        }
    }

    /**
     * @param what how the folder is named in the message, e.g. "the sweep folder runs/x"
     * @throws Held when another process (or another command in this one) holds the folder
     */
    public static FolderLock acquire(Path folder, String what) throws IOException, Held {
        Path file = folder.resolve(FILE);
        boolean made = !java.nio.file.Files.exists(file);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            String owner = owner(channel);
            channel.close();
            throw new Held(what + " is being written by another chipsim (" + owner + "); wait for it to finish, "
                    + "or stop it first (two writers would run the same runs twice and spoil the summary)");
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(ownerText().getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
        return new FolderLock(file, channel, lock, made);
    }

    private static String ownerText() {
        ProcessHandle self = ProcessHandle.current();
        String started = self.info().startInstant().orElse(Instant.now()).truncatedTo(ChronoUnit.SECONDS).toString();
        return "pid " + self.pid() + " on " + host() + ", started " + started + "\n";
    }

    private static String owner(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(512);
        channel.read(buffer, 0);
        String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).strip();
        return text.isEmpty() ? "a process that is starting" : text;
    }

    /** The kernel's name for the machine; no name lookup, which can stall on a badly set up network. */
    static String host() {
        try {
            return java.nio.file.Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
        } catch (IOException e) {
            String name = System.getenv("HOSTNAME");
            return name == null || name.isBlank() ? "this machine" : name;
        }
    }

    /**
     * Releases the lock of a folder that turned out not to be chipsim's to write (not a sweep
     * folder, or not empty), removing the lock file if this lock made it: nothing is left behind.
     */
    public void abandon() throws IOException {
        try {
            if (made) {
                java.nio.file.Files.deleteIfExists(file);
            }
        } finally {
            close();
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
