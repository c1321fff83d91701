package chipsim.runner.calibrate;

import chipsim.market.Quarter;
import chipsim.market.report.ChipBook;
import chipsim.market.report.FillRecord;
import chipsim.runner.sim.QuarterRecord;
import chipsim.runner.sim.RunResult;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Sums and picks over a finished run's quarters: what calibration targets are measured with. A
 * figure the run cannot give (a year outside its horizon, an agent or chip the scenario removed)
 * throws {@link NotMeasurable}, so it is reported as n/a rather than as a measured 0.
 */
final class TraceQuery {

    /** The run does not hold what a figure is measured from. */
    static final class NotMeasurable extends IllegalArgumentException {
        NotMeasurable(String message) {
            super(message);
        }
    }

    private final RunResult run;

    TraceQuery(RunResult run) {
        this.run = run;
    }

    List<QuarterRecord> all() {
        return run.quarters();
    }

    /** All four quarters of a year, which the run must cover. */
    List<QuarterRecord> year(int year) {
        return between(year + "Q1", year + "Q4");
    }

    List<QuarterRecord> between(String from, String to) {
        Quarter first = Quarter.parse(from);
        Quarter last = Quarter.parse(to);
        if (first.isBefore(run.scenario().start()) || last.isAfter(run.scenario().end())) {
            throw new NotMeasurable("the run " + run.scenario().start() + ".." + run.scenario().end()
                    + " does not cover " + from + ".." + to);
        }
        return run.quarters().stream()
                .filter(q -> !q.quarter().isBefore(first) && !q.quarter().isAfter(last)).toList();
    }

    /** Checks that the scenario has this chip; a figure about a removed chip is not 0 but unknown. */
    TraceQuery withChip(String chipId) {
        if (run.scenario().chips().stream().noneMatch(c -> c.id().equals(chipId))) {
            throw new NotMeasurable("the scenario has no chip " + chipId);
        }
        return this;
    }

    QuarterRecord at(String quarter) {
        Quarter wanted = Quarter.parse(quarter);
        return run.quarters().stream().filter(q -> q.quarter().equals(wanted)).findFirst()
                .orElseThrow(() -> new NotMeasurable("the run does not reach " + quarter));
    }

    static double sum(List<QuarterRecord> quarters, ToDoubleFunction<QuarterRecord> value) {
        return quarters.stream().mapToDouble(value).sum();
    }

    static double metric(QuarterRecord quarter, String name) {
        Double value = quarter.metrics().get(name);
        if (value == null) {
            throw new NotMeasurable("the run has no metric " + name);
        }
        return value;
    }

    /** A state variable of the agents of a role (summed when several play it). */
    static double state(QuarterRecord quarter, String role, String variable) {
        if (quarter.agents().stream().noneMatch(a -> a.role().equals(role))) {
            throw new NotMeasurable("no agent plays " + role);
        }
        return quarter.agents().stream().filter(a -> a.role().equals(role))
                .mapToDouble(a -> a.state().getOrDefault(variable, 0.0)).sum();
    }

    static double agentState(QuarterRecord quarter, String agentId, String variable) {
        requireAgent(quarter, agentId);
        return quarter.agents().stream().filter(a -> a.agentId().equals(agentId))
                .mapToDouble(a -> a.state().getOrDefault(variable, 0.0)).sum();
    }

    /** Checks that the agent ran; what it bought is unknown, not 0, when the scenario removed it. */
    static void requireAgent(QuarterRecord quarter, String agentId) {
        if (quarter.agents().stream().noneMatch(a -> a.agentId().equals(agentId))) {
            throw new NotMeasurable("the scenario has no agent " + agentId);
        }
    }

    static ChipBook book(QuarterRecord quarter, String chip) {
        return quarter.books().getOrDefault(chip, ChipBook.EMPTY);
    }

    /** Value (or units) of fills matching a filter. */
    static double fills(QuarterRecord quarter, java.util.function.Predicate<FillRecord> filter,
            ToDoubleFunction<FillRecord> value) {
        return quarter.fills().stream().filter(filter).mapToDouble(value).sum();
    }

}
