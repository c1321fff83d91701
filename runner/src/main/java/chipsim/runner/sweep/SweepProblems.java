package chipsim.runner.sweep;

import chipsim.runner.scenario.LocatedTree;
import chipsim.runner.scenario.Problem;
import chipsim.runner.scenario.ScenarioException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Collects the problems of one sweep file, each placed at its line in the file, as scenarios do. */
final class SweepProblems {

    private final LocatedTree tree;
    private final Set<Problem> found = new LinkedHashSet<>();

    SweepProblems(LocatedTree tree) {
        this.tree = tree;
    }

    void add(String path, String message, String hint) {
        int[] at = tree.locate(path);
        found.add(new Problem(tree.source(), at[0], at[1], path, message, hint));
    }

    /** A problem found elsewhere (the base scenario, a --set) kept as it was reported. */
    void add(Problem problem) {
        found.add(problem);
    }

    boolean any() {
        return !found.isEmpty();
    }

    void throwIfAny() throws ScenarioException {
        if (!found.isEmpty()) {
            List<Problem> sorted = new ArrayList<>(found);
            sorted.sort(Comparator.comparing(Problem::source).thenComparingInt(Problem::line)
                    .thenComparingInt(Problem::column));
            throw new ScenarioException(sorted);
        }
    }
}
