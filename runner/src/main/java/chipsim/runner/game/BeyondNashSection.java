package chipsim.runner.game;

import chipsim.runner.analysis.equilibria.LogitPath;
import chipsim.runner.analysis.equilibria.Replicator;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a game's report that go beyond Nash: the logit quantal response path, replicator
 * dynamics from a given start, and the regret of given profiles, so a class's choices can be read
 * next to the equilibria.
 */
final class BeyondNashSection {

    /** Replicator time, in units of 1 / payoff range, and the points shown along it. */
    static final double REPLICATOR_TIME = 100;
    static final int REPLICATOR_POINTS = 10;

    private BeyondNashSection() {}

    static List<Doc.Block> blocks(Analysis analysis, List<GivenProfile> given, List<GivenProfile> replicatorStarts) {
        Game game = analysis.game();
        List<Doc.Block> blocks = new ArrayList<>();
        blocks.add(new Doc.Heading(2, "Quantal response equilibria (logit)"));
        if (analysis.qre().isEmpty()) {
            blocks.add(new Doc.Para("Not traced: the game has more than " + Analysis.MAX_QRE_PROFILES + " profiles."));
        } else {
            LogitPath.Result path = analysis.qre().get();
            blocks.add(new Doc.Para("Players who err, choosing each strategy with probability proportional to "
                    + "exp(lambda x its expected payoff), each consistent with the others' errors (McKelvey and Palfrey). "
                    + "lambda = 0 is uniform play; as lambda grows the path approaches the Nash equilibrium logit "
                    + "selects. lambda is in 1 / payoff units; \"lambda x range\" scales it by the spread of the payoffs"
                    + " (" + GameText.approx(range(game)) + ")." + (path.traced() ? ""
                    : " The path could not be followed beyond the last row (it turns back there).")));
            List<String> header = new ArrayList<>(List.of("lambda", "lambda x range"));
            game.players().forEach(p -> header.add(p + " plays"));
            header.add("regret");
            List<List<String>> rows = new ArrayList<>();
            for (LogitPath.Point point : path.points()) {
                List<String> row = new ArrayList<>(List.of(GameText.approx(point.lambda()),
                        GameText.approx(point.lambda() * range(game))));
                for (int p = 0; p < game.playerCount(); p++) {
                    row.add(GameText.mix(game, p, point.mix()[p]));
                }
                row.add(GameText.approx(point.regret()));
                rows.add(row);
            }
            blocks.add(new Doc.Table(header, rows));
        }
        for (GivenProfile start : replicatorStarts) {
            blocks.addAll(replicator(analysis, start));
        }
        if (!given.isEmpty()) {
            blocks.add(new Doc.Heading(2, "Regret of the given profiles"));
            blocks.add(new Doc.Para("For each profile given with --regret: the most any one player would gain by "
                    + "switching alone (0 exactly at a Nash equilibrium), and the switch that gains it."));
            List<List<String>> rows = new ArrayList<>();
            for (GivenProfile g : given) {
                rows.add(List.of(g.describe(game), GameText.value(game, g.regret()), g.player() < 0 ? "none"
                        : game.players().get(g.player()) + " switches to " + game.strategies(g.player()).get(g.strategy()),
                        g.regret().signum() == 0 ? "yes" : ""));
            }
            blocks.add(new Doc.Table(List.of("profile", "regret", "best deviation", "Nash"), rows));
        }
        return blocks;
    }

    private static List<Doc.Block> replicator(Analysis analysis, GivenProfile start) {
        Game game = analysis.game();
        double[][] mix = new double[start.mix().length][];
        for (int p = 0; p < mix.length; p++) {
            mix[p] = new double[start.mix()[p].length];
            for (int s = 0; s < mix[p].length; s++) {
                mix[p][s] = start.mix()[p][s].toDouble();
            }
        }
        List<Replicator.Point> path = Replicator.run(EquilibriumFinder.numeric(game), mix, REPLICATOR_TIME,
                REPLICATOR_POINTS);
        List<Doc.Block> blocks = new ArrayList<>();
        blocks.add(new Doc.Heading(2, "Replicator dynamics from " + start.text()));
        blocks.add(new Doc.Para("Each strategy's share grows at the rate its payoff beats its player's average. "
                + "Time is in units of 1 / payoff range. A strategy with share 0 at the start never appears."));
        List<String> header = new ArrayList<>(List.of("time"));
        game.players().forEach(p -> header.add(p + " plays"));
        header.add("regret");
        List<List<String>> rows = new ArrayList<>();
        for (Replicator.Point point : path) {
            List<String> row = new ArrayList<>(List.of(GameText.approx(point.time())));
            for (int p = 0; p < game.playerCount(); p++) {
                row.add(GameText.mix(game, p, point.mix()[p]));
            }
            row.add(GameText.approx(point.regret()));
            rows.add(row);
        }
        blocks.add(new Doc.Table(header, rows));
        return blocks;
    }

    static double range(Game game) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < game.profileCount(); i++) {
            for (int p = 0; p < game.playerCount(); p++) {
                min = Math.min(min, game.payoff(i, p).toDouble());
                max = Math.max(max, game.payoff(i, p).toDouble());
            }
        }
        return max > min ? max - min : 1;
    }
}
