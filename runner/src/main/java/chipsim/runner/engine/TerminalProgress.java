package chipsim.runner.engine;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** The progress bar on a terminal: runs done, runs per second and time left. */
public final class TerminalProgress implements Progress {

    private final ProgressBar bar;
    private int failed;

    public TerminalProgress(int total, int alreadyDone) {
        this("sweep", total, alreadyDone);
    }

    public TerminalProgress(String task, int total, int alreadyDone) {
        this.bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .startsFrom(alreadyDone, Duration.ZERO)
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" runs", 1)
                .showSpeed()
                .setSpeedUnit(ChronoUnit.SECONDS)
                .setUpdateIntervalMillis(200)
                .build();
    }

    @Override
    public synchronized void step(boolean failedRun) {
        if (failedRun) {
            failed++;
            bar.setExtraMessage(failed + " failed");
        }
        bar.step();
    }

    @Override
    public void tick() {
        // The bar redraws itself on its own thread.
    }

    @Override
    public void close() {
        bar.close();
    }
}
