package chipsim.runner.game;

import java.util.List;

/**
 * The report of a game as a list of simple blocks, built once and rendered twice: as Markdown
 * (game.md) and as HTML (report.html). Text may mark bold with {@code **...**}, nothing else.
 */
public final class Doc {

    private Doc() {}

    /** One block of the report. */
    public sealed interface Block permits Heading, Para, Table, Bullets, Chart {}

    public record Heading(int level, String text) implements Block {}

    public record Para(String text) implements Block {}

    public record Table(List<String> header, List<List<String>> rows) implements Block {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    public record Bullets(List<String> items) implements Block {
        public Bullets {
            items = List.copyOf(items);
        }
    }

    /** Where the chart of one slice of the payoff matrix goes; only the HTML report draws it. */
    public record Chart(MatrixSlices.Slice slice) implements Block {}
}
