package chipsim.runner.game;

import chipsim.runner.engine.Seeds;
import chipsim.runner.scenario.Scenario;
import java.util.List;

/**
 * A checked simulated game: which agents of a scenario are the players, what each may choose, and
 * how the payoffs are measured.
 *
 * @param scenario               the base scenario as the game file names it (a path or bundled:NAME)
 * @param roles                  the players: agent ids of the scenario, in file order
 * @param strategies             per role, its strategies in file order
 * @param replications           runs per profile, each with its own seed
 * @param seed                   the replications' seeds derive from it as a sweep's do ({@link Seeds})
 * @param discountRatePerQuarter a payoff q quarters after the start counts 1 / (1 + rate)^q
 * @param quarters               quarters simulated per run
 * @param profiles               per profile (row-major, first role slowest), the checked scenario to run, before seeding
 */
public record SimulatedGame(String name, String description, String scenario, List<String> roles,
        List<List<Strategy>> strategies, int replications, long seed, double discountRatePerQuarter, int quarters,
        List<Scenario> profiles) {

    /**
     * One strategy of a role.
     *
     * @param overrides the scenario changes that make the agent play it, as {@code --set} assignments
     */
    public record Strategy(String name, List<String> overrides) {
        public Strategy {
            overrides = List.copyOf(overrides);
        }
    }

    public SimulatedGame {
        roles = List.copyOf(roles);
        strategies = strategies.stream().map(List::copyOf).toList();
        profiles = List.copyOf(profiles);
    }

    /** The seed of replication {@code r} (from 0): the same in every profile, so profiles are compared on common random numbers. */
    public long seed(int replication) {
        // The scheme is prefix-stable: replications added by a deviation search extend the list.
        return Seeds.derive(seed, Math.max(replications, replication + 1)).get(replication);
    }

    /** One seed per replication, in order: the scheme every many-run command uses. */
    public List<Long> seeds() {
        return Seeds.derive(seed, replications);
    }

    public List<String> strategyNames(int role) {
        return strategies.get(role).stream().map(Strategy::name).toList();
    }
}
