package chipsim.agents.hyperscaler;

/**
 * Splits a year's figure (a capex budget, a demand plan) over its quarters so that it grows at
 * a constant rate toward next year's: with g = (next / year)^(1/4), quarter k (1..4) gets
 * {@code year x g^(k-1) (g - 1) / (g^4 - 1)}. The four add up to the year's figure, and when
 * growth keeps its pace the first quarter of next year is g times the last of this one: no
 * step at New Year, where a plain quarter-each split jumps by the whole year's growth.
 */
final class QuarterlyProfile {

    private QuarterlyProfile() {}

    static double smooth(double year, double nextYear, int quarterOfYear) {
        if (year <= 0 || nextYear <= 0) {
            return year / 4.0;
        }
        double g = Math.pow(nextYear / year, 0.25);
        if (Math.abs(g - 1.0) < 1e-9) {
            return year / 4.0;
        }
        return year * Math.pow(g, quarterOfYear - 1) * (g - 1.0) / (Math.pow(g, 4) - 1.0);
    }
}
