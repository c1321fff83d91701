package chipsim.runner.calibrate;

import java.util.function.ToDoubleFunction;

/**
 * One figure of docs/sources.md the model can produce.
 *
 * @param id         short name, the row key of calibration.csv
 * @param fact       the figure as docs/sources.md states it
 * @param source     where docs/sources.md takes it from (seed file or public record)
 * @param target     the figure as a number
 * @param unit       its unit
 * @param emergent   true when it comes out of the agents' interaction; false when the scenario sets it
 * @param firm       true when the facts are firm enough to tune to (within 25%); false for weak or bounding figures
 * @param variant    the run it is measured in: "baseline", or a named variant of the scenario
 * @param measure    how to read it from that run
 */
record Target(String id, String fact, String source, double target, String unit, boolean emergent, boolean firm,
        String variant, ToDoubleFunction<TraceQuery> measure) {}
