package chipsim.agents.beijing;

import chipsim.agents.lookahead.DiscountedRegression;
import chipsim.agents.lookahead.ForecastUncertainty;
import java.util.Map;
import java.util.SortedMap;

/**
 * Beijing's model of how the market answers its import policy, learned from what it sees each
 * quarter: regressions on the openness z of its policy (see {@link ImportOpenness}) and, for
 * Huawei's share, the subsidy S (USD bn per quarter), each with prior slopes and a nearly flat
 * prior intercept, old quarters discounted by the forgetting factor:
 *
 * <pre>
 *   ln g = a_g + b_g z                g: China's installed compute growth over the quarter
 *   F    = a_F + b_F z                F: foreign chips bought by China, 100k units per quarter
 *   s_H  = a_H + b_H z + c_H S        s_H: Huawei's share of China's purchases
 * </pre>
 */
record ImportForecast(DiscountedRegression growth, DiscountedRegression foreignUnits,
        DiscountedRegression huaweiShare) {

    static final String GROWTH = "model.lnGrowth";
    static final String FOREIGN = "model.foreign100k";
    static final String HUAWEI = "model.huaweiShare";
    static final double INTERCEPT_PRECISION = 1e-6;

    static ImportForecast prior(double growthSlope, double foreignSlope, double huaweiSlope, double subsidySlope,
            double weight, double forgetting) {
        return new ImportForecast(
                new DiscountedRegression(new double[] {0, growthSlope}, new double[] {INTERCEPT_PRECISION, weight},
                        forgetting),
                new DiscountedRegression(new double[] {0, foreignSlope}, new double[] {INTERCEPT_PRECISION, weight},
                        forgetting),
                new DiscountedRegression(new double[] {0, huaweiSlope, subsidySlope},
                        new double[] {INTERCEPT_PRECISION, weight, weight}, forgetting));
    }

    ImportForecast read(SortedMap<String, Double> memory) {
        return new ImportForecast(growth.read(GROWTH, memory), foreignUnits.read(FOREIGN, memory),
                huaweiShare.read(HUAWEI, memory));
    }

    void write(Map<String, Double> memory) {
        growth.write(GROWTH, memory);
        foreignUnits.write(FOREIGN, memory);
        huaweiShare.write(HUAWEI, memory);
    }

    ImportForecast learn(double z, double subsidyBn, double quarterlyGrowth, double foreign100k, double huaweiShareOfChina) {
        return new ImportForecast(growth.update(new double[] {1, z}, Math.log(Math.max(1e-3, quarterlyGrowth))),
                foreignUnits.update(new double[] {1, z}, foreign100k),
                huaweiShare.update(new double[] {1, z, subsidyBn}, huaweiShareOfChina));
    }

    boolean hasData() {
        return foreignUnits.weight() > 0;
    }

    double growthAt(double z) {
        return growthAt(coefficients(), z);
    }

    double foreign100kAt(double z) {
        return foreign100kAt(coefficients(), z);
    }

    double huaweiShareAt(double z, double subsidyBn) {
        return huaweiShareAt(coefficients(), z, subsidyBn);
    }

    /** The posterior means, flat: (a_g, b_g, a_F, b_F, a_H, b_H, c_H). */
    double[] coefficients() {
        return ForecastUncertainty.coefficients(growth, foreignUnits, huaweiShare);
    }

    /** Their posterior covariance (the three regressions independent), with the noise priors given. */
    double[][] covariance(ForecastNoise noise) {
        return ForecastUncertainty.covariance(
                new double[] {noise.growthSd(), noise.foreign100kSd(), noise.huaweiShareSd()}, noise.weight(), growth,
                foreignUnits, huaweiShare);
    }

    /** Prior guesses of each response's noise (sd per quarter) and how many quarters of data they are worth. */
    record ForecastNoise(double growthSd, double foreign100kSd, double huaweiShareSd, double weight) {}

    static double growthAt(double[] theta, double z) {
        return Math.exp(theta[0] + theta[1] * z);
    }

    static double foreign100kAt(double[] theta, double z) {
        return Math.max(0, theta[2] + theta[3] * z);
    }

    static double huaweiShareAt(double[] theta, double z, double subsidyBn) {
        return Math.max(0, Math.min(1, theta[4] + theta[5] * z + theta[6] * subsidyBn));
    }
}
