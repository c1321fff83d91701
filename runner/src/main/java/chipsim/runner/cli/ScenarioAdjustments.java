package chipsim.runner.cli;

import chipsim.runner.scenario.GrowthLimit;
import chipsim.runner.scenario.Problem;
import chipsim.runner.scenario.Scenario;
import chipsim.runner.scenario.ScenarioException;
import java.util.ArrayList;
import java.util.List;

/** The command-line shortcuts that change a checked scenario: --seed and --quarters. */
final class ScenarioAdjustments {

    /** As a scenario's horizon: at most 100 years. */
    static final int MAX_QUARTERS = 400;

    private ScenarioAdjustments() {}

    /**
     * @param quarters how many quarters to simulate from the scenario's start, fewer or more than
     *                 it gives; a longer horizon is checked as the file's own would be
     */
    static Scenario apply(Scenario scenario, Long seed, Integer quarters) throws ScenarioException {
        Scenario adjusted = seed == null ? scenario : scenario.withSeed(seed);
        if (quarters == null) {
            return adjusted;
        }
        String option = "--quarters " + quarters;
        if (quarters < 1 || quarters > MAX_QUARTERS) {
            throw ScenarioException.of(new Problem(option, 0, 0, "",
                    "--quarters must be from 1 to " + MAX_QUARTERS + ", not " + quarters,
                    "give the number of quarters to simulate from the scenario's start, e.g. --quarters 8"));
        }
        adjusted = adjusted.withQuarters(quarters);
        List<Problem> problems = new ArrayList<>();
        for (GrowthLimit.Excess excess : GrowthLimit.check(adjusted.agents(), quarters)) {
            problems.add(new Problem(option, 0, 0, excess.path(), excess.message(quarters), excess.hint()));
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return adjusted;
    }
}
