package chipsim.runner.report;

import java.util.List;

/**
 * A report before it is written: the page's title, its header (trusted markup built with
 * {@link Html}), and its sections in order.
 */
public record ReportPage(String title, String headerHtml, List<Block> blocks) {

    public ReportPage {
        blocks = List.copyOf(blocks);
    }

    public List<Figure> figures() {
        return blocks.stream().filter(Figure.class::isInstance).map(Figure.class::cast).toList();
    }
}
