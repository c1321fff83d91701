package chipsim.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuarterTest {

    @Test
    void parsesAndPrints() {
        assertEquals(new Quarter(2025, 3), Quarter.parse("2025Q3"));
        assertEquals("2025Q3", Quarter.parse(" 2025Q3 ").toString());
    }

    @Test
    void rejectsImpossibleQuarters() {
        IllegalArgumentException fifth = assertThrows(IllegalArgumentException.class, () -> Quarter.parse("2025Q5"));
        assertTrue(fifth.getMessage().contains("Q1 to Q4"), fifth.getMessage());
        IllegalArgumentException shape = assertThrows(IllegalArgumentException.class, () -> Quarter.parse("Q3-2025"));
        assertTrue(shape.getMessage().contains("YEARQn"), shape.getMessage());
    }

    @Test
    void movesAcrossYears() {
        assertEquals(Quarter.parse("2026Q1"), Quarter.parse("2025Q4").next());
        assertEquals(Quarter.parse("2024Q2"), Quarter.parse("2025Q1").plus(-3));
        assertEquals(7, Quarter.parse("2024Q2").until(Quarter.parse("2026Q1")));
        assertTrue(Quarter.parse("2024Q4").isBefore(Quarter.parse("2025Q1")));
    }
}
