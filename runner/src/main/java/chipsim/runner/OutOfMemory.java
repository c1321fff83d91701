package chipsim.runner;

import chipsim.runner.cli.ExitCodes;
import chipsim.runner.output.RunFolder;

/**
 * What chipsim does when the Java heap runs out, on any thread: say so in one clear line, remove
 * its unfinished output folders, and exit with status 1 at once. A normal exit is not safe then:
 * the shutdown sequence itself allocates, and a JVM whose exit failed with an OutOfMemoryError
 * neither finishes nor answers SIGTERM.
 */
public final class OutOfMemory {

    /** Freed first, so that the message and the clean-up have memory to work with. */
    private static volatile byte[] reserve = new byte[1 << 20];
    private static volatile boolean happened;
    private static volatile boolean hardExit;

    /** Built in advance: at the moment of need there may be no memory to build it. */
    private static final String MESSAGE = "chipsim: not enough memory (Java may use at most "
            + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB): give it more with CHIPSIM_JAVA_OPTS=-Xmx"
            + suggestedGigabytes() + "g (or a larger -Xmx); no unfinished output was left behind";

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

    /** Prints the message and removes unfinished folders; in the real program, halts with status 1. */
    public static void handle() {
        reserve = null;
        boolean first = !happened;
        happened = true;
        if (first) {
            try {
                RunFolder.discardAllUnfinished();
            } catch (Throwable ignored) {
                // The message matters more than the clean-up, which the next start finishes.
            }
            System.err.println(MESSAGE);
            System.err.flush();
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
