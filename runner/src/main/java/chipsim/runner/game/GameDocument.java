package chipsim.runner.game;

import java.util.ArrayList;
import java.util.List;

/** Builds the report of an analysed game (game.md, report.html) as {@link Doc} blocks. */
public final class GameDocument {

    private GameDocument() {}

    /**
     * @param played the runs behind a simulated game, or null for a matrix game
     */
    public static List<Doc.Block> build(Analysis analysis, SimulatedGamePlayer.Played played) {
        return build(analysis, played, Requests.NONE);
    }

    /**
     * @param requests profiles the user asked about (regret, replicator starts)
     */
    public static List<Doc.Block> build(Analysis analysis, SimulatedGamePlayer.Played played, Requests requests) {
        Game game = analysis.game();
        List<Doc.Block> blocks = new ArrayList<>();
        blocks.add(new Doc.Heading(1, game.name()));
        if (!game.description().isEmpty()) {
            blocks.add(new Doc.Para(game.description()));
        }
        blocks.addAll(GameSetupSection.blocks(game, played));
        payoffs(analysis, blocks);
        bestResponses(game, blocks);
        dominance(analysis, blocks);
        blocks.addAll(EquilibriaSection.blocks(analysis));
        blocks.addAll(BeyondNashSection.blocks(analysis, requests.regret(), requests.replicator()));
        pareto(analysis, blocks);
        regret(analysis, blocks);
        blocks.add(new Doc.Heading(2, "Reading"));
        GameReading.paragraphs(analysis).forEach(p -> blocks.add(new Doc.Para(p)));
        return blocks;
    }

    /** The payoff tables only, for the terminal. */
    public static List<Doc.Block> payoffTables(Analysis analysis) {
        List<Doc.Block> blocks = new ArrayList<>();
        payoffs(analysis, blocks);
        return blocks.stream().filter(b -> b instanceof Doc.Table || b instanceof Doc.Heading h && h.level() > 2)
                .toList();
    }

