package chipsim.runner.game;

import java.util.List;
import java.util.Locale;

/**
 * Renders a game's report as one self-contained HTML page: the same blocks as game.md, with an
 * SVG heat map of the payoff matrix after each payoff table. No scripts, no network.
 */
public final class HtmlReport {

    private static final String STYLE = """
            body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem;
                   color: #222; line-height: 1.45; }
            table { border-collapse: collapse; margin: 0.5rem 0 1rem; }
            th, td { border: 1px solid #ccc; padding: 0.25rem 0.6rem; text-align: left; vertical-align: top; }
            th { background: #f3f3f3; }
            code { background: #f3f3f3; padding: 0 0.2rem; }
            svg { display: block; margin: 0.5rem 0 0.25rem; }
            svg .axis { font: bold 13px system-ui, sans-serif; fill: #333; }
            svg .label { font: 13px system-ui, sans-serif; fill: #333; }
            svg .value { font: 14px system-ui, sans-serif; fill: #222; }
            svg .best { font-weight: bold; }
            svg .ci { font: 11px system-ui, sans-serif; fill: #444; }
            svg .dark { fill: #fff; }
            svg .cell { fill: none; stroke: #fff; stroke-width: 2; }
            svg .nash { fill: none; stroke: #000; stroke-width: 4; }
            .legend span { display: inline-block; width: 0.9rem; height: 0.9rem; vertical-align: middle;
                           margin: 0 0.3rem 0 0.8rem; }
            """;

    private HtmlReport() {}

    public static String render(List<Doc.Block> blocks, Analysis analysis) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(analysis.game().name())).append(" (chipsim game)</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n");
        for (Doc.Block block : blocks) {
            if (block instanceof Doc.Heading h) {
                html.append("<h").append(h.level()).append('>').append(inline(h.text())).append("</h")
                        .append(h.level()).append(">\n");
            } else if (block instanceof Doc.Para p) {
                html.append("<p>").append(inline(p.text())).append("</p>\n");
            } else if (block instanceof Doc.Bullets b) {
                html.append("<ul>\n");
                b.items().forEach(item -> html.append("<li>").append(inline(item)).append("</li>\n"));
                html.append("</ul>\n");
            } else if (block instanceof Doc.Table t) {
                table(html, t);
            } else if (block instanceof Doc.Chart c) {
                html.append(MatrixSvg.render(analysis, c.slice()));
                legend(html, analysis.game());
            }
        }
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private static void table(StringBuilder html, Doc.Table table) {
        html.append("<table>\n<tr>");
        table.header().forEach(h -> html.append("<th>").append(inline(h)).append("</th>"));
        html.append("</tr>\n");
        for (List<String> row : table.rows()) {
            html.append("<tr>");
            row.forEach(cell -> html.append("<td>").append(inline(cell)).append("</td>"));
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    private static void legend(StringBuilder html, Game game) {
        html.append("<p class=\"legend\">");
        for (int p = 0; p < game.playerCount(); p++) {
            html.append(String.format(Locale.ROOT, "<span style=\"background:hsl(%d,65%%,55%%)\"></span>%s's payoff",
                    MatrixSvg.HUES[p % MatrixSvg.HUES.length], escape(game.players().get(p))));
        }
        html.append(" (darker is higher; bold: best response; black frame: pure Nash equilibrium)</p>\n");
    }

    /** Escapes text, then turns {@code **bold**} into {@code <b>} and {@code `code`} into {@code <code>}. */
    static String inline(String text) {
        return escape(text).replaceAll("\\*\\*(.+?)\\*\\*", "<b>$1</b>").replaceAll("`([^`]+)`", "<code>$1</code>");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
