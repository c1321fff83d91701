package chipsim.runner.report;

import java.util.Locale;

/**
 * What a chart's numbers measure, and how they are written: compactly ($1.2bn, 2.5M, 28%), the
 * same way in the page's tooltips and axes (report.js mirrors {@link #format}) and in the PNGs.
 */
public enum Unit {
    USD("usd"),
    /** A fraction from 0 to 1, written as a percentage. */
    SHARE("share"),
    /** Compute in H100-equivalents. */
    H100E("h100e"),
    UNITS("units"),
    COUNT("count"),
    /** A number with no unit of its own, such as a payoff in its agent's weights. */
    PLAIN("plain");

    private final String key;

    Unit(String key) {
        this.key = key;
    }

    /** The name report.js knows this unit by. */
    public String key() {
        return key;
    }

    public String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "–";
        }
        return switch (this) {
            case USD -> (value < 0 ? "−$" : "$") + compact(Math.abs(value));
            case SHARE -> percent(value);
            case PLAIN -> Math.abs(value) >= 1000 ? signed(value) : decimals(value, 2);
            default -> signed(value);
        };
    }

    /** Guesses the unit of a metric from its column name (fees_usd, huawei_share_china, ...). */
    public static Unit guess(String metric) {
        String m = metric.toLowerCase(Locale.ROOT);
        if (m.contains("usd")) {
            return USD;
        }
        if (m.contains("share") || m.contains("utilisation") || m.contains("growth")) {
            return SHARE;
        }
        if (m.contains("h100e")) {
            return H100E;
        }
        if (m.contains("units")) {
            return UNITS;
        }
        if (m.contains("messages")) {
            return COUNT;
        }
        return PLAIN;
    }

    private static String signed(double value) {
        return (value < 0 ? "−" : "") + compact(Math.abs(value));
    }

    private static String percent(double fraction) {
        double pct = fraction * 100;
        return decimals(pct, Math.abs(pct) >= 10 || pct == 0 ? 0 : 1) + "%";
    }

    /** 1234 -> 1.23k, 2500000 -> 2.5M, 3.2e9 -> 3.2bn: three significant digits, trailing zeros dropped. */
    private static String compact(double abs) {
        if (abs >= 1e9) {
            return threeDigits(abs / 1e9) + "bn";
        }
        if (abs >= 1e6) {
            return threeDigits(abs / 1e6) + "M";
        }
        if (abs >= 1e3) {
            return threeDigits(abs / 1e3) + "k";
        }
        return threeDigits(abs);
    }

    private static String threeDigits(double v) {
        int places = v >= 100 ? 0 : v >= 10 ? 1 : 2;
        return decimals(v, places);
    }

    private static String decimals(double v, int places) {
        String s = String.format(Locale.ROOT, "%." + places + "f", v);
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        if (s.startsWith("-")) {
            s = "−" + s.substring(1);
        }
        return s.equals("−0") ? "0" : s;
    }
}
