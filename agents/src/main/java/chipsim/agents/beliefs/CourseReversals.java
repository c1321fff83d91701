package chipsim.agents.beliefs;

import chipsim.market.Quarter;
import chipsim.market.rules.ExportRules;
import chipsim.market.rules.ExportStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * What a buyer remembers of Washington's course: the direction of its last change of the rules
 * and the quarters in which it reversed that direction (a tightening after a relaxation, or a
 * relaxation after a tightening). Public information, read off the rules in force each quarter.
 * Immutable: {@link #after} returns the memory one quarter on.
 */
public record CourseReversals(int lastDirection, List<Quarter> reversals) {

    /** The window a reversal counts in: a year. */
    public static final int A_YEAR = 4;

    /** Nothing seen yet. */
    public static final CourseReversals NONE = new CourseReversals(0, List.of());

    public CourseReversals {
        reversals = List.copyOf(reversals);
    }

    /**
     * +1 when the rules moved toward openness between two quarters (more US chips open or licensed
     * than stricter), -1 when they moved toward bans, 0 when they did not move on balance. Only
     * chips both quarters' rules classified count: a chip launched under the rules in force is no
     * change of course.
     */
    public static int direction(ExportRules before, ExportRules now) {
        if (before == null || now == null) {
            return 0;
        }
        int looser = 0;
        int stricter = 0;
        for (var entry : now.statusByChip().entrySet()) {
            ExportStatus old = before.statusByChip().get(entry.getKey());
            if (old == null) {
                continue;
            }
            int change = strictness(entry.getValue()) - strictness(old);
            if (change < 0) {
                looser++;
            } else if (change > 0) {
                stricter++;
            }
        }
        return Integer.compare(looser, stricter);
    }

    private static int strictness(ExportStatus status) {
        return switch (status) {
            case OPEN -> 0;
            case LICENSED -> 1;
            case BANNED -> 2;
        };
    }

    /** The memory after a quarter in which the rules moved in {@code direction} (0: no move). */
    public CourseReversals after(Quarter quarter, int direction) {
        if (direction == 0) {
            return this;
        }
        if (lastDirection == 0 || direction == lastDirection) {
            return new CourseReversals(direction, reversals);
        }
        List<Quarter> more = new ArrayList<>(reversals);
        more.add(quarter);
        return new CourseReversals(direction, more);
    }

    /** Reversals in the {@code windowQuarters} quarters up to and including {@code quarter}. */
    public int recent(Quarter quarter, int windowQuarters) {
        Quarter from = quarter.plus(-(windowQuarters - 1));
        return (int) reversals.stream().filter(q -> !q.isBefore(from) && !q.isAfter(quarter)).count();
    }
}
