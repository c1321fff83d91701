package chipsim.runner.report;

import java.util.List;

/**
 * A strip of events aligned with the quarters: one lane per source (Washington, Beijing, Nvidia,
 * scripted), one mark per lane and quarter that had events.
 */
public record TimelineChart(String title, String reading, List<String> quarters, List<String> lanes,
        List<Mark> marks) implements Chart {

    /** The events of one lane in one quarter, in the trace's order. */
    public record Mark(int quarterIndex, int laneIndex, List<String> events) {

        public Mark {
            events = List.copyOf(events);
        }
    }

    public TimelineChart {
        quarters = List.copyOf(quarters);
        lanes = List.copyOf(lanes);
        marks = List.copyOf(marks);
    }
}
