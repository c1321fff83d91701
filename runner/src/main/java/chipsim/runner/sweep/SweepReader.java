package chipsim.runner.sweep;

import chipsim.runner.scenario.NodeReader;
import chipsim.runner.scenario.Problems;
import chipsim.agents.Names;
import chipsim.runner.scenario.LocatedTree;
import chipsim.runner.scenario.Problem;
import chipsim.runner.scenario.ScenarioException;
import chipsim.runner.scenario.ScenarioLoader;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads and checks a sweep file, reporting every problem at once with its line and a hint. */
public final class SweepReader {

    static final List<String> TOP_KEYS = List.of("name", "description", "base", "quarters", "seed", "replications",
            "design", "axes", "set", "metrics");
    /** A sweep past this many runs is almost surely a mistake in a range or a sample count. */
    static final long MAX_RUNS = 1_000_000;

    private SweepReader() {}

    public static SweepFile read(Path file) throws ScenarioException {
        if (!Files.isRegularFile(file)) {
            throw ScenarioException.of(new Problem(file.toString(), 0, 0, "", "no such sweep file",
                    "check the path; shipped sweeps are in configs/sweeps/"));
        }
        LocatedTree tree;
        tree = LocatedTree.parse(file);
        if (tree.root().has("agents") && tree.root().has("chips")) {
            throw ScenarioException.of(tree.problemAt("agents", "this is a scenario, not a sweep file",
                    "run it with chipsim run " + file + ", or name it as the base: of a sweep (docs/sweeps.md)"));
        }
        Problems problems = new Problems(tree);
        NodeReader top = new NodeReader(tree.root(), "", problems);
        top.allowOnly(TOP_KEYS);
        String fallbackName = file.getFileName().toString().replaceFirst("\\.(ya?ml|json)$", "");
        String name = top.text("name", fallbackName);
        if (!name.matches("[A-Za-z0-9._-]+")) {
            problems.add("name", "name '" + name + "' has characters unsafe in a folder name",
                    "use letters, digits, '.', '_' and '-' only");
        }
        String description = top.text("description", "");
        String base = top.text("base", null);
        if (base == null) {
            problems.add("", "missing 'base'", "add base: ../baseline.yaml (relative to this file) or base: bundled:baseline");
        } else if (!base.startsWith(ScenarioLoader.BUNDLED_PREFIX)
                && Files.isDirectory(ScenarioLoader.referencedFile(file, base))) {
            problems.add("base", "base " + ScenarioLoader.referencedFile(file, base) + " is a folder, not a scenario file",
                    "name a .yaml file in it (the path is relative to the sweep file), or write bundled:baseline");
        } else if (!base.startsWith(ScenarioLoader.BUNDLED_PREFIX)
                && !Files.isRegularFile(ScenarioLoader.referencedFile(file, base))) {
            problems.add("base", "no scenario file " + ScenarioLoader.referencedFile(file, base),
                    "the path is relative to the sweep file; or write bundled:baseline");
        }
        Long quarters = top.integer("quarters", 0L, 1, 400);
        Long seed = top.integer("seed", 1L, 0, Integer.MAX_VALUE);
        Long replications = top.integer("replications", 1L, 1, 10_000);
        Design design = design(top, problems);
        List<Axis> axes = AxisReader.read(top.mapping("axes"), problems);
        if (design != null && design.type().equals(Design.FROM)) {
            axes = pointsFile(file, design, problems);
        } else if (!top.has("axes") && design != null && !design.type().equals(Design.GRID)) {
            problems.add("design", "a " + design.type() + " design needs axes", "add an axes: section");
        }
        if (design != null && design.type().equals(Design.GRID)) {
            for (Axis axis : axes) {
                if (axis.sampled()) {
                    problems.add("axes." + axis.path() + "." + AxisReader.DISTRIBUTION,
                            "a grid cannot take a distribution", "use design: {type: latin-hypercube, samples: N} "
                                    + "or {type: random, samples: N}, or give values: or range:");
                }
            }
        }
        List<String> set = fixedOverrides(top.mapping("set"));
        List<String> metrics = metrics(top, problems);
        if (design != null && replications != null && !problems.any()) {
            long points = design.pointCount(axes);
            if (points * replications > MAX_RUNS) {
                problems.add(top.has("axes") ? "axes" : "replications", "the sweep has " + points + " points x "
                        + replications + " replications, more than " + MAX_RUNS + " runs",
                        design.forSensitivity() ? "use fewer samples or trajectories"
                                : "use fewer values or a latin-hypercube design");
            }
        }
        problems.throwIfAny();
        return new SweepFile(file, tree, name, description, base, quarters == 0 ? null : quarters.intValue(), seed,
                replications.intValue(), design, axes, set, metrics);
    }

