package chipsim.agents.washington;

import chipsim.agents.ParamSpec;
import chipsim.agents.Params;
import chipsim.agents.PolicyFactory;
import chipsim.agents.Roles;
import chipsim.agents.lookahead.Cadence;
import chipsim.agents.lookahead.ForecastUncertainty;
import chipsim.agents.lookahead.LogitChoice;
import chipsim.market.rules.ExportRules;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Chooses its rules by looking ahead with its own payoff. Every quarter (or every
 * {@code everyQuarters}) it scores each candidate (keep; ban one TPP rung more; relax one rung,
 * licensed; license up to the ceiling for a revenue share and a China cap) by forecasting the
 * next {@code horizonQuarters} quarters with a model of the market it learns from its own
 * observations ({@link RulesForecast}), and takes the best, or draws among them by a logit choice
 * when {@code choiceTemperature} is above 0. Keeping the rules gets a bonus of
 * {@code switchMargin}: the hysteresis that stops it flapping on forecasts that barely differ.
 * Its learned model and the figures of last quarter it needs are its memory, returned in the
 * decision, so the policy itself holds no state. docs/model.md gives the equations.
 */
public final class LookAheadPolicy implements WashingtonPolicy {

    static final String PREV_CHINA = "prev.chinaComputeH100e";
    static final String PREV_US = "prev.usComputeH100e";

    private final RulesForecast prior;
    private final int horizon;
    private final double discount;
    private final double switchMargin;
    private final double caution;
    private final RulesForecast.ForecastNoise noise;
    private final double temperature;
    private final long everyQuarters;
    private final double licenceCeilingTpp;
    private final double revenueShare;
    private final double chinaCapRatio;
    private final double weightLead;
    private final double weightRevenue;
    private final double weightDependence;
    private final double weightChinaCompute;

    LookAheadPolicy(Params params) {
        this.prior = RulesForecast.prior(params.number("priorGrowthSlope"), params.number("priorRevenueSlope"),
                params.number("priorHuaweiShareSlope"), params.number("priorWeight"), params.number("forgetting"));
        this.horizon = (int) params.integer("horizonQuarters");
        this.discount = 1 / (1 + params.number("discountRatePerQuarter"));
        this.switchMargin = params.number("switchMargin");
        this.caution = params.number("caution");
        this.noise = new RulesForecast.ForecastNoise(params.number("noiseSdGrowth"), params.number("noiseSdRevenue"),
                params.number("noiseSdHuaweiShare"), params.number("noisePriorWeight"));
        this.temperature = params.number("choiceTemperature");
        this.everyQuarters = params.integer("everyQuarters");
        this.licenceCeilingTpp = params.number("licenceCeilingTpp");
        this.revenueShare = params.number("revenueShare");
        this.chinaCapRatio = params.number("chinaCapRatio");
        this.weightLead = params.number("weightLead");
        this.weightRevenue = params.number("weightRevenue");
        this.weightDependence = params.number("weightDependence");
        this.weightChinaCompute = params.number("weightChinaCompute");
    }

    /**
     * One candidate set of rules, its forecast score, and the standard deviation of its forecast
     * gain over keeping the rules (0 for keeping).
     */
    record Candidate(String name, RulesDecision rules, double openness, double score, double gainSd) {

        /** The score it is chosen on: the forecast less {@code caution} standard deviations of its gain. */
        double cautious(double caution) {
            return score - caution * gainSd;
        }
    }

    @Override
    public RulesDecision decide(WashingtonObservation observation) {
        RulesForecast model = learned(observation);
        SortedMap<String, Double> memory = new TreeMap<>();
        model.write(memory);
        memory.put(PREV_CHINA, observation.last().chinaComputeH100e());
        memory.put(PREV_US, observation.last().usComputeH100e());
        RulesDecision keep = RulesDecision.keep(observation.current());
        boolean decisionQuarter = Cadence.decides(observation.quarter(), everyQuarters);
        if (!model.hasData() || !decisionQuarter) {
            return keep.withMemory(memory);
        }
        List<Candidate> candidates = candidates(observation, model);
        double[] scores = candidates.stream().mapToDouble(c -> c.cautious(caution)).toArray();
        Candidate chosen = candidates.get(LogitChoice.chooseKeepingFirst(scores, switchMargin, temperature,
                observation.choiceDraw()));
        if (chosen == candidates.get(0)) {
            return keep.withMemory(memory);
        }
        RulesDecision rules = chosen.rules();
        String reason = String.format("look-ahead %s (forecast %+.2f ± %.2f over keeping the rules, %d quarters): "
                + "openness %.2f -> %.2f", chosen.name(), chosen.score() - candidates.get(0).score(), chosen.gainSd(),
                horizon, candidates.get(0).openness(), chosen.openness());
        return new RulesDecision(rules.licenceAboveTpp(), rules.banAboveTpp(), rules.revenueShare(),
                rules.chinaCapRatio(), rules.enforcement(), reason, memory);
    }

