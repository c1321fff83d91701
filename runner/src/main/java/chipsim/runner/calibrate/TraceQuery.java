package chipsim.runner.calibrate;

import chipsim.market.Quarter;
import chipsim.market.report.ChipBook;
import chipsim.market.report.FillRecord;
import chipsim.runner.sim.QuarterRecord;
import chipsim.runner.sim.RunResult;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** Sums and picks over a finished run's quarters: what calibration targets are measured with. */
final class TraceQuery {

    private final RunResult run;

    TraceQuery(RunResult run) {
        this.run = run;
    }

    List<QuarterRecord> all() {
        return run.quarters();
    }

    List<QuarterRecord> year(int year) {
        return run.quarters().stream().filter(q -> q.quarter().year() == year).toList();
    }

    List<QuarterRecord> between(String from, String to) {
        Quarter first = Quarter.parse(from);
        Quarter last = Quarter.parse(to);
        return run.quarters().stream()
                .filter(q -> !q.quarter().isBefore(first) && !q.quarter().isAfter(last)).toList();
    }

    QuarterRecord at(String quarter) {
        Quarter wanted = Quarter.parse(quarter);
        return run.quarters().stream().filter(q -> q.quarter().equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the run does not reach " + quarter));
    }

    static double sum(List<QuarterRecord> quarters, ToDoubleFunction<QuarterRecord> value) {
        return quarters.stream().mapToDouble(value).sum();
    }

    static double metric(QuarterRecord quarter, String name) {
        return quarter.metrics().getOrDefault(name, 0.0);
    }

    /** A state variable of the agents of a role (summed when several play it). */
    static double state(QuarterRecord quarter, String role, String variable) {
        return quarter.agents().stream().filter(a -> a.role().equals(role))
                .mapToDouble(a -> a.state().getOrDefault(variable, 0.0)).sum();
    }

    static double agentState(QuarterRecord quarter, String agentId, String variable) {
        return quarter.agents().stream().filter(a -> a.agentId().equals(agentId))
                .mapToDouble(a -> a.state().getOrDefault(variable, 0.0)).sum();
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
