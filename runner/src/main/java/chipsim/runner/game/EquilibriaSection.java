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
        blocks.add(new Doc.Para(switch (analysis.mixed()) {
            case COMPLETE -> "The game is nondegenerate, so support enumeration finds every equilibrium, pure and "
                    + "mixed: " + GameText.count(count, "equilibrium", "equilibria") + ".";
            case DEGENERATE -> "The game is degenerate (" + GameText.degeneracy(game, analysis.degeneracy().orElseThrow())
                    + "). The " + GameText.count(count, "equilibrium", "equilibria") + " below are equilibria, but "
                    + "there may be more, even a continuum of mixtures.";
            case TOO_LARGE -> "The game has too many strategies to enumerate supports; only its "
                    + GameText.count(count, "pure equilibrium is", "pure equilibria are") + " listed.";
            case PURE_ONLY -> "With more than two players only pure equilibria are searched: "
                    + GameText.count(count, "equilibrium", "equilibria") + ".";
        }));
        if (count == 0) {
            return blocks;
        }
        List<String> header = new ArrayList<>(List.of("#", "type"));
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
            for (int p = 0; p < game.playerCount(); p++) {
                row.add(GameText.mix(game, p, equilibrium.strategies().get(p)));
            }
            for (int p = 0; p < game.playerCount(); p++) {
                row.add(GameText.value(game, equilibrium.payoffs()[p]));
            }
            if (noisy) {
                Robustness r = analysis.robustness().get(e);
                row.add(r.robust() ? "yes" : "no");
                row.add(Math.round(r.holdShare() * 100) + "%");
            }
            rows.add(row);
        }
        blocks.add(new Doc.Table(header, rows));
        if (noisy) {
            blocks.addAll(noise(analysis));
        }
        return blocks;
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
