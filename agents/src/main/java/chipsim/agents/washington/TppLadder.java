package chipsim.agents.washington;

import chipsim.market.Chip;
import java.util.List;
import java.util.TreeSet;

/**
 * The distinct TPP values of the US chips: the rungs on which Washington moves its ban line, one
 * chip class at a time, as the real rules did (A100 class, H100 class, H20 class).
 */
final class TppLadder {

    private final TreeSet<Double> rungs = new TreeSet<>();

    TppLadder(List<Chip> usChips) {
        for (Chip chip : usChips) {
            rungs.add(chip.tpp());
        }
    }

    /** A ban line one class lower: it catches the most capable chip now below the line. */
    double oneClassDown(double line) {
        Double lower = rungs.lower(line);
        return lower == null ? line : lower;
    }

    /**
     * A ban line one class higher: it lets through the least capable chip now banned, and the line
     * sits on the next rung above it (or above every chip when it was the top one).
     */
    double oneClassUp(double line) {
        Double freed = rungs.ceiling(line);
        if (freed == null) {
            return line;
        }
        Double next = rungs.higher(freed);
        return next == null ? freed + 1 : next;
    }
}
