package chipsim.runner.report;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;

/**
 * Writes each chart of a report as a figure for papers and slides (PNG, SVG, PDF), drawn with
 * JFreeChart: the same data, colours, units and reading as in the page, which becomes the
 * figure's subtitle.
 */
public final class PngCharts {

    static final int WIDTH = 1200;
    static final int HEIGHT = 640;
    private static final int MAX_EVENT_LINES = 14;
    private static final int MAX_EVENT_CHARS = 170;
    static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 20);
    static final Font READING_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    static final Font AXIS_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);

    private PngCharts() {}

    /** Writes one PNG per chart (per choice of a figure with several) into {@code folder}; returns their paths. */
    public static List<Path> writeAll(ReportPage page, Path folder) throws IOException {
        return writeAll(page, folder, java.util.EnumSet.of(FigureFormat.PNG));
    }

    /** Writes each chart in each of {@code formats} into {@code folder}, same name, one extension each. */
    public static List<Path> writeAll(ReportPage page, Path folder, java.util.Set<FigureFormat> formats)
            throws IOException {
        // PNGs are drawn off screen; headless AWT also works where no display exists (CI, servers).
        System.setProperty("java.awt.headless", "true");
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Figure figure : page.figures()) {
            for (Figure.Choice choice : figure.choices()) {
                String base = figure.choices().size() == 1 ? figure.id() : figure.id() + "-" + slug(choice.key());
                String name = base;
                for (int i = 2; !names.add(name); i++) {
                    name = base + "-" + i;
                }
                for (FigureFormat format : formats) {
                    Path target = folder.resolve(name + "." + format.extension());
                    Path temp = Files.createTempFile(folder, "." + name + ".partial-", "." + format.extension());
                    try {
                        format.write(render(choice.chart()), WIDTH, height(choice.chart()), temp);
                        ReportGenerator.moveIntoPlace(temp, target);
                    } finally {
                        Files.deleteIfExists(temp);
                    }
                    written.add(target);
                }
            }
        }
        return written;
    }

    static JFreeChart render(Chart chart) {
        Plot plot;
        if (chart instanceof SeriesChart c) {
            plot = SeriesPlots.plot(c);
        } else if (chart instanceof HeatmapChart c) {
            plot = GridPlots.heatmap(c);
        } else if (chart instanceof TimelineChart c) {
            plot = GridPlots.timeline(c);
        } else {
            throw new IllegalArgumentException("no PNG drawing for " + chart.getClass().getSimpleName());
        }
        JFreeChart figure = new JFreeChart(chart.title(), TITLE_FONT, plot, true);
        figure.setBackgroundPaint(Color.WHITE);
        TextTitle reading = new TextTitle(chart.reading(), READING_FONT);
        reading.setPaint(new Color(0x5b6476));
        reading.setHorizontalAlignment(HorizontalAlignment.LEFT);
        reading.setPosition(RectangleEdge.TOP);
        figure.addSubtitle(0, reading);
        if (chart instanceof TimelineChart timeline) {
            // Paper has no tooltips: the events are listed under the strip instead.
            TextTitle events = new TextTitle(String.join("\n", eventLines(timeline)), READING_FONT);
            events.setHorizontalAlignment(HorizontalAlignment.LEFT);
            events.setTextAlignment(HorizontalAlignment.LEFT);
            events.setPosition(RectangleEdge.BOTTOM);
            figure.addSubtitle(events);
        }
        if (figure.getLegend() != null) {
            figure.getLegend().setPosition(RectangleEdge.BOTTOM);
            figure.getLegend().setItemFont(AXIS_FONT);
        }
        return figure;
    }

    static int height(Chart chart) {
        return chart instanceof TimelineChart timeline ? HEIGHT + 18 * eventLines(timeline).size() : HEIGHT;
    }

    /** One line per mark of the timeline, "2027Q4 Washington: ...", at most {@link #MAX_EVENT_LINES}. */
    static List<String> eventLines(TimelineChart chart) {
        List<TimelineChart.Mark> marks = new ArrayList<>(chart.marks());
        marks.sort(java.util.Comparator.comparingInt(TimelineChart.Mark::quarterIndex)
                .thenComparingInt(TimelineChart.Mark::laneIndex));
        List<String> lines = new ArrayList<>();
        for (TimelineChart.Mark mark : marks) {
            if (lines.size() == MAX_EVENT_LINES) {
                lines.add("… and " + (marks.size() - MAX_EVENT_LINES) + " more marks: see report.html");
                break;
            }
            String line = chart.quarters().get(mark.quarterIndex()) + "  " + String.join("; ", mark.events());
            lines.add(line.length() > MAX_EVENT_CHARS ? line.substring(0, MAX_EVENT_CHARS - 1) + "…" : line);
        }
        return lines;
    }

    static String slug(String label) {
        String slug = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "chart" : slug;
    }
}
