package chipsim.runner.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GameRationalTest {

    @Test
    void keepsLowestTermsWithAPositiveDenominator() {
        assertEquals(Rational.of(1, 2), Rational.of(-3, -6));
        assertEquals("-1/2", Rational.of(3, -6).toString());
        assertEquals(Rational.ZERO, Rational.of(0, -5));
        assertEquals(Rational.ZERO.hashCode(), Rational.of(0, 7).hashCode());
    }

    @Test
    void doesExactArithmetic() {
        Rational third = Rational.of(1, 3);
        assertEquals(Rational.ONE, third.add(third).add(third));
        assertEquals(Rational.of(1, 6), Rational.of(1, 2).subtract(third));
        assertEquals(Rational.of(2, 9), third.multiply(Rational.of(2, 3)));
        assertEquals(Rational.of(3, 2), Rational.of(1, 2).divide(third));
        assertTrue(third.compareTo(Rational.of(333, 1000)) > 0);
        assertThrows(ArithmeticException.class, () -> third.divide(Rational.ZERO));
    }

    @Test
    void readsDecimalsAndFractionsAsWritten() {
        assertEquals(Rational.of(1, 10), Rational.of(0.1));
        assertEquals(Rational.of(-7, 4), Rational.parse("-7/4"));
        assertEquals(Rational.of(1, 3), Rational.parse(" 1 / 3 "));
        assertEquals(Rational.of(1000), Rational.parse("1e3"));
        assertEquals(Rational.of(5, 2), Rational.parse("2.5"));
        assertEquals(Rational.of(3, 4), Rational.parse("1.5/2"));
        assertThrows(NumberFormatException.class, () -> Rational.parse("1/0"));
        assertThrows(NumberFormatException.class, () -> Rational.parse("three"));
        assertEquals(0.1, Rational.of(1, 10).toDouble());
    }
}
