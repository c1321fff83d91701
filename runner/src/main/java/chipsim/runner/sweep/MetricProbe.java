package chipsim.runner.sweep;

import chipsim.agents.AgentSpec;
import chipsim.runner.scenario.Scenario;
import chipsim.runner.sim.RunResult;
import chipsim.runner.sim.Simulation;
import java.util.ArrayList;
import java.util.List;

/**
 * Learns the columns of quarters.csv by simulating the base's first quarter, so the sweep knows
 * its metrics (and can check the chosen ones) before any run, whatever columns the model has.
 */
public final class MetricProbe {

    /** The base scenario cannot even run its first quarter. */
    public static final class Failed extends Exception {
        public Failed(String message) {
            super(message);
        }
    }

    private MetricProbe() {}

    public static List<String> columns(Simulation simulation, Scenario base) throws Failed {
        RunResult probe = simulation.runToEnd(base.truncated(1));
        if (!probe.ok() || probe.quarters().isEmpty()) {
            throw new Failed("the base scenario fails in its first quarter: " + probe.error());
        }
        return new ArrayList<>(probe.quarters().get(0).metrics().keySet());
    }

    /** Agent ids in the order of the trace (sorted), for the payoff.AGENT metrics. */
    public static List<String> agentIds(Scenario base) {
        return base.agents().stream().map(AgentSpec::id).sorted().toList();
    }
}
