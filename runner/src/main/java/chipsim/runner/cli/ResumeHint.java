package chipsim.runner.cli;

import java.io.PrintWriter;

/**
 * Prints how to continue a sweep when Ctrl-C or SIGTERM stops it: the finished runs are safe in
 * runs.csv, and the user should not have to work out the --resume command.
 */
final class ResumeHint {

    private final PrintWriter err;
    private final String command;
    private final Thread hook;

    ResumeHint(PrintWriter err, String command) {
        this.err = err;
        this.command = command;
        this.hook = new Thread(this::print, "chipsim-resume-hint");
    }

    /** From now until {@link #disarm}, an interrupted JVM prints the hint on its way out. */
    void arm() {
        Runtime.getRuntime().addShutdownHook(hook);
    }

    void disarm() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // Already shutting down: the hook is running or has run.
        }
    }

    private void print() {
        err.println();
        err.println("chipsim sweep: stopped; every finished run is saved in runs.csv");
        err.println("continue with: " + command);
        err.flush();
    }
}
