package chipsim.agents;

import static chipsim.agents.Fixtures.book;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.market.report.ChipBook;
import org.junit.jupiter.api.Test;

/** Clearing pricing (docs/model.md 7.6b): scarcity raises, a glut cuts as deep as it is, partial adjustment. */
class PriceAdjustmentTest {

    @Test
    void scarceStockRaisesTheAskTowardTheClearingPrice() {
        ChipBook cleared = book().offered(100, 0).bid(300, 0).clearing(30_000).build();
        long next = PriceAdjustment.towardClearing(20_000, cleared, 100, 1.5, 0.5, 1_000);
        assertEquals(25_000, next, "half way from 20,000 to the clearing price of 30,000");
    }

    @Test
    void moreStockThanLastQuarterMeansALowerTarget() {
        ChipBook cleared = book().offered(100, 0).bid(300, 0).clearing(30_000).build();
        long same = PriceAdjustment.towardClearing(20_000, cleared, 100, 1.5, 1.0, 1_000);
        long more = PriceAdjustment.towardClearing(20_000, cleared, 200, 1.5, 1.0, 1_000);
        assertEquals(30_000, same);
        assertEquals(Math.round(30_000 * Math.pow(0.5, 1 / 1.5)), more);
    }

    @Test
    void aDeeperGlutCutsDeeperButNeverBelowTheFloor() {
        long shallow = PriceAdjustment.towardClearing(20_000, book().offered(100, 0).bid(80, 0).build(), 100, 1.5, 1, 1);
        long deep = PriceAdjustment.towardClearing(20_000, book().offered(100, 0).bid(20, 0).build(), 100, 1.5, 1, 1);
        assertTrue(deep < shallow && shallow < 20_000, shallow + " " + deep);
        assertEquals(10_000, PriceAdjustment.towardClearing(20_000, book().offered(100, 0).bid(0, 0).build(), 100,
                1.5, 1, 1), "at most halves");
        assertEquals(15_000, PriceAdjustment.towardClearing(20_000, book().offered(100, 0).bid(0, 0).build(), 100,
                1.5, 1, 15_000), "never below the floor");
    }

    @Test
    void withNothingOfferedLastQuarterTheAskStays() {
        assertEquals(20_000, PriceAdjustment.towardClearing(20_000, ChipBook.EMPTY, 100, 1.5, 1, 1));
    }
}
