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

    /** A sweep's row format (docs/sweeps.md), a profile being a point. */
    public static final TableDefinition RUNS = new TableDefinition("runs.csv", "Runs",
            "simulated games only: one row per profile and replication, in a sweep's format", List.of(
            of("point", INTEGER, Units.NONE, "Profile", "the profile's number, from 1, in payoffs.csv's order"),
            of("replication", INTEGER, Units.NONE, "Replication", "which run of the profile, from 1 to `replications`"),
            of("seed", INTEGER, Units.NONE, "Seed", "the run's scenario seed, derived from the game's seed as a sweep's"),
            SweepTables.STATUS, SweepTables.ERROR, SweepTables.SCENARIO_HASH,
            of("payoff.<player>", NUMBER, Units.PAYOFF, "<player>'s payoff", "the discounted payoff of `<player>` in"
                    + " this run"),
            of("sweep_sha256", STRING, Units.NONE, "Game hash",
                    "SHA-256 of the game's resolved profiles, seeds and discount: the game's identity for --resume"),
            SweepTables.VERSION,
            STRATEGY));

    private GameTables() {}
}
