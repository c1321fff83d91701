package chipsim.runner.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Collects the problems of one scenario, placing each at its line in the file or at its --set. */
final class Problems {

    private final LocatedTree tree;
    private final Map<String, String> overridden = new TreeMap<>();
    private final List<Problem> found = new ArrayList<>();

    Problems(LocatedTree tree) {
        this.tree = tree;
        found.addAll(tree.duplicateKeys());
    }

    /** Records that {@code path} was set from the command line by {@code argument}. */
    void overridden(String path, String argument) {
        overridden.put(path, argument);
    }

    void add(String path, String message, String hint) {
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