    /** Its model after learning from last quarter's outcome (the prior alone before any). */
    RulesForecast learned(WashingtonObservation observation) {
        RulesForecast model = prior.read(observation.memory());
        var last = observation.last();
        if (last.lastQuarter() == null) {
            return model;
        }
        double growth = Cadence.quarterlyChinaGrowth(last, observation.memory().getOrDefault(PREV_CHINA, 0.0));
        double x = Openness.of(last.exportRules(), observation.usChips(), last.lastQuarter());
        double revenueBn = (last.feesUsd() + last.usChipChinaRevenueUsd()) / 1e9;
        return model.learn(x, growth, revenueBn, last.huaweiShareOfChina());
    }

    /** Keep first, then the moves that change something, each scored. */
    List<Candidate> candidates(WashingtonObservation observation, RulesForecast model) {
        ExportRules current = observation.current();
        TppLadder ladder = new TppLadder(observation.usChips());
        RulesDecision keep = RulesDecision.keep(current);
        List<RulesDecision> moves = new ArrayList<>();
        List<String> names = new ArrayList<>();
        moves.add(keep);
        names.add("keeps the rules");
        double lower = ladder.oneClassDown(current.banAboveTpp());
        if (lower < current.banAboveTpp()) {
            moves.add(new RulesDecision(Math.min(current.licenceAboveTpp(), lower), lower, current.revenueShare(),
                    current.chinaCapRatio(), current.enforcement(), "tighten"));
            names.add(String.format("tightens: bans from TPP %.0f", lower));
        }
        double higher = Math.min(ladder.oneClassUp(current.banAboveTpp()), licenceCeilingTpp);
        if (higher > current.banAboveTpp()) {
            moves.add(new RulesDecision(Math.min(current.licenceAboveTpp(), current.banAboveTpp()), higher,
                    revenueShare, chinaCapRatio, current.enforcement(), "relax"));
            names.add(String.format("relaxes: licenses up to TPP %.0f for %.0f%%", higher, 100 * revenueShare));
        }
        if (licenceCeilingTpp > current.banAboveTpp() && licenceCeilingTpp != higher) {
            moves.add(new RulesDecision(Math.min(current.licenceAboveTpp(), current.banAboveTpp()), licenceCeilingTpp,
                    revenueShare, chinaCapRatio, current.enforcement(), "license"));
            names.add(String.format("licenses up to TPP %.0f for %.0f%%", licenceCeilingTpp, 100 * revenueShare));
        }
        double[] theta = model.coefficients();
        double[][] covariance = caution > 0 ? model.covariance(noise) : null;
        double[] xs = new double[moves.size()];
        for (int i = 0; i < moves.size(); i++) {
            RulesDecision move = moves.get(i);
            ExportRules rules = ExportRules.classify(observation.usChips(), move.licenceAboveTpp(), move.banAboveTpp(),
                    move.revenueShare(), move.chinaCapRatio(), move.enforcement(), current.reviewQuarterOfYear(),
                    current.overrides(), current.shareOverrides());
            xs[i] = Openness.of(rules, observation.usChips(), observation.quarter());
        }
        List<Candidate> scored = new ArrayList<>();
        for (int i = 0; i < moves.size(); i++) {
            double x = xs[i];
            double gainSd = i == 0 || covariance == null ? 0 : ForecastUncertainty.sd(
                    t -> score(observation, t, x) - score(observation, t, xs[0]), theta, covariance);
            scored.add(new Candidate(names.get(i), moves.get(i), x, score(observation, theta, x), gainSd));
        }
        return scored;
    }

    /**
     * Its payoff over the horizon if the rules leave openness x: China's compute grows at g(x) a
     * quarter, the US's as it did last quarter; each quarter is worth its payoff terms, discounted.
     */
    double score(WashingtonObservation observation, RulesForecast model, double x) {
        return score(observation, model.coefficients(), x);
    }

    /** The same with the model's coefficients given, flat as {@link RulesForecast#coefficients()}. */
    double score(WashingtonObservation observation, double[] theta, double x) {
        var last = observation.last();
        double china = last.chinaComputeH100e();
        double us = last.usComputeH100e();
        double usAdded = Math.max(0, us - observation.memory().getOrDefault(PREV_US, us));
        double otherShare = Math.max(0, 1 - last.usChipShareOfChina() - last.huaweiShareOfChina());
        double dependence = Math.max(0, Math.min(1, 1 - otherShare - RulesForecast.huaweiShareAt(theta, x)));
        double revenueBn = RulesForecast.revenueBnAt(theta, x);
        double growth = RulesForecast.growthAt(theta, x);
        double score = 0;
        double weight = 1;
        for (int h = 1; h <= horizon; h++) {
            double added = china * growth;
            china += added;
            us += usAdded;
            double payoff = weightLead * (us - china) / 1e6 + weightRevenue * revenueBn
                    + weightDependence * dependence - weightChinaCompute * added / 1e6;
            score += weight * payoff;
            weight *= discount;
        }
        return score;
    }

