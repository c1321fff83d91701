package chipsim.runner.datapackage;

import static chipsim.runner.datapackage.ColumnDefinition.of;
import static chipsim.runner.datapackage.FieldType.BOOLEAN;
import static chipsim.runner.datapackage.FieldType.INTEGER;
import static chipsim.runner.datapackage.FieldType.NUMBER;
import static chipsim.runner.datapackage.FieldType.STRING;

import java.util.List;

/** The columns of a game folder's payoffs.csv and runs.csv (docs/games.md). */
public final class GameTables {

    /** A player's column: the strategy it plays in the row; listed last, it covers every column the others do not. */
    private static final ColumnDefinition STRATEGY = of("<player>", STRING, Units.NONE, "<player>'s strategy",
            "the strategy player `<player>` plays in this profile");

    public static final TableDefinition PAYOFFS = new TableDefinition("payoffs.csv", "Payoffs",
            "one row per profile, in row-major order", List.of(
            of("payoff.<player>.ci95_low", NUMBER, Units.PAYOFF, "<player>'s payoff (95% CI, low)",
                    "the lower end of the 95% confidence interval of that mean; empty for a matrix game or a single"
                            + " replication"),
            of("payoff.<player>.ci95_high", NUMBER, Units.PAYOFF, "<player>'s payoff (95% CI, high)",
                    "the upper end of that interval; empty for a matrix game or a single replication"),
            of("payoff.<player>", NUMBER, Units.PAYOFF, "<player>'s payoff",
                    "the payoff of `<player>` in this profile (a simulated game: the mean over replications)"),
            of("regret", NUMBER, Units.PAYOFF, "Regret",
                    "the most any player gains by changing its strategy alone; 0 at a pure Nash equilibrium"),
            of("nash", BOOLEAN, Units.NONE, "Nash equilibrium", "whether the profile is a pure Nash equilibrium"),
            of("pareto_optimal", BOOLEAN, Units.NONE, "Pareto optimal",
                    "whether no other profile is at least as good for every player and better for one"),
            STRATEGY));

    public static final TableDefinition RUNS = new TableDefinition("runs.csv", "Runs",
            "simulated games only: one row per profile and replication", List.of(
            of("replication", INTEGER, Units.NONE, "Replication", "which run of the profile, from 1 to `replications`"),
            of("seed", INTEGER, Units.NONE, "Seed", "the run's scenario seed: the game's seed + replication - 1"),
            of("payoff.<player>", NUMBER, Units.PAYOFF, "<player>'s payoff", "the discounted payoff of `<player>` in"
                    + " this run"),
            STRATEGY));

    private GameTables() {}
}
