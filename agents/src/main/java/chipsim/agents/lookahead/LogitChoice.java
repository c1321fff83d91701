package chipsim.agents.lookahead;

/**
 * A quantal (logit) choice among scored candidates: candidate i is chosen with probability
 * exp(score_i / T) / sum_j exp(score_j / T). T is the temperature, in the scores' own units; at
 * T = 0 the best score is chosen (the first of equal ones) and no draw is used, so a policy
 * without noise is exactly deterministic.
 */
public final class LogitChoice {

    private LogitChoice() {}

    /**
     * The index chosen.
     *
     * @param scores       the candidates' scores, at least one
     * @param temperature  T, 0 or more
     * @param uniform      a draw in [0, 1), used only when T is above 0
     */
    public static int choose(double[] scores, double temperature, double uniform) {
        int best = 0;
        for (int i = 1; i < scores.length; i++) {
            if (scores[i] > scores[best]) {
                best = i;
            }
        }
        if (temperature <= 0) {
            return best;
        }
        double[] p = probabilities(scores, temperature);
        double cumulative = 0;
        for (int i = 0; i < p.length; i++) {
            cumulative += p[i];
            if (uniform < cumulative) {
                return i;
            }
        }
        return p.length - 1;
    }

    /**
     * The index chosen when candidate 0 is keeping the current course: its score gets the switching
     * margin on top (inertia, so the agent does not flap on forecasts that barely differ).
     */
    public static int chooseKeepingFirst(double[] scores, double switchMargin, double temperature, double uniform) {
        double[] withInertia = scores.clone();
        withInertia[0] += switchMargin;
        return choose(withInertia, temperature, uniform);
    }

    /** The choice probabilities at temperature T above 0 (shifted by the best score, so no overflow). */
    public static double[] probabilities(double[] scores, double temperature) {
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double[] p = new double[scores.length];
        double total = 0;
        for (int i = 0; i < scores.length; i++) {
            p[i] = Math.exp((scores[i] - max) / temperature);
            total += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= total;
        }
        return p;
    }
}
