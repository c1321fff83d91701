package chipsim.runner.engine;

import java.io.PrintWriter;

/**
 * How a sweep or a simulated game shows its progress: a bar on a terminal, a line every few seconds
 * otherwise. Both show runs done, the rate and the time left from the first second on.
 */
public interface Progress extends AutoCloseable {

    /** One more run finished. */
    void step(boolean failed);

    /** Time passed with no run finishing; a plain progress line may be due. */
    void tick();

    @Override
    void close();

    /** No display: for runs a command makes on the way (bench, calibration's few variants). */
    static Progress none() {
        return new Progress() {
            @Override
            public void step(boolean failed) {}

            @Override
            public void tick() {}

            @Override
            public void close() {}
        };
    }

    /**
     * A bar when standard error is a terminal, else plain lines on {@code err}.
     *
     * @param task what is counted, e.g. "sweep" or "game"
     */
    static Progress forConsole(PrintWriter err, String task, int total, int alreadyDone) {
        return System.console() != null ? new TerminalProgress(task, total, alreadyDone)
                : new PlainProgress(err, task, total, alreadyDone);
    }
}
