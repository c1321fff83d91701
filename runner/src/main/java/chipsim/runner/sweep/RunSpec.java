package chipsim.runner.sweep;

import chipsim.runner.engine.RunEngine;
import chipsim.runner.scenario.Scenario;

/**
 * One run of a sweep: a point with one replication's seed.
 *
 * @param replication 1-based index into the sweep's seeds
 * @param scenario    the point's scenario with this run's seed
 */
public record RunSpec(Point point, int replication, long seed, Scenario scenario) implements RunEngine.Job {

    /** The run's name in traces/ and messages: p12-r3. */
    public String label() {
        return "p" + point.id() + "-r" + replication;
    }
}
