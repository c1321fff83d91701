package chipsim.runner.bench;

import java.util.List;

/**
 * How much work each benchmark does.
 *
 * @param warmUpSeconds    seconds of baseline runs before anything is timed: the JIT keeps compiling the hot code
 *                         for the first 15 seconds or so, and figures taken earlier measure the compiler
 * @param baselineRepeats  timed baseline runs (the median is reported)
 * @param baselineQuarters the baseline's horizon, or 0 for the scenario's own
 * @param sweepWarmUpSeconds seconds of untimed runs in each sweep's fresh actor system before its timed runs
 * @param sweepRuns        runs of each sweep (parallel 1, then all cores)
 * @param extraBuyers      the scaling steps: synthetic buyers added to the baseline
 * @param scalingQuarters  the scaling runs' horizon
 * @param pingPongMessages messages per ping-pong pair
 * @param coldRuns         runs of the whole sweeps from the command line (cold JVMs: local, then on a cluster)
 * @param coldQuarters     their horizon, or 0 for the baseline's own
 */
public record BenchSettings(double warmUpSeconds, int baselineRepeats, int baselineQuarters, double sweepWarmUpSeconds,
        int sweepRuns, List<Integer> extraBuyers,
        int scalingQuarters, int pingPongMessages, int coldRuns, int coldQuarters) {

    /** What docs/performance.md reports. */
    public static BenchSettings full() {
        return new BenchSettings(25, 9, 0, 3, 1_000, List.of(10, 100, 1_000, 10_000), 40, 2_000_000, 10_000, 0);
    }

    /** Every figure, on a few seconds of work: for the test suite, not for reading. */
    public static BenchSettings quick() {
        return new BenchSettings(0, 1, 2, 0, 4, List.of(10, 100), 2, 20_000, 40, 2);
    }
}
