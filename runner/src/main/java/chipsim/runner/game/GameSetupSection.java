package chipsim.runner.game;

import java.util.ArrayList;
import java.util.List;

/** The opening of a game's report: who plays, with which strategies, and where the payoffs come from. */
final class GameSetupSection {

    private GameSetupSection() {}

    static List<Doc.Block> blocks(Game game, SimulatedGamePlayer.Played played) {
        List<Doc.Block> blocks = new ArrayList<>();
        List<String> players = new ArrayList<>();
        for (int p = 0; p < game.playerCount(); p++) {
            players.add(game.players().get(p) + " (" + String.join(", ", game.strategies(p)) + ")");
        }
        if (played == null) {
            blocks.add(new Doc.Para("A matrix game of " + game.playerCount() + " players, its payoffs written out: "
                    + String.join("; ", players) + "."));
            return blocks;
        }
        SimulatedGame spec = played.spec();
        blocks.add(new Doc.Para("A simulated game of " + game.playerCount() + " roles: " + String.join("; ", players)
                + ". Every profile was run " + GameText.count(spec.replications(), "time", "times") + " on the scenario "
                + spec.scenario() + " for " + GameText.count(spec.quarters(), "quarter", "quarters")
                + " from " + spec.profiles().get(0).start() + ", with the seeds derived from " + spec.seed()
                + " as a sweep's are (" + seedList(spec) + "; the same seeds in every profile). A role's payoff in a run is its agent's payoff summed over the "
                + "quarters" + (spec.discountRatePerQuarter() > 0 ? ", discounted at "
                        + GameText.approx(spec.discountRatePerQuarter()) + " per quarter" : ", undiscounted")
                + "; a cell is the mean over the runs" + (spec.replications() > 1
                        ? ", with its 95% confidence interval." : " (one run per cell, so no confidence interval).")));
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < spec.roles().size(); r++) {
            for (SimulatedGame.Strategy strategy : spec.strategies().get(r)) {
                rows.add(List.of(spec.roles().get(r), strategy.name(), strategy.overrides().isEmpty()
                        ? "as in the scenario" : "`" + String.join("`, `", strategy.overrides()) + "`"));
            }
        }
        blocks.add(new Doc.Heading(2, "Strategies"));
        blocks.add(new Doc.Table(List.of("role", "strategy", "scenario changes (as --set)"), rows));
        return blocks;
    }

    /** The first seeds, enough to check a run against runs.csv. */
    private static String seedList(SimulatedGame spec) {
        java.util.List<Long> seeds = spec.seeds();
        String shown = String.join(", ", seeds.subList(0, Math.min(3, seeds.size())).stream().map(String::valueOf).toList());
        return seeds.size() > 3 ? shown + ", ..." : shown;
    }
}
