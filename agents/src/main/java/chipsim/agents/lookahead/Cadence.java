package chipsim.agents.lookahead;

import chipsim.market.Quarter;
import chipsim.market.report.PublicState;

/** When a look-ahead capital decides, and the growth it learns from: shared by both capitals. */
public final class Cadence {

    private Cadence() {}

    /** True in every {@code everyQuarters}-th quarter, counted from year 0 Q1 (so the same quarters in any run). */
    public static boolean decides(Quarter quarter, long everyQuarters) {
        return (quarter.year() * 4L + quarter.quarterOfYear() - 1) % everyQuarters == 0;
    }

    /**
     * China's compute growth over last quarter: against the compute it remembered a quarter ago,
     * or, with no memory yet, the year-on-year growth as a quarterly rate.
     */
    public static double quarterlyChinaGrowth(PublicState last, double rememberedChinaH100e) {
        return rememberedChinaH100e > 0 ? last.chinaComputeH100e() / rememberedChinaH100e - 1
                : Math.pow(1 + last.chinaComputeGrowthYoY(), 0.25) - 1;
    }
}
