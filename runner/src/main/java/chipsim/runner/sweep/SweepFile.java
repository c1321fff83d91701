package chipsim.runner.sweep;

import chipsim.runner.scenario.LocatedTree;
import java.nio.file.Path;
import java.util.List;

/**
 * A checked sweep file (docs/sweeps.md), before its base scenario and points are resolved.
 *
 * @param file         the sweep file
 * @param tree         its parsed text, to place problems found later (points, metrics) at their lines
 * @param name         short name, used in the default output folder
 * @param base         the base scenario as written: a path relative to the sweep file, or bundled:NAME
 * @param quarters     simulate only the first N quarters of the base, or null for its whole horizon
 * @param seed         the sweep seed: points of random designs and the replications' seeds derive from it
 * @param replications runs per point, each with its own seed (the same seeds at every point)
 * @param set          fixed overrides applied to the base, as path=value
 * @param metrics      metric names to summarise; empty for the default set
 */
public record SweepFile(Path file, LocatedTree tree, String name, String description, String base, Integer quarters,
        long seed, int replications, Design design, List<Axis> axes, List<String> set, List<String> metrics) {

    public SweepFile {
        axes = List.copyOf(axes);
        set = List.copyOf(set);
        metrics = List.copyOf(metrics);
    }
}
