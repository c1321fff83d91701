package chipsim.runner.sim;

import chipsim.runner.scenario.Scenario;
import java.util.List;

/**
 * The end of one run: its quarters, or the error that stopped it.
 *
 * @param error null when the run completed; otherwise names the agent, the phase and the quarter
 */
public record RunResult(Scenario scenario, List<QuarterRecord> quarters, String error) {

    public RunResult {
        quarters = List.copyOf(quarters);
    }

    public boolean ok() {
        return error == null;
    }

    public long messageCount() {
        return quarters.stream().mapToLong(QuarterRecord::messageCount).sum();
    }
}
