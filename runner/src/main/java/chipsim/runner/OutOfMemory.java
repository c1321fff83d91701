package chipsim.runner;

import chipsim.runner.cli.ExitCodes;
import chipsim.runner.output.RunFolder;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * What chipsim does when the Java heap runs out, on any thread: say so in one clear line, remove
 * its unfinished output folders, and exit with status 1 at once. A normal exit is not safe then:
 * the shutdown sequence itself allocates, and a JVM whose exit failed with an OutOfMemoryError
 * neither finishes nor answers SIGTERM.
 */
public final class OutOfMemory {

    /** Freed first, so that the clean-up has memory to work with: a sixteenth of the heap, 256 KB to 8 MB. */
    private static volatile byte[] reserve = new byte[(int) Math.min(8 << 20,
            Math.max(256 << 10, Runtime.getRuntime().maxMemory() / 16))];
    /** Standard error without a Java buffer or encoder: writing it allocates nothing. */
    private static final FileOutputStream STDERR = new FileOutputStream(FileDescriptor.err);
    private static volatile boolean happened;
    private static volatile boolean hardExit;

    /** Built in advance: at the moment of need there may be no memory to build it. */
    private static final String MESSAGE = "chipsim: not enough memory (Java may use at most "
            + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB): give it more with CHIPSIM_JAVA_OPTS=-Xmx"
            + suggestedGigabytes() + "g or a larger -Xmx; unfinished output folders were removed (a sweep keeps its "
            + "finished runs for --resume)";
    private static final byte[] MESSAGE_LINE = (MESSAGE + System.lineSeparator()).getBytes(StandardCharsets.UTF_8);

    private OutOfMemory() {}

    /** In the real program (not in tests), an out-of-memory error ends the JVM at once. */
    static void exitOnError() {
        hardExit = true;
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler(handler(previous));
    }

    /** Wraps a thread's handler: out of memory is handled here, anything else by {@code next}. */
    public static Thread.UncaughtExceptionHandler handler(Thread.UncaughtExceptionHandler next) {
        return (thread, error) -> {
            if (isOutOfMemory(error)) {
                handle();
            }
            if (next != null) {
                next.uncaughtException(thread, error);
            } else {
                thread.getThreadGroup().uncaughtException(thread, error);
            }
        };
    }

    static boolean isOutOfMemory(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    /**
     * Prints the message and removes unfinished folders; in the real program, halts with status 1.
     * The message goes first and allocates nothing: the other threads may take any memory freed.
     */
    public static void handle() {
        boolean first = !happened;
        happened = true;
        if (first) {
            try {
                STDERR.write(MESSAGE_LINE);
            } catch (IOException | RuntimeException ignored) {
                // Nowhere left to say it.
            }
            reserve = null;
            // Other threads may still be taking memory: a few tries, then what is left is removed
            // as stale by the next chipsim that writes beside it (its process is gone).
            for (int attempt = 0; attempt < 3; attempt++) {
                try {
                    RunFolder.discardAllUnfinished();
                    break;
                } catch (Throwable again) {
                    // Try once more with whatever the failed attempt freed.
                }
            }
        }
        if (hardExit) {
            Runtime.getRuntime().halt(ExitCodes.RUN_FAILED);
        }
    }

    static boolean happened() {
        return happened;
    }

    static String message() {
        return MESSAGE;
    }

    /** Twice the present limit, at least 2 GB: a suggestion that will usually do. */
    private static long suggestedGigabytes() {
        long gigabytes = Runtime.getRuntime().maxMemory() / (1L << 30);
        return Math.max(2, 2 * (gigabytes + 1));
    }
}
