package chipsim.runner.report;

import chipsim.runner.report.RunData.QuarterTrace;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The rules' and the protocol's figures of a run report: events, export status, messages. */
final class PolicyFigures {

    /** The timeline's lanes in display order, top first. */
    private static final List<String> LANES = List.of("Washington", "Beijing", "import approvals", "Nvidia",
            "scripted");
    private static final int MESSAGE_KINDS_SHOWN = 9;

    private final RunData run;
    private final List<String> quarters;
    private final Map<String, String> roles;

    PolicyFigures(RunData run) {
        this.run = run;
        this.quarters = run.quarters();
        this.roles = run.rolesById();
    }

    /**
     * The lane of an event ("washington: H20 open -> banned"), by the role of the agent named
     * before the colon; events of other agents (capacity, seizures) are not policy and have no lane.
     */
    Optional<String> laneOf(String event) {
        int colon = event.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String source = event.substring(0, colon).trim();
        if (source.equals("scripted")) {
            return Optional.of("scripted");
        }
        return switch (roles.getOrDefault(source, "")) {
            case "washington" -> Optional.of("Washington");
            case "beijing" -> Optional.of("Beijing");
            case "nvidia" -> Optional.of("Nvidia");
            case "buyer" -> event.contains("approved") ? Optional.of("import approvals") : Optional.empty();
            default -> Optional.empty();
        };
    }

    Figure timeline() {
        List<TimelineChart.Mark> marks = new ArrayList<>();
        Map<String, List<String>> quartersByLane = new LinkedHashMap<>();
        LANES.forEach(lane -> quartersByLane.put(lane, new ArrayList<>()));
        for (int i = 0; i < run.trace().size(); i++) {
            Map<String, List<String>> byLane = new LinkedHashMap<>();
            for (String event : run.trace().get(i).events()) {
                laneOf(event).ifPresent(lane -> byLane.computeIfAbsent(lane, k -> new ArrayList<>()).add(event));
            }
            for (Map.Entry<String, List<String>> lane : byLane.entrySet()) {
                marks.add(new TimelineChart.Mark(i, LANES.indexOf(lane.getKey()), lane.getValue()));
                quartersByLane.get(lane.getKey()).add(quarters.get(i));
            }
        }
        List<String> parts = new ArrayList<>();
        quartersByLane.forEach((lane, when) -> {
            if (!when.isEmpty()) {
                parts.add(lane + " in " + Values.listOf(when, 4));
            }
        });
        String reading = parts.isEmpty()
                ? "No policy changed and nothing was scripted in this run."
                : "Policy moved: " + String.join("; ", parts) + ".";
        return Figure.of("timeline", new TimelineChart("Timeline of policy changes and scripted events", reading,
                quarters, LANES, marks));
    }

    Optional<Figure> exportStatus() {
        Set<String> listed = new LinkedHashSet<>();
        run.trace().forEach(q -> listed.addAll(q.exportStatusByChip().keySet()));
        if (listed.isEmpty()) {
            return Optional.empty();
        }
        List<HeatmapChart.Level> levels = new ArrayList<>(List.of(
                new HeatmapChart.Level(0, "open", Palette.OPEN),
                new HeatmapChart.Level(1, "licensed", Palette.LICENSED),
                new HeatmapChart.Level(2, "banned", Palette.BANNED)));
        List<String> chipList = new ArrayList<>();
        run.scenario().vendorByChip().keySet().stream().filter(listed::contains).forEach(chipList::add);
        listed.stream().filter(chip -> !chipList.contains(chip)).forEach(chipList::add);
        double[][] values = new double[chipList.size()][quarters.size()];
        List<String> changes = new ArrayList<>();
        for (int c = 0; c < chipList.size(); c++) {
            String previous = null;
            for (int q = 0; q < quarters.size(); q++) {
                String status = run.trace().get(q).exportStatusByChip().get(chipList.get(c));
                values[c][q] = status == null ? Double.NaN : levelOf(status, levels);
                if (status != null && previous != null && !status.equals(previous)) {
                    changes.add(chipList.get(c) + " " + previous + " → " + status + " (" + quarters.get(q) + ")");
                }
                if (status != null) {
                    previous = status;
                }
            }
        }
        String reading = "Washington's export status of each US chip, quarter by quarter; "
                + (changes.isEmpty() ? "no status changed." : "changes: " + Values.listOf(changes, 5) + ".");
        return Optional.of(Figure.of("export-status", new HeatmapChart("Export status by chip", reading, "quarter",
                quarters, "chip", chipList, values, Unit.PLAIN, levels)));
    }

