package chipsim.runner.game;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * How numbers, mixtures and profiles are written in game.md, report.html and the terminal: a
 * matrix game's values exactly (fractions where decimals would not end), a simulated game's to
 * four significant digits, since the runs do not support more.
 */
public final class GameText {

    private GameText() {}

    /** A payoff or expected payoff for reading. */
    public static String value(Game game, Rational value) {
        return game.kind() == Game.Kind.MATRIX ? exact(value) : approx(value.toDouble());
    }

    /** A probability for reading: 1/3 in a matrix game, 0.3333 in a simulated one. */
    public static String probability(Game game, Rational p) {
        return game.kind() == Game.Kind.MATRIX ? p.toString() : approx(p.toDouble());
    }

    /** A decimal when it ends within six places, otherwise the fraction. */
    public static String exact(Rational value) {
        BigDecimal numerator = new BigDecimal(value.numerator());
        try {
            BigDecimal decimal = numerator.divide(new BigDecimal(value.denominator()));
            if (decimal.scale() <= 6) {
                return decimal.stripTrailingZeros().toPlainString();
            }
        } catch (ArithmeticException nonTerminating) {
            // A fraction such as 1/3 is clearer than any rounding of it.
        }
        return value.toString();
    }

    /** Four significant digits, plain notation. */
    public static String approx(double value) {
        return significant(value, 4);
    }

    /** "±0.00013": the half-width of an interval, to two significant digits (more would be noise about noise). */
    public static String plusMinus(Game.Interval interval) {
        return "±" + significant((interval.high() - interval.low()) / 2, 2);
    }

    static String significant(double value, int digits) {
        if (value == 0 || !Double.isFinite(value)) {
            return value == 0 ? "0" : String.valueOf(value);
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(digits, RoundingMode.HALF_EVEN));
        return rounded.stripTrailingZeros().toPlainString();
    }

    /** "defect", or "up 2/3, down 1/3" for a mixture. */
    public static String mix(Game game, int player, Rational[] mix) {
        return mix(game, player, mix, true);
    }

    /** As {@link #mix(Game, int, Rational[])}; a mixture found numerically ({@code exact} false) to four digits. */
    public static String mix(Game game, int player, Rational[] mix, boolean exact) {
        List<String> parts = new ArrayList<>();
        for (int s = 0; s < mix.length; s++) {
            if (mix[s].signum() > 0) {
                parts.add(game.strategies(player).get(s) + (mix[s].equals(Rational.ONE) ? ""
                        : " " + (exact ? probability(game, mix[s]) : "≈" + approx(mix[s].toDouble()))));
            }
        }
        return String.join(", ", parts);
    }

    /** A numerically found mixture in doubles, as {@link #mix(Game, int, Rational[], boolean)} writes it. */
    public static String mix(Game game, int player, double[] mix) {
        List<String> parts = new ArrayList<>();
        for (int s = 0; s < mix.length; s++) {
            if (mix[s] >= 0.00005) {
                parts.add(game.strategies(player).get(s) + " " + approx(mix[s]));
            }
        }
        return String.join(", ", parts);
    }

    /** "(defect, defect)" for a pure equilibrium; "row: up 2/3, down 1/3; col: ..." for a mixed one. */
    public static String equilibrium(Game game, Equilibrium equilibrium) {
        if (equilibrium.isPure()) {
            return game.describe(game.index(equilibrium.pureProfile()));
        }
        List<String> parts = new ArrayList<>();
        for (int p = 0; p < game.playerCount(); p++) {
            parts.add(game.players().get(p) + ": " + mix(game, p, equilibrium.strategies().get(p), equilibrium.exact()));
        }
        return String.join("; ", parts);
    }

    /** "row 3, col 3". */
    public static String payoffs(Game game, Rational[] payoffs) {
        List<String> parts = new ArrayList<>();
        for (int p = 0; p < payoffs.length; p++) {
            parts.add(game.players().get(p) + " " + value(game, payoffs[p]));
        }
        return String.join(", ", parts);
    }

    /** "1 quarter", "8 quarters". */
    static String count(int n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
