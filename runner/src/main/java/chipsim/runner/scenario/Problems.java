package chipsim.runner.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects the problems of one input file (a scenario, a sweep, a game), placing each at its line
 * in the file that wrote it or at the --set that set it, so every problem of a file is reported at once.
 */
public final class Problems {

    private final LocatedTree tree;
    private final Map<String, String> overridden = new TreeMap<>();
    private final java.util.Set<Problem> found = new java.util.LinkedHashSet<>();

    public Problems(LocatedTree tree) {
        this.tree = tree;
        found.addAll(tree.duplicateKeys());
    }

    /** Records that {@code path} was set from the command line by {@code argument}. */
    void overridden(String path, String argument) {
        overridden.put(path, argument);
    }

    public void add(String path, String message, String hint) {
        String source = sourceOf(path);
        if (source != null) {
            found.add(new Problem(source, 0, 0, path, message, hint));
            return;
        }
        LocatedTree.Location at = tree.locate(path);
        found.add(new Problem(at.source(), at.line(), at.column(), path, message, hint));
    }

    /** The --set argument that produced this path or one of its ancestors, or null. */
    private String sourceOf(String path) {
        for (Map.Entry<String, String> entry : overridden.entrySet()) {
            String key = entry.getKey();
            if (path.equals(key) || path.startsWith(key + ".") || path.startsWith(key + "[")) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** A problem found elsewhere (a base scenario, a run), kept as it was reported. */
    public void add(Problem problem) {
        found.add(problem);
    }

    public void addAll(java.util.Collection<Problem> problems) {
        found.addAll(problems);
    }

    public boolean any() {
        return !found.isEmpty();
    }

    public void throwIfAny() throws ScenarioException {
        if (!found.isEmpty()) {
            List<Problem> sorted = new ArrayList<>(found);
            sorted.sort(Comparator.comparing(Problem::source).thenComparingInt(Problem::line)
                    .thenComparingInt(Problem::column));
            throw new ScenarioException(sorted);
        }
    }
}
