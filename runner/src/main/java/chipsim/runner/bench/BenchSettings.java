package chipsim.runner.bench;

import java.util.List;

/**
 * How much work each benchmark does.
 *
 * @param warmUpRuns       baseline runs before anything is timed, so the JIT has compiled the hot code
 * @param baselineRepeats  timed baseline runs (the median is reported)
 * @param baselineQuarters the baseline's horizon, or 0 for the scenario's own
 * @param sweepRuns        runs of each sweep (parallel 1, then all cores)
 * @param extraBuyers      the scaling steps: synthetic buyers added to the baseline
 * @param scalingQuarters  the scaling runs' horizon
 * @param pingPongMessages messages per ping-pong pair
 */
public record BenchSettings(int warmUpRuns, int baselineRepeats, int baselineQuarters, int sweepRuns, List<Integer> extraBuyers,
        int scalingQuarters, int pingPongMessages) {

    /** What docs/performance.md reports. */
    public static BenchSettings full() {
        return new BenchSettings(300, 9, 0, 300, List.of(10, 100, 1_000, 10_000), 40, 2_000_000);
    }

    /** Every figure, on a few seconds of work: for the test suite, not for reading. */
    public static BenchSettings quick() {
        return new BenchSettings(1, 1, 2, 4, List.of(10, 100), 2, 20_000);
    }
}