    private static Design design(NodeReader top, Problems problems) {
        if (!top.has("design")) {
            return new Design(Design.GRID, 0);
        }
        JsonNode node = top.get("design");
        if (node.isTextual()) {
            String type = node.asText();
            if (type.equals(Design.GRID)) {
                return new Design(type, 0);
            }
            problems.add("design", Design.TYPES.contains(type) ? "a " + type + " design needs " + (type.equals(Design.MORRIS)
                    ? "its number of trajectories" : type.equals(Design.SOBOL) ? "its number of base samples"
                    : "a number of samples")
                    : "unknown design '" + type + "'", Design.TYPES.contains(type)
                    ? "write design: " + example(type) : Names.suggestion(type, Design.TYPES));
            return null;
        }
        if (!node.isObject()) {
            problems.add("design", "design must be grid or a mapping {type, samples}", "e.g. design: {type: random, samples: 50}");
            return null;
        }
        NodeReader design = new NodeReader(node, "design", problems);
        if (design.has(Design.FROM)) {
            design.allowOnly(List.of(Design.FROM));
            String from = design.text(Design.FROM, null);
            if (top.has("axes")) {
                problems.add("axes", "a design from a points file takes its axes from the file's header",
                        "remove axes:, or remove from: and give a type");
            }
            return from == null ? null : Design.from(from);
        }
        String type = design.text("type", Design.GRID);
        if (!Design.TYPES.contains(type)) {
            problems.add("design.type", "unknown design '" + type + "'", Names.suggestion(type, Design.TYPES));
            return null;
        }
        return switch (type) {
            case Design.GRID -> {
                design.allowOnly(List.of("type", "samples"));
                if (design.has("samples")) {
                    problems.add("design.samples", "a grid takes every combination; it has no samples",
                            "remove samples:, or use type: random or latin-hypercube");
                }
                yield new Design(type, 0);
            }
            case Design.MORRIS -> morris(design, problems);
            case Design.SOBOL -> sobol(design, top, problems);
            default -> {
                design.allowOnly(List.of("type", "samples"));
                Long samples = design.integer("samples", null, 1, MAX_RUNS);
                yield samples == null ? null : new Design(type, samples.intValue());
            }
        };
    }

    /** r trajectories over p levels (docs/sensitivity.md); p even, so every step stays on the grid. */
    private static Design morris(NodeReader design, Problems problems) {
        design.allowOnly(List.of("type", "trajectories", "levels"));
        if (!design.has("trajectories")) {
            problems.add("design", "a morris design needs its number of trajectories", "write design: "
                    + example(Design.MORRIS));
            return null;
        }
        Long trajectories = design.integer("trajectories", null, 2, MAX_RUNS);
        Long levels = design.integer("levels", 4L, 2, 100);
        if (trajectories == null || levels == null) {
            return null;
        }
        if (levels % 2 != 0) {
            problems.add("design.levels", "levels must be even, not " + levels,
                    "with an even p every step of p / (2 (p - 1)) lands on the grid; 4 is usual");
            return null;
        }
        return Design.morris(trajectories.intValue(), levels.intValue());
    }

    /** N base samples of Saltelli's scheme; N a power of two keeps the Sobol sequence's balance. */
    private static Design sobol(NodeReader design, NodeReader top, Problems problems) {
        design.allowOnly(List.of("type", "samples", "secondOrder"));
        if (!design.has("samples")) {
            problems.add("design", "a sobol design needs its number of base samples N", "write design: "
                    + example(Design.SOBOL));
            return null;
        }
        Long samples = design.integer("samples", null, 2, MAX_RUNS);
        boolean secondOrder = design.flag("secondOrder", false);
        if (samples == null) {
            return null;
        }
        if (Long.bitCount(samples) != 1) {
            problems.add("design.samples", "samples must be a power of two for a sobol design, not " + samples,
                    "use " + Long.highestOneBit(samples) + " or " + 2 * Long.highestOneBit(samples)
                            + "; the Sobol sequence is balanced in blocks of 2^k points");
            return null;
        }
        if (secondOrder && top.mapping("axes").size() < 2) {
            problems.add("design.secondOrder", "second-order indices need at least two axes", "remove secondOrder:");
        }
        return Design.sobol(samples.intValue(), secondOrder);
    }

    private static String example(String type) {
        return switch (type) {
            case Design.MORRIS -> "{type: morris, trajectories: 20, levels: 4}";
            case Design.SOBOL -> "{type: sobol, samples: 256}";
            default -> "{type: " + type + ", samples: 50}";
        };
    }

    private static List<Axis> pointsFile(Path file, Design design, Problems problems) {
        List<Problem> found = new ArrayList<>();
        List<Axis> axes = PointsFile.read(ScenarioLoader.referencedFile(file, design.from()), found);
        found.forEach(problems::add);
        return axes;
    }

    private static List<String> fixedOverrides(Map<String, JsonNode> entries) {
        List<String> set = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : entries.entrySet()) {
            // As --set takes it: a mapping or list in flow style ({} resets, [..] replaces), null removes.
            JsonNode value = entry.getValue();
            set.add(entry.getKey() + "=" + (value.isContainerNode() || value.isNull() ? value.toString()
                    : AxisValues.text(value)));
        }
        return set;
    }

    private static List<String> metrics(NodeReader top, Problems problems) {
        List<String> names = new ArrayList<>();
        List<JsonNode> items = top.list("metrics");
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            if (!item.isTextual()) {
                problems.add("metrics[" + i + "]", "a metric is a name such as end.china_compute_h100e, not "
                        + NodeReader.describe(item), "see docs/sweeps.md for the metric names");
                continue;
            }
            if (names.contains(item.asText())) {
                problems.add("metrics[" + i + "]", "metric " + item.asText() + " is listed twice", "keep one");
                continue;
            }
            names.add(item.asText());
        }
        if (top.has("metrics") && items.isEmpty() && !problems.any()) {
            problems.add("metrics", "the list of metrics is empty", "leave metrics: out for the default set");
        }
        return names;
    }
}
