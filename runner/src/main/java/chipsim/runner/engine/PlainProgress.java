package chipsim.runner.engine;

import java.io.PrintWriter;
import java.time.Duration;

/**
 * Progress for logs and pipes (CI, nohup, | tee): one line every few seconds, which a log keeps
 * readable where a redrawn bar would leave control characters.
 */
public final class PlainProgress implements Progress {

    /** Often enough to see a sweep is alive, rarely enough to keep a CI log short. */
    public static final Duration EVERY = Duration.ofSeconds(5);

    private final PrintWriter out;
    private final String task;
    private final int total;
    private final int alreadyDone;
    private final long startNanos = System.nanoTime();
    private long lastPrintNanos = startNanos;
    private int done;
    private int failed;

    public PlainProgress(PrintWriter out, int total, int alreadyDone) {
        this(out, "sweep", total, alreadyDone);
    }

    /** Prints its first line at once, so a long sweep shows it started before the first runs finish. */
    public PlainProgress(PrintWriter out, String task, int total, int alreadyDone) {
        this.out = out;
        this.task = task;
        this.total = total;
        this.alreadyDone = alreadyDone;
        this.done = alreadyDone;
        print(startNanos);
    }

    @Override
    public synchronized void step(boolean failedRun) {
        done++;
        if (failedRun) {
            failed++;
        }
        tick();
    }

    @Override
    public synchronized void tick() {
        long now = System.nanoTime();
        if (now - lastPrintNanos >= EVERY.toNanos()) {
            print(now);
        }
    }

    private void print(long now) {
        lastPrintNanos = now;
        out.println(line(now));
        out.flush();
    }

    private String line(long now) {
        double seconds = (now - startNanos) / 1e9;
        double rate = (done - alreadyDone) / Math.max(seconds, 1e-9);
        String left = rate > 0 ? String.format(" about %.0f s left,", (total - done) / rate) : "";
        return String.format("%s: %d/%d runs done (%d failed),%s %.1f runs/s", task, done, total, failed, left, rate);
    }

    @Override
    public void close() {
        // The command prints the closing figures itself.
    }
}
