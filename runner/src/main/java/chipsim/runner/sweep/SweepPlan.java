package chipsim.runner.sweep;

import chipsim.runner.scenario.Scenario;
import java.util.List;

/**
 * A sweep with everything resolved: the base scenario as it will run, every point and its
 * checked scenario, and the replications' seeds.
 *
 * @param baseSource how the base is named in messages
 * @param fixed      the overrides every point shares: the file's set: then the command line's --set
 * @param scenarios  one per point, in point order, with the base's seed (each run sets its own)
 */
public record SweepPlan(SweepFile file, String baseSource, List<String> fixed, Scenario base, List<Point> points,
        List<Scenario> scenarios, List<Long> seeds) {

    public SweepPlan {
        fixed = List.copyOf(fixed);
        points = List.copyOf(points);
        scenarios = List.copyOf(scenarios);
        seeds = List.copyOf(seeds);
    }

    public List<Axis> axes() {
        return file.axes();
    }

    public int runCount() {
        return points.size() * seeds.size();
    }
}
