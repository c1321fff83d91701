package chipsim.agents.beliefs;

import static chipsim.agents.Fixtures.rules;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.market.Quarter;
import chipsim.market.rules.ExportRules;
import org.junit.jupiter.api.Test;

class CourseReversalsTest {

    private static final ExportRules H20_OPEN = rules(4800, 4800);
    private static final ExportRules ALL_BANNED = rules(2000, 2000);
    private static final ExportRules LICENSED_UP = rules(4800, 21000);
    private static final Quarter Q = Quarter.parse("2025Q2");

    @Test
    void aBanIsATighteningAndALicenceARelaxation() {
        assertEquals(-1, CourseReversals.direction(H20_OPEN, ALL_BANNED));
        assertEquals(1, CourseReversals.direction(H20_OPEN, LICENSED_UP));
        assertEquals(0, CourseReversals.direction(H20_OPEN, H20_OPEN));
        assertEquals(0, CourseReversals.direction(null, H20_OPEN));
    }

    @Test
    void aRelaxationAfterATighteningIsAReversalAndCountsForAYear() {
        CourseReversals course = CourseReversals.NONE.after(Q, -1).after(Q.next(), 0).after(Q.plus(2), 1);
        assertEquals(1, course.recent(Q.plus(2), CourseReversals.A_YEAR));
        assertEquals(1, course.recent(Q.plus(5), CourseReversals.A_YEAR));
        assertEquals(0, course.recent(Q.plus(6), CourseReversals.A_YEAR), "a year on, it is forgotten");
    }

    @Test
    void movesTheSameWayAreNoReversal() {
        CourseReversals course = CourseReversals.NONE.after(Q, -1).after(Q.next(), -1);
        assertEquals(0, course.recent(Q.next(), CourseReversals.A_YEAR));
        assertTrue(course.reversals().isEmpty());
    }
}
