package chipsim.runner.scenario;

import java.util.List;
import java.util.stream.Collectors;

/** A scenario that cannot run, with every problem found in it. */
public final class ScenarioException extends Exception {

    private final transient List<Problem> problems;

    public ScenarioException(List<Problem> problems) {
        super(problems.stream().map(Problem::render).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public static ScenarioException of(Problem problem) {
        return new ScenarioException(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
