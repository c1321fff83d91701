package chipsim.runner.sweep;

import chipsim.runner.engine.Seeds;
import chipsim.runner.scenario.Problems;
import chipsim.agents.PolicyRegistry;
import chipsim.runner.scenario.LocatedTree;
import chipsim.runner.scenario.Problem;
import chipsim.runner.scenario.Scenario;
import chipsim.runner.scenario.ScenarioException;
import chipsim.runner.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Resolves a sweep file: loads its base scenario with the fixed overrides, draws the points, and
 * checks every point's scenario before anything runs, so a bad value fails the sweep at once
 * with the axis and the points it breaks instead of as failed runs later.
 */
public final class SweepPlanner {

    private final ScenarioLoader loader;

    public SweepPlanner(PolicyRegistry registry) {
        this.loader = new ScenarioLoader(registry);
    }

    /**
     * @param cliOverrides --set assignments from the command line, applied after the file's set:
     * @param cliQuarters  --quarters from the command line, or null for the file's
     */
    public SweepPlan plan(SweepFile file, List<String> cliOverrides, Integer cliQuarters) throws ScenarioException {
        LocatedTree base = baseTree(file);
        List<String> fixed = new ArrayList<>(file.set());
        fixed.addAll(cliOverrides);
        Problems problems = new Problems(file.tree());
        Scenario baseScenario = load(base, fixed, file, problems);
        problems.throwIfAny();
        Integer quarters = cliQuarters != null ? cliQuarters : file.quarters();
        baseScenario = quarters == null ? baseScenario : baseScenario.truncated(quarters);
        List<Point> points = file.design().points(file.axes(), file.seed());
        List<Scenario> scenarios = new ArrayList<>();
        Map<String, PointProblem> pointProblems = new LinkedHashMap<>();
        for (Point point : points) {
            List<String> overrides = new ArrayList<>(fixed);
            overrides.addAll(point.overrides(file.axes()));
            try {
                Scenario scenario = loader.load(base, overrides);
                scenarios.add(quarters == null ? scenario : scenario.truncated(quarters));
            } catch (ScenarioException e) {
                for (Problem problem : e.problems()) {
                    Problem placed = placeAtAxis(problem, point, file);
                    pointProblems.computeIfAbsent(placed.render(), k -> new PointProblem(placed, new TreeSet<>()))
                            .points().add(point.id());
                }
            }
        }
        pointProblems.values().forEach(p -> problems.add(p.withPoints()));
        problems.throwIfAny();
        return new SweepPlan(file, base.source(), fixed, baseScenario, points, scenarios,
                Seeds.derive(file.seed(), file.replications()));
    }

    private Scenario load(LocatedTree base, List<String> overrides, SweepFile file, Problems problems) {
        try {
            return loader.load(base, overrides);
        } catch (ScenarioException e) {
            for (Problem problem : e.problems()) {
                problems.add(placeAtSet(problem, file));
            }
            return null;
        }
    }

    /** A problem with a fixed value of the sweep file's set: is reported at that line. */
    private static Problem placeAtSet(Problem problem, SweepFile file) {
        for (String assignment : file.set()) {
            if (problem.source().equals("--set " + assignment)) {
                String key = assignment.substring(0, assignment.indexOf('='));
                return at(file, "set." + key, problem.path(), problem.message(), problem.hint());
            }
        }
        return problem;
    }

    /** A problem caused by an axis value is reported at that value (or axis) in the sweep file. */
    private static Problem placeAtAxis(Problem problem, Point point, SweepFile file) {
        List<String> assignments = point.overrides(file.axes());
        for (int i = 0; i < assignments.size(); i++) {
            if (problem.source().equals("--set " + assignments.get(i))) {
                Axis axis = file.axes().get(i);
                if (axis.kind().equals(PointsFile.KIND)) {
                    // The value came from a row of the points file: point n is the file's line n + 1.
                    return new Problem(ScenarioLoader.referencedFile(file.file(), file.design().from()).toString(),
                            point.id() + 1, i + 1, problem.path(), assignments.get(i) + ": " + problem.message(),
                            problem.hint());
                }
                String where = "axes." + axis.path() + "." + axis.kind();
                if (axis.kind().equals(AxisReader.VALUES)) {
                    where += "[" + axis.values().indexOf(point.values().get(i)) + "]";
                }
                return at(file, where, problem.path(), assignments.get(i) + ": " + problem.message(), problem.hint());
            }
        }
        Problem fixed = placeAtSet(problem, file);
        return new Problem(fixed.source(), fixed.line(), fixed.column(), fixed.path(),
                "with " + String.join(", ", assignments) + ": " + fixed.message(), fixed.hint());
    }

    private static Problem at(SweepFile file, String sweepPath, String scenarioPath, String message, String hint) {
        LocatedTree.Location location = file.tree().locate(sweepPath);
        return new Problem(location.source(), location.line(), location.column(), scenarioPath, message, hint);
    }

    /** One problem shared by several points: reported once, naming the points. */
    private record PointProblem(Problem problem, TreeSet<Integer> points) {

        Problem withPoints() {
            List<String> ids = points.stream().limit(5).map(String::valueOf).toList();
            String which = (points.size() == 1 ? "point " : "points ") + String.join(", ", ids)
                    + (points.size() > 5 ? " and " + (points.size() - 5) + " more" : "");
            return new Problem(problem.source(), problem.line(), problem.column(), problem.path(),
                    which + ": " + problem.message(), problem.hint());
        }
    }

    /** The sweep's base scenario, laid over its own bases: every point starts from a copy of it. */
    private LocatedTree baseTree(SweepFile file) throws ScenarioException {
        return loader.readReferenced(file.tree(), "base", file.file(), file.base());
    }
}
