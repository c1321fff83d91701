package chipsim.runner.game;

import chipsim.runner.scenario.LocatedTree;
import chipsim.runner.scenario.Problem;
import chipsim.runner.scenario.ScenarioException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the problems of one game file, each placed at the line and column of its key path. */
final class GameProblems {

    private final LocatedTree tree;
    private final List<Problem> found = new ArrayList<>();

    GameProblems(LocatedTree tree) {
        this.tree = tree;
    }

    void add(String path, String message, String hint) {
        LocatedTree.Location at = tree.locate(path);
        found.add(new Problem(at.source(), at.line(), at.column(), path, message, hint));
    }

    /** Problems found elsewhere (the base scenario's own file), kept as they are. */
    void addAll(List<Problem> problems) {
        found.addAll(problems);
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
