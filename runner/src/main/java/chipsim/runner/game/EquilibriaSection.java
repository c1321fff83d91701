package chipsim.runner.game;

import java.util.ArrayList;
import java.util.List;

/** The equilibria of a game's report, with their robustness to noise for a simulated game. */
final class EquilibriaSection {

    private EquilibriaSection() {}

    static List<Doc.Block> blocks(Analysis analysis) {
        Game game = analysis.game();
        List<Doc.Block> blocks = new ArrayList<>();
        blocks.add(new Doc.Heading(2, "Nash equilibria"));
        int count = analysis.equilibria().size();
        blocks.add(new Doc.Para(status(analysis)));
        if (!analysis.equivalences().isEmpty()) {
            blocks.add(new Doc.Para("Outcome-equivalent strategies: " + String.join("; ", analysis.equivalences().stream()
                    .map(e -> e.describe(game)).toList()) + ". Choosing between them changes nothing, so equilibria that "
                    + "differ only in them are one outcome, and a mixture over them means nothing."));
        }
        if (count == 0) {
            return blocks;
        }
        boolean continuum = analysis.components().stream().anyMatch(c -> c.size() > 1);
        List<String> header = new ArrayList<>(List.of("#", "type"));
        if (continuum) {
            header.add("component");
        }
        game.players().forEach(p -> header.add(p + " plays"));
        game.players().forEach(p -> header.add(p + " expects"));
        boolean noisy = !analysis.robustness().isEmpty();
        if (noisy) {
            header.add("robust to noise");
            header.add("holds in draws");
        }
        List<List<String>> rows = new ArrayList<>();
        for (int e = 0; e < count; e++) {
            Equilibrium equilibrium = analysis.equilibria().get(e);
            List<String> row = new ArrayList<>(List.of(String.valueOf(e + 1), equilibrium.isPure() ? "pure" : "mixed"));
            if (continuum) {
                row.add(component(analysis, e));
            }
            for (int p = 0; p < game.playerCount(); p++) {
                row.add(GameText.mix(game, p, equilibrium.strategies().get(p), equilibrium.exact()));
            }
            for (int p = 0; p < game.playerCount(); p++) {
                row.add(equilibrium.exact() ? GameText.value(game, equilibrium.payoffs()[p])
                        : "≈" + GameText.approx(equilibrium.payoffs()[p].toDouble()));
            }
            if (noisy) {
                Robustness r = analysis.robustness().get(e);
                row.add(r.robust() ? "yes" : "no");
                row.add(Double.isNaN(r.holdShare()) ? "not estimated" : Math.round(r.holdShare() * 100) + "%");
            }
            rows.add(row);
        }
        blocks.add(new Doc.Table(header, rows));
        if (noisy) {
            blocks.addAll(noise(analysis));
        }
        return blocks;
    }

    static String status(Analysis analysis) {
        Game game = analysis.game();
        int count = analysis.equilibria().size();
        long continua = analysis.components().stream().filter(c -> c.size() > 1).count();
        return switch (analysis.mixed()) {
            case COMPLETE -> "Every extreme equilibrium, pure and mixed, exactly: " + GameText.count(count,
                    "equilibrium", "equilibria") + " (vertex enumeration of the best-response polytopes; " + analysis.method()
                    + "). " + (continua == 0 ? "Each is isolated: the game has " + GameText.count(count, "equilibrium.",
                    "equilibria and no others.") : GameText.count((int) continua, "component is", "components are")
                    + " a continuum: two extreme equilibria in one component that share a player's strategy are joined "
                    + "by a segment of equilibria, every mixture of the two.");
            case TOO_LARGE -> "The game is too large to enumerate its mixed equilibria (" + analysis.method() + "); only its "
                    + GameText.count(count, "pure equilibrium is", "pure equilibria are") + " listed.";
            case COMPLETE_NUMERIC -> "Every equilibrium, by exhaustive subdivision with exact bounds (each player has two "
                    + "strategies): " + GameText.count(count, "equilibrium", "equilibria") + ", complete to within "
                    + BINARY_WIDTH + " in each probability. Probabilities marked ≈ are numerical (regret below 1e-9); "
                    + "the others were verified exactly.";
            case CONTINUUM -> "The game has a continuum of equilibria somewhere (" + analysis.method() + "); the "
                    + GameText.count(count, "isolated equilibrium", "isolated equilibria") + " below were found by "
                    + "subdivision, and the continuum is not listed point by point.";
            case SEARCHED -> "Equilibria found by a search over supports (" + analysis.method() + "), each verified to "
                    + "regret below 1e-9 of the payoff scale: " + GameText.count(count, "equilibrium", "equilibria")
                    + ". The list is not known to be complete: with more than two players and more than two strategies "
                    + "no method here guarantees every equilibrium.";
        };
    }

    private static final String BINARY_WIDTH = "1e-7";

    /** "A" for the first continuum, "B" for the next; "isolated" for an equilibrium alone in its component. */
    private static String component(Analysis analysis, int equilibrium) {
        List<List<Integer>> continua = analysis.components().stream().filter(c -> c.size() > 1).toList();
        for (int c = 0; c < continua.size(); c++) {
            if (continua.get(c).contains(equilibrium)) {
                return String.valueOf((char) ('A' + Math.min(c, 25))) + (c >= 25 ? String.valueOf(c) : "");
            }
        }
        return "isolated";
    }

    private static List<Doc.Block> noise(Analysis analysis) {
        Game game = analysis.game();
        List<Doc.Block> blocks = new ArrayList<>();
        blocks.add(new Doc.Heading(3, "Robustness to the noise of the runs"));
        blocks.add(new Doc.Para("A pure equilibrium is robust when it holds in the worst case: each player's payoff "
                + "at the low end of its 95% interval still beats every deviation at the high end. \"Holds in draws\" "
                + "is the share of " + Robustness.DRAWS + " games, each cell drawn uniformly within its interval, in "
                + "which the equilibrium (for a mixed one, an equilibrium on the same strategies) still holds."));
        List<String> items = new ArrayList<>();
        for (int e = 0; e < analysis.robustness().size(); e++) {
            Robustness r = analysis.robustness().get(e);
            Equilibrium equilibrium = analysis.equilibria().get(e);
            if (!equilibrium.isPure() || r.player() < 0) {
                continue;
            }
            items.add("#" + (e + 1) + " " + GameText.equilibrium(game, equilibrium) + ": the tightest deviation is "
                    + game.players().get(r.player()) + " switching to " + game.strategies(r.player()).get(r.strategy())
                    + ", margin " + GameText.approx(r.margin()) + (r.margin() >= 0 ? " (safe)" : " (within the noise)"));
        }
        for (int index : analysis.possible()) {
            items.add(game.describe(index) + " is not an equilibrium at the means, but could be one within the intervals");
        }
        if (!items.isEmpty()) {
            blocks.add(new Doc.Bullets(items));
        }
        return blocks;
    }
}
