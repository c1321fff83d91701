package chipsim.agents.washington;

import chipsim.agents.lookahead.DiscountedRegression;
import chipsim.agents.lookahead.ForecastUncertainty;
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
        return growthAt(coefficients(), x);
    }

    double revenueBnAt(double x) {
        return revenueBnAt(coefficients(), x);
    }

    double huaweiShareAt(double x) {
        return huaweiShareAt(coefficients(), x);
    }

    /** The posterior means, flat: (a_g, b_g, a_R, b_R, a_H, b_H). */
    double[] coefficients() {
        return ForecastUncertainty.coefficients(growth, revenue, huaweiShare);
    }

    /** Their posterior covariance (the three regressions independent), with the noise priors given. */
    double[][] covariance(ForecastNoise noise) {
        return ForecastUncertainty.covariance(new double[] {noise.growthSd(), noise.revenueSd(), noise.huaweiShareSd()},
                noise.weight(), growth, revenue, huaweiShare);
    }

    /** Prior guesses of each response's noise (sd per quarter) and how many quarters of data they are worth. */
    record ForecastNoise(double growthSd, double revenueSd, double huaweiShareSd, double weight) {}

    static double growthAt(double[] theta, double x) {
        return Math.exp(theta[0] + theta[1] * x);
    }

    static double revenueBnAt(double[] theta, double x) {
        return Math.max(0, theta[2] + theta[3] * x);
    }

    static double huaweiShareAt(double[] theta, double x) {
        return Math.max(0, Math.min(1, theta[4] + theta[5] * x));
    }
}