    private static double levelOf(String status, List<HeatmapChart.Level> levels) {
        for (HeatmapChart.Level level : levels) {
            if (level.label().equals(status)) {
                return level.value();
            }
        }
        HeatmapChart.Level added = new HeatmapChart.Level(levels.size(), status, Palette.series(levels.size() + 3));
        levels.add(added);
        return added.value();
    }

    Optional<Figure> messages() {
        Map<String, Long> totals = new LinkedHashMap<>();
        for (QuarterTrace q : run.trace()) {
            q.messages().forEach((kind, count) -> totals.merge(kind, count, Long::sum));
        }
        if (totals.isEmpty()) {
            return Optional.empty();
        }
        List<String> kinds = new ArrayList<>(totals.keySet());
        kinds.sort(Comparator.comparingLong((String k) -> -totals.get(k)).thenComparing(k -> k));
        List<String> shown = kinds.size() > MESSAGE_KINDS_SHOWN ? kinds.subList(0, MESSAGE_KINDS_SHOWN - 1) : kinds;
        List<Series> series = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            series.add(Series.bar(shown.get(i), "messages", countsOf(Set.of(shown.get(i)))).withColor(
                    Palette.series(i)));
        }
        if (shown.size() < kinds.size()) {
            Set<String> rest = new LinkedHashSet<>(kinds.subList(shown.size(), kinds.size()));
            series.add(Series.bar("other kinds (" + rest.size() + ")", "messages", countsOf(rest))
                    .withColor(Palette.series(shown.size())));
        }
        long all = totals.values().stream().mapToLong(Long::longValue).sum();
        String reading = Unit.COUNT.format((double) all / quarters.size()) + " messages per quarter on average, of "
                + kinds.size() + " kinds; the most frequent were " + kinds.get(0) + " ("
                + Unit.SHARE.format((double) totals.get(kinds.get(0)) / all) + ")" + (kinds.size() > 1 ? " and "
                + kinds.get(1) + " (" + Unit.SHARE.format((double) totals.get(kinds.get(1)) / all) + ")" : "") + ".";
        return Optional.of(Figure.of("messages", SeriesChart.overCategories("Messages exchanged per quarter by kind",
                reading, "quarter", quarters, "messages per quarter", Unit.COUNT, series)));
    }

    private List<Double> countsOf(Set<String> kinds) {
        List<Double> counts = new ArrayList<>();
        for (QuarterTrace q : run.trace()) {
            long n = 0;
            for (String kind : kinds) {
                n += q.messages().getOrDefault(kind, 0L);
            }
            counts.add((double) n);
        }
        return counts;
    }

    /** Every event of the run, policy or not, as a table under the timeline. */
    HtmlBlock eventLog() {
        StringBuilder html = new StringBuilder("<details><summary>All events, quarter by quarter</summary>\n"
                + "<table class=\"events\"><thead><tr><th>quarter</th><th>event</th></tr></thead><tbody>\n");
        for (QuarterTrace q : run.trace()) {
            for (String event : q.events()) {
                html.append("<tr><td>").append(Html.text(q.quarter())).append("</td><td>").append(Html.text(event))
                        .append("</td></tr>\n");
            }
        }
        html.append("</tbody></table></details>\n");
        return new HtmlBlock("events", "Event log", html.toString());
    }
}
