package chipsim.runner.game;

import chipsim.runner.analysis.equilibria.DeviationSearch;
import chipsim.runner.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;

/**
 * Deviation-driven sampling of a simulated game: plays only the profiles a search for a pure
 * equilibrium needs ({@link DeviationSearch}), through the same runner and seeds as the full game,
 * so replication r of any profile is the run the full game would make.
 */
public final class SimulatedDeviationSearch {

    /** Replications of a profile at most, as a multiple of the game's replications:. */
    public static final int MAX_REPLICATION_FACTOR = 8;

    /** The search and the game it was run on. */
    public record Searched(SimulatedGame spec, Game shape, DeviationSearch.Result result) {}

    private SimulatedDeviationSearch() {}

    /** Starts from every role's first strategy. */
    public static Searched run(SimulatedGame spec, ProfileRunner runner, ProfileRunner.Progress progress)
            throws SimulatedGamePlayer.RunFailed {
        Game shape = GameFiles.shape(new GameFiles.SimulatedFile(spec));
        int[] counts = EquilibriumFinder.counts(shape);
        SimulatedGamePlayer.RunFailed[] failure = new SimulatedGamePlayer.RunFailed[1];
        DeviationSearch.Sampler sampler = (profile, from, count) -> {
            if (failure[0] != null) {
                return new double[count][counts.length];
            }
            Scenario scenario = spec.profiles().get(shape.index(profile));
            List<Scenario> runs = new ArrayList<>();
            for (int r = from; r < from + count; r++) {
                runs.add(scenario.withSeed(spec.seed(r)));
            }
            List<ProfileRunner.RunPayoffs> results = runner.run(runs, progress);
            double[][] payoffs = new double[count][];
            for (int k = 0; k < count; k++) {
                String where = "profile " + shape.describe(shape.index(profile)) + ", replication " + (from + k)
                        + " (seed " + spec.seed(from + k) + ")";
                try {
                    payoffs[k] = SimulatedGamePlayer.rolePayoffs(spec, results.get(k), where);
                } catch (SimulatedGamePlayer.RunFailed e) {
                    failure[0] = e;
                    return new double[count][counts.length];
                }
            }
            return payoffs;
        };
        int replications = Math.max(2, spec.replications());
        DeviationSearch.Result result = DeviationSearch.search(counts, sampler, new int[counts.length], replications,
                replications * MAX_REPLICATION_FACTOR);
        if (failure[0] != null) {
            throw failure[0];
        }
        return new Searched(spec, shape, result);
    }

    public static final String SEARCH = "search.csv";

    /** game.md (the report below) and search.csv: one row per deviation examined. */
    public static void write(chipsim.runner.output.RunFolder folder, Searched searched) throws java.io.IOException {
        java.nio.file.Files.writeString(folder.file(GameOutputs.MARKDOWN), MarkdownRenderer.render(report(searched)),
                java.nio.charset.StandardCharsets.UTF_8);
        Game game = searched.shape();
        try (java.io.Writer out = java.nio.file.Files.newBufferedWriter(folder.file(SEARCH),
                java.nio.charset.StandardCharsets.UTF_8)) {
            List<String> header = new ArrayList<>(List.of("step"));
            header.addAll(game.players());
            header.addAll(List.of("verdict", "deviator", "deviation", "gain", "gain_ci_low", "gain_ci_high", "replications"));
            chipsim.runner.output.Csv.row(out, header);
            int stepNumber = 0;
            for (DeviationSearch.Step step : searched.result().steps()) {
                stepNumber++;
                for (DeviationSearch.Gain g : step.gains()) {
                    List<String> row = new ArrayList<>(List.of(String.valueOf(stepNumber)));
                    for (int p = 0; p < game.playerCount(); p++) {
                        row.add(game.strategies(p).get(step.candidate()[p]));
                    }
                    row.addAll(List.of(step.verdict().name().toLowerCase(java.util.Locale.ROOT), game.players().get(g.player()),
                            game.strategies(g.player()).get(g.strategy()), chipsim.runner.output.Numbers.format(g.mean()),
                            chipsim.runner.output.Numbers.format(g.low()), chipsim.runner.output.Numbers.format(g.high()),
                            String.valueOf(g.replications())));
                    chipsim.runner.output.Csv.row(out, row);
                }
            }
        }
    }

    /** The search as a report: every candidate, its deviations' gains, the verdict, and the profiles run. */
    public static List<Doc.Block> report(Searched searched) {
        Game game = searched.shape();
        DeviationSearch.Result result = searched.result();
        List<Doc.Block> blocks = new ArrayList<>();
        blocks.add(new Doc.Heading(1, game.name()));
        if (!game.description().isEmpty()) {
            blocks.add(new Doc.Para(game.description()));
        }
        blocks.add(new Doc.Heading(2, "Deviation-driven search"));
        blocks.add(new Doc.Para("Only a candidate profile and its unilateral deviations are played, starting from "
                + "every role's first strategy. A deviation whose gain is above zero with 95% confidence refutes the "
                + "candidate and becomes the next one; the candidate is confirmed when every deviation's gain is below "
                + "zero with 95% confidence (or exactly zero: a strategy with the same effect). A gain whose interval "
                + "straddles zero gets more replications, doubling up to " + MAX_REPLICATION_FACTOR + " times the "
                + "game's. Gains are paired: replication r of every profile runs with the same seed."));
        blocks.add(new Doc.Para("Profiles played: " + result.played().size() + " of " + game.profileCount() + "; runs: "
                + result.runs() + " (playing every profile at the game's replications would take "
                + game.profileCount() * searched.spec().replications() + ")."));
        for (DeviationSearch.Step step : result.steps()) {
            String name = game.describe(game.index(step.candidate()));
            blocks.add(new Doc.Heading(3, name + ": " + step.verdict().name().toLowerCase(java.util.Locale.ROOT)));
            List<List<String>> rows = new ArrayList<>();
            for (DeviationSearch.Gain g : step.gains()) {
                rows.add(List.of(game.players().get(g.player()) + " switches to " + game.strategies(g.player()).get(g.strategy()),
                        GameText.approx(g.mean()), "[" + GameText.approx(g.low()) + ", " + GameText.approx(g.high()) + "]",
                        String.valueOf(g.replications())));
            }
            blocks.add(new Doc.Table(List.of("deviation", "gain", "95% interval", "replications"), rows));
        }
        DeviationSearch.Step last = result.steps().get(result.steps().size() - 1);
        String lastName = game.describe(game.index(last.candidate()));
        blocks.add(new Doc.Heading(2, "Reading"));
        blocks.add(new Doc.Para(switch (last.verdict()) {
            case CONFIRMED -> lastName + " is a pure Nash equilibrium: no role gains by switching alone, with 95% "
                    + "confidence for each deviation. The search stops at the first one it confirms; other equilibria "
                    + "may exist among the profiles not played (play every profile for the full analysis).";
            case UNRESOLVED -> "The search stopped at " + lastName + ": some deviation's gain could not be told from "
                    + "zero even with the most replications. Raise replications: or play every profile.";
            case REFUTED -> "The better responses went round in a cycle back to " + lastName + " without a stable "
                    + "profile: this path has no pure equilibrium; the game may have only mixed ones (play every "
                    + "profile for them).";
        }));
        return blocks;
    }
}
