package chipsim.agents.beliefs;

/**
 * A belief that a chip's legal route into China changes next quarter (a buyer's that it closes,
 * Nvidia's that it closes or opens), updated each quarter
 * by Bayes' rule from what its holder can see (docs/model.md, "Beliefs"). Without any signal the
 * belief fades by {@code decay} a quarter (a chip whose rule no signal puts in play is never
 * front-loaded). With a signal, the prior is the larger of a base hazard and the faded belief, and
 * each signal multiplies the odds by its likelihood ratio: the annual review next quarter for the
 * chip Washington would cut first, the more so the faster China's compute grows against the line
 * the buyer thinks Washington watches; a chip of the same vendor banned in the last rule change;
 * a public rumour, pooled with the prior on the log-odds scale by the source's reliability.
 */
public final class BanBeliefs {

    /** What the buyer sees this quarter about one chip. */
    public record Evidence(boolean reviewNext, double chinaGrowthYoY, boolean siblingBanned, double rumourProbability,
            int recentReversals) {

        public static final double NO_RUMOUR = Double.NaN;

        /** The same evidence, with no reversal of course seen. */
        public Evidence(boolean reviewNext, double chinaGrowthYoY, boolean siblingBanned, double rumourProbability) {
            this(reviewNext, chinaGrowthYoY, siblingBanned, rumourProbability, 0);
        }
    }

    /** The buyer's parameters of the update. */
    public record Settings(double hazard, double reviewLikelihoodRatio, double growthLine, double siblingLikelihoodRatio,
            double rumourReliability, double decay, double reversalLikelihoodRatio) {

        /** The same settings, with past reversals telling nothing (a likelihood ratio of 1). */
        public Settings(double hazard, double reviewLikelihoodRatio, double growthLine, double siblingLikelihoodRatio,
                double rumourReliability, double decay) {
            this(hazard, reviewLikelihoodRatio, growthLine, siblingLikelihoodRatio, rumourReliability, decay, 1.0);
        }
    }

    private static final double EDGE = 1e-6;

    private BanBeliefs() {}

    public static double update(double previous, Evidence evidence, Settings settings) {
        double carried = settings.decay() * previous;
        boolean rumour = !Double.isNaN(evidence.rumourProbability());
        if (!evidence.reviewNext() && !evidence.siblingBanned() && !rumour) {
            return carried;
        }
        double prior = clamp(Math.max(settings.hazard(), carried));
        double logOdds = logit(prior);
        if (evidence.reviewNext()) {
            double alarm = Math.max(0, Math.min(2, evidence.chinaGrowthYoY() / Math.max(EDGE, settings.growthLine())));
            logOdds += alarm * Math.log(settings.reviewLikelihoodRatio());
        }
        if (evidence.siblingBanned()) {
            logOdds += Math.log(settings.siblingLikelihoodRatio());
        }
        logOdds += evidence.recentReversals() * Math.log(settings.reversalLikelihoodRatio());
        if (rumour) {
            double reliability = settings.rumourReliability();
            logOdds = (1 - reliability) * logOdds + reliability * logit(clamp(evidence.rumourProbability()));
        }
        return 1.0 / (1.0 + Math.exp(-logOdds));
    }

    private static double logit(double p) {
        return Math.log(p / (1 - p));
    }

    private static double clamp(double p) {
        return Math.max(EDGE, Math.min(1 - EDGE, p));
    }
}
