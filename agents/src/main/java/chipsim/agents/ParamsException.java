package chipsim.agents;

import java.util.List;
import java.util.stream.Collectors;

/** Parameters that do not fit their specs; carries every problem found, not just the first. */
public final class ParamsException extends IllegalArgumentException {

    private final transient List<ParamProblem> problems;

    public ParamsException(List<ParamProblem> problems) {
        super(problems.stream().map(p -> p.message() + " (" + p.hint() + ")").collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<ParamProblem> problems() {
        return problems;
    }
}
