package chipsim.runner.cli;

import chipsim.runner.scenario.Scenario;

/** The command-line shortcuts that change a checked scenario: --seed and --quarters. */
final class ScenarioAdjustments {

    private ScenarioAdjustments() {}

    static Scenario apply(Scenario scenario, Long seed, Integer quarters) {
        Scenario adjusted = seed == null ? scenario : scenario.withSeed(seed);
        if (quarters != null) {
            if (quarters < 1 || quarters > 400) {
                throw new IllegalArgumentException("--quarters must be from 1 to 400, not " + quarters
                        + "\n    hint: give the number of quarters to simulate from the scenario's start, e.g. --quarters 8");
            }
            adjusted = adjusted.truncated(quarters);
        }
        return adjusted;
    }
}
