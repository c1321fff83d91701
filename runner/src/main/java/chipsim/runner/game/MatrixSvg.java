package chipsim.runner.game;

import java.util.Locale;

/**
 * Draws one slice of a payoff matrix as an inline SVG heat map: a cell per profile, split into a
 * strip per player whose shade rises with that player's payoff (scaled over all of its payoffs),
 * best responses in bold, pure equilibria outlined.
 */
final class MatrixSvg {

    /** One hue per player, in player order; players beyond these reuse them. */
    static final int[] HUES = {212, 28, 140, 280, 350, 190};
    private static final int CELL_HEIGHT = 64;
    private static final int LEFT = 130;
    private static final int TOP = 58;

    private MatrixSvg() {}

    static String render(Analysis analysis, MatrixSlices.Slice slice) {
        Game game = analysis.game();
        int cellWidth = cellWidth(game);
        int rows = game.strategyCount(0);
        int cols = game.strategyCount(1);
        int width = LEFT + cols * cellWidth + 10;
        int height = TOP + rows * CELL_HEIGHT + 10;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"payoff matrix\">%n", width, height, width, height));
        svg.append(text(LEFT + cols * cellWidth / 2.0, 16, "middle", "axis", game.players().get(1) + " →"));
        svg.append(text(8, TOP - 8, "start", "axis", game.players().get(0) + " ↓"));
        for (int c = 0; c < cols; c++) {
            svg.append(text(LEFT + (c + 0.5) * cellWidth, TOP - 10, "middle", "label", game.strategies(1).get(c)));
        }
        for (int r = 0; r < rows; r++) {
            svg.append(text(LEFT - 8, TOP + (r + 0.5) * CELL_HEIGHT + 4, "end", "label", game.strategies(0).get(r)));
            for (int c = 0; c < cols; c++) {
                cell(svg, analysis, slice.index(game, r, c), LEFT + c * cellWidth, TOP + r * CELL_HEIGHT);
            }
        }
        // Frames last, so that no neighbouring cell paints over them.
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (analysis.profiles().get(slice.index(game, r, c)).nash()) {
                    svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" "
                            + "class=\"nash\"/>%n", LEFT + c * cellWidth + 2, TOP + r * CELL_HEIGHT + 2,
                            cellWidth - 4, CELL_HEIGHT - 4));
                }
            }
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static void cell(StringBuilder svg, Analysis analysis, int index, int x, int y) {
        Game game = analysis.game();
        ProfileFacts facts = analysis.profiles().get(index);
        int players = game.playerCount();
        int cellWidth = cellWidth(game);
        double strip = (double) cellWidth / players;
        for (int p = 0; p < players; p++) {
            double shade = shade(game, index, p);
            double lightness = 93 - 48 * shade;
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" "
                    + "fill=\"hsl(%d,65%%,%.0f%%)\"><title>%s</title></rect>%n", x + p * strip, y, strip, CELL_HEIGHT,
                    HUES[p % HUES.length], lightness, HtmlReport.escape(game.describe(index) + ": "
                            + game.players().get(p) + " " + GameText.value(game, game.payoff(index, p)))));
            String value = GameText.value(game, game.payoff(index, p));
            String style = (facts.bestResponse()[p] ? "value best" : "value") + (lightness < 62 ? " dark" : "");
            double centre = x + (p + 0.5) * strip;
            svg.append(text(centre, y + CELL_HEIGHT / 2.0 + (game.hasIntervals() ? -2 : 5), "middle", style, value));
            Game.Interval interval = game.interval(index, p);
            if (interval != null) {
                svg.append(text(centre, y + CELL_HEIGHT / 2.0 + 14, "middle", "ci" + (lightness < 62 ? " dark" : ""),
                        GameText.plusMinus(interval)));
            }
        }
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" class=\"cell\"/>%n",
                x, y, cellWidth, CELL_HEIGHT));
    }

    /** Wide enough for a payoff and its interval in each player's strip. */
    private static int cellWidth(Game game) {
        return Math.max(170, (game.hasIntervals() ? 95 : 70) * game.playerCount());
    }

    /** 0 at the player's lowest payoff in the game, 1 at its highest. */
    private static double shade(Game game, int index, int player) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < game.profileCount(); i++) {
            double v = game.payoff(i, player).toDouble();
            low = Math.min(low, v);
            high = Math.max(high, v);
        }
        return high == low ? 0.5 : (game.payoff(index, player).toDouble() - low) / (high - low);
    }

    private static String text(double x, double y, String anchor, String style, String content) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" class=\"%s\">%s</text>%n",
                x, y, anchor, style, HtmlReport.escape(content));
    }
}