    private static void payoffs(Analysis analysis, List<Doc.Block> blocks) {
        Game game = analysis.game();
        blocks.add(new Doc.Heading(2, "Payoffs"));
        blocks.add(new Doc.Para("Each cell lists the payoffs of " + String.join(", ", game.players())
                + (game.hasIntervals() ? ", each ± the half-width of its 95% confidence interval" : "")
                + ". A payoff in bold is a best response: its player could not do better by switching alone. "
                + "A cell with every payoff in bold is a pure Nash equilibrium."));
        for (MatrixSlices.Slice slice : MatrixSlices.of(game)) {
            if (!slice.label().isEmpty()) {
                blocks.add(new Doc.Heading(3, capitalise(slice.label())));
            }
            List<String> header = new ArrayList<>();
            header.add(game.players().get(0) + " \\ " + game.players().get(1));
            header.addAll(game.strategies(1));
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r < game.strategyCount(0); r++) {
                List<String> row = new ArrayList<>();
                row.add(game.strategies(0).get(r));
                for (int c = 0; c < game.strategyCount(1); c++) {
                    row.add(cell(analysis, slice.index(game, r, c)));
                }
                rows.add(row);
            }
            blocks.add(new Doc.Table(header, rows));
            blocks.add(new Doc.Chart(slice));
        }
    }

    static String cell(Analysis analysis, int index) {
        Game game = analysis.game();
        ProfileFacts facts = analysis.profiles().get(index);
        List<String> parts = new ArrayList<>();
        for (int p = 0; p < game.playerCount(); p++) {
            String value = GameText.value(game, game.payoff(index, p));
            String text = facts.bestResponse()[p] ? "**" + value + "**" : value;
            Game.Interval interval = game.interval(index, p);
            if (interval != null) {
                text += " " + GameText.plusMinus(interval);
            }
            parts.add(text);
        }
        return String.join(", ", parts);
    }

    private static void bestResponses(Game game, List<Doc.Block> blocks) {
        blocks.add(new Doc.Heading(2, "Best responses"));
        List<String> items = new ArrayList<>();
        for (int p = 0; p < game.playerCount(); p++) {
            List<String> own = game.strategies(p);
            for (int index = 0; index < game.profileCount(); index++) {
                if (game.profile(index)[p] != 0) {
                    continue;
                }
                List<String> best = PureAnalysis.bestResponses(game, index, p).stream().map(own::get).toList();
                items.add(game.players().get(p) + ", when " + others(game, index, p) + ": "
                        + String.join(" or ", best));
            }
        }
        blocks.add(new Doc.Bullets(items));
    }

    /** "col plays cooperate" / "b plays x and c plays y": everyone's strategy but {@code player}'s. */
    static String others(Game game, int index, int player) {
        int[] profile = game.profile(index);
        List<String> parts = new ArrayList<>();
        for (int q = 0; q < game.playerCount(); q++) {
            if (q != player) {
                parts.add(game.players().get(q) + " plays " + game.strategies(q).get(profile[q]));
            }
        }
        return String.join(" and ", parts);
    }

    private static void dominance(Analysis analysis, List<Doc.Block> blocks) {
        Game game = analysis.game();
        blocks.add(new Doc.Heading(2, "Dominated strategies"));
        if (analysis.dominated().isEmpty()) {
            blocks.add(new Doc.Para("None: no strategy is dominated by another pure strategy."));
        } else {
            blocks.add(new Doc.Bullets(analysis.dominated().stream().map(d -> game.players().get(d.player()) + ": "
                    + game.strategies(d.player()).get(d.dominated()) + " is " + (d.strict() ? "strictly" : "weakly")
                    + " dominated by " + game.strategies(d.player()).get(d.by())
                    + (d.strict() ? " (worse against everything the others can do)"
                            : " (never better, and worse against something the others can do)")).toList()));
        }
        blocks.add(new Doc.Heading(2, "Iterated elimination of strictly dominated strategies"));
        Dominance.Iesds iesds = analysis.iesds();
        if (iesds.eliminations().isEmpty()) {
            blocks.add(new Doc.Para("Nothing is strictly dominated, so nothing is eliminated."));
            return;
        }
        blocks.add(new Doc.Bullets(iesds.eliminations().stream().map(e -> "Round " + e.round() + ": "
                + game.players().get(e.because().player()) + " drops "
                + game.strategies(e.because().player()).get(e.because().dominated()) + " (dominated by "
                + game.strategies(e.because().player()).get(e.because().by()) + ")").toList()));
        List<String> left = new ArrayList<>();
        for (int p = 0; p < game.playerCount(); p++) {
            List<String> own = game.strategies(p);
            List<String> names = iesds.surviving().get(p).stream().mapToObj(own::get).toList();
            left.add(game.players().get(p) + " {" + String.join(", ", names) + "}");
        }
        blocks.add(new Doc.Para("Left: " + String.join("; ", left) + (iesds.solved()
                ? ". One profile survives: the game is dominance-solvable." : ".")));
    }

    private static void pareto(Analysis analysis, List<Doc.Block> blocks) {
        Game game = analysis.game();
        blocks.add(new Doc.Heading(2, "Pareto-optimal profiles"));
        blocks.add(new Doc.Para("No other profile is at least as good for every player and better for one:"));
        blocks.add(new Doc.Bullets(analysis.profiles().stream().filter(ProfileFacts::paretoOptimal)
                .map(f -> game.describe(f.index()) + ": " + payoffsAt(game, f.index())).toList()));
    }

    private static void regret(Analysis analysis, List<Doc.Block> blocks) {
        Game game = analysis.game();
        blocks.add(new Doc.Heading(2, "Regret"));
        blocks.add(new Doc.Para("For each profile, the most any one player gains by changing its own strategy "
                + "alone; 0 exactly at a pure Nash equilibrium."));
        List<List<String>> rows = new ArrayList<>();
        for (ProfileFacts f : analysis.profiles()) {
            ProfileFacts.Deviation d = f.deviation();
            rows.add(List.of(game.describe(f.index()), GameText.value(game, f.regret()),
                    d == null ? "" : game.players().get(d.player()) + " switches to "
                            + game.strategies(d.player()).get(d.strategy()),
                    f.nash() ? "yes" : "", f.paretoOptimal() ? "yes" : ""));
        }
        blocks.add(new Doc.Table(List.of("profile", "regret", "best deviation", "Nash", "Pareto-optimal"), rows));
    }

    static String payoffsAt(Game game, int index) {
        Rational[] values = new Rational[game.playerCount()];
        for (int p = 0; p < values.length; p++) {
            values[p] = game.payoff(index, p);
        }
        return GameText.payoffs(game, values);
    }

    static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