    public static final class Factory implements PolicyFactory {
        @Override
        public String name() {
            return "look-ahead";
        }

        @Override
        public String role() {
            return Roles.WASHINGTON;
        }

        @Override
        public String description() {
            return "every quarter, forecasts its own payoff over a horizon for each candidate (keep, tighten a rung, "
                    + "relax a rung, license to a ceiling) with a model of the market it learns from what it observes, "
                    + "and takes the best (or a logit choice among them)";
        }

        @Override
        public List<ParamSpec> params() {
            return List.of(
                    ParamSpec.integer("horizonQuarters", 8, 1, 40, "quarters", "how far ahead it forecasts"),
                    ParamSpec.number("discountRatePerQuarter", 0.02, 0, 1, "share per quarter",
                            "discount rate of later quarters in its score"),
                    ParamSpec.integer("everyQuarters", 1, 1, 40, "quarters",
                            "decides in quarters whose index is a multiple of this (1 = every quarter)"),
                    ParamSpec.number("switchMargin", 0.5, 0, 1e6, "payoff units",
                            "a change must beat keeping the rules by this much (hysteresis)"),
                    ParamSpec.number("caution", 0.25, 0, 100, "standard deviations",
                            "a change counts its forecast gain less this many standard deviations of it, from its "
                                    + "model's uncertainty (0 = the forecast alone)"),
                    ParamSpec.number("noiseSdGrowth", 0.2, 1e-6, 100, "ln growth per quarter",
                            "prior guess of the noise in China's quarterly compute growth (log) around its model"),
                    ParamSpec.number("noiseSdRevenue", 1, 1e-6, 1e6, "USD bn/quarter",
                            "prior guess of the noise in fees plus US chips' China revenue around its model"),
                    ParamSpec.number("noiseSdHuaweiShare", 0.1, 1e-6, 1, "share",
                            "prior guess of the noise in Huawei's share of China's purchases around its model"),
                    ParamSpec.number("noisePriorWeight", 2, 1e-6, 1e6, "pseudo-quarters",
                            "how many quarters of data the noise guesses are worth against the residuals it sees"),
                    ParamSpec.number("choiceTemperature", 0, 0, 1e6, "payoff units",
                            "logit choice among candidates at this temperature; 0 = always the best (no noise)"),
                    ParamSpec.number("licenceCeilingTpp", 21000, 0, 1e7, "TPP",
                            "never lets a chip at or above this TPP through"),
                    ParamSpec.number("revenueShare", 0.25, 0, 1, "share 0..1", "revenue share of the chips it licenses"),
                    ParamSpec.number("chinaCapRatio", 0.5, 0, 10, "ratio",
                            "China volume cap of the chips it licenses, over the units sold elsewhere; 0 = no cap"),
                    ParamSpec.number("priorGrowthSlope", 0.8, -100, 100, "ln growth per unit openness",
                            "prior: how China's quarterly compute growth (log) rises with openness"),
                    ParamSpec.number("priorRevenueSlope", 8, -1000, 1000, "USD bn/quarter per unit openness",
                            "prior: how fees plus US chips' China revenue rise with openness"),
                    ParamSpec.number("priorHuaweiShareSlope", -1, -100, 100, "share per unit openness",
                            "prior: how Huawei's share of China's purchases moves with openness"),
                    ParamSpec.number("priorWeight", 0.1, 1e-6, 1e6, "pseudo-quarters",
                            "weight of the prior slopes, in quarters of data at a unit spread of openness"),
                    ParamSpec.number("forgetting", 0.85, 0.01, 1, "per quarter",
                            "weight of a quarter of data one quarter older (1 = never forgets)"),
                    ParamSpec.number("weightLead", 1.0, -100, 100, "per million H100e",
                            "its payoff weight of the US compute lead (set to the scenario's payoff.lead)"),
                    ParamSpec.number("weightRevenue", 1.0, -100, 100, "per USD bn",
                            "its payoff weight of revenue (payoff.revenue)"),
                    ParamSpec.number("weightDependence", 1.0, -100, 100, "per share",
                            "its payoff weight of China's dependence on US chips (payoff.dependence)"),
                    ParamSpec.number("weightChinaCompute", 0.0, -100, 100, "per million H100e",
                            "its payoff weight of China's added compute, a cost (payoff.chinaCompute)"));
        }

        @Override
        public Object create(Params params) {
            return new LookAheadPolicy(params);
        }
    }
}
