package chipsim.agents.washington;

import chipsim.agents.lookahead.DiscountedRegression;
import java.util.Map;
import java.util.SortedMap;

/**
 * Washington's model of how the market answers its rules, learned from what it sees each quarter
 * (public state only): three regressions on the openness x of the rules in force (see
 * {@link Openness}), each with a prior slope and a nearly flat prior intercept, old quarters
 * discounted by the forgetting factor:
 *
 * <pre>
 *   ln g   = a_g + b_g x     g: China's installed compute growth over the quarter
 *   R      = a_R + b_R x     R: licence fees plus US chips' China revenue, USD bn per quarter
 *   s_H    = a_H + b_H x     s_H: Huawei's share of China's purchases
 * </pre>
 */
record RulesForecast(DiscountedRegression growth, DiscountedRegression revenue, DiscountedRegression huaweiShare) {

    static final String GROWTH = "model.lnGrowth";
    static final String REVENUE = "model.revenueBn";
    static final String HUAWEI = "model.huaweiShare";
    /** Nearly flat: the level comes from the data at once, the slope from the prior until x has moved. */
    static final double INTERCEPT_PRECISION = 1e-6;

    /** The priors, from the policy's parameters. */
    static RulesForecast prior(double growthSlope, double revenueSlope, double huaweiSlope, double slopeWeight,
            double forgetting) {
        return new RulesForecast(regression(growthSlope, slopeWeight, forgetting),
                regression(revenueSlope, slopeWeight, forgetting), regression(huaweiSlope, slopeWeight, forgetting));
    }

    private static DiscountedRegression regression(double slope, double weight, double forgetting) {
        return new DiscountedRegression(new double[] {0, slope}, new double[] {INTERCEPT_PRECISION, weight}, forgetting);
    }

    RulesForecast read(SortedMap<String, Double> memory) {
        return new RulesForecast(growth.read(GROWTH, memory), revenue.read(REVENUE, memory),
                huaweiShare.read(HUAWEI, memory));
    }

    void write(Map<String, Double> memory) {
        growth.write(GROWTH, memory);
        revenue.write(REVENUE, memory);
        huaweiShare.write(HUAWEI, memory);
    }

    /** One quarter's outcome under openness x. */
    RulesForecast learn(double x, double quarterlyGrowth, double revenueBn, double huaweiShareOfChina) {
        double[] f = {1, x};
        return new RulesForecast(growth.update(f, Math.log(Math.max(1e-3, quarterlyGrowth))),
                revenue.update(f, revenueBn), huaweiShare.update(f, huaweiShareOfChina));
    }

    boolean hasData() {
        return revenue.weight() > 0;
    }

    double growthAt(double x) {
        return Math.exp(growth.predict(1, x));
    }

    double revenueBnAt(double x) {
        return Math.max(0, revenue.predict(1, x));
    }

    double huaweiShareAt(double x) {
        return Math.max(0, Math.min(1, huaweiShare.predict(1, x)));
    }
}
