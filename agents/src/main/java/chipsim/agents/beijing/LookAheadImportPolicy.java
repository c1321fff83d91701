package chipsim.agents.beijing;

import chipsim.agents.ParamSpec;
import chipsim.agents.Params;
import chipsim.agents.PolicyFactory;
import chipsim.agents.Roles;
import chipsim.agents.lookahead.Cadence;
import chipsim.agents.lookahead.ForecastUncertainty;
import chipsim.agents.lookahead.LogitChoice;
import chipsim.market.Chip;
import chipsim.market.rules.ChipImportTerms;
import chipsim.market.rules.ImportStance;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Chooses its import policy by looking ahead with its own payoff. Every quarter (or every
 * {@code everyQuarters}) it scores each candidate (keep; allow every foreign chip; a quota on
 * each (half, once and twice {@code quotaUnits}); quotas for chips stronger than Huawei's best and discouragement of the weaker; discourage
 * all; bar all; each at the base subsidy or a raised one) by forecasting the next
 * {@code horizonQuarters} quarters with a model it learns from its own observations
 * ({@link ImportForecast}), and takes the best, or a logit choice among them when
 * {@code choiceTemperature} is above 0. Keeping gets a bonus of {@code switchMargin}, and a
 * move's forecast gain counts only beyond {@code caution} standard deviations of what its model does
 * not yet know ({@link ForecastUncertainty}), as Washington's look-ahead does. The learned
 * model is its memory. docs/model.md gives the equations.
 */
public final class LookAheadImportPolicy implements BeijingPolicy {

    static final String PREV_CHINA = "prev.chinaComputeH100e";
    static final String PREV_SUBSIDY = "prev.subsidyUsd";

    private final ImportForecast prior;
    private final int horizon;
    private final double discount;
    private final double switchMargin;
    private final double caution;
    private final ImportForecast.ForecastNoise noise;
    private final double temperature;
    private final long everyQuarters;
    private final long quotaUnits;
    private final double discourageBelowDomestic;
    private final double discouragedAdmits;
    private final double domesticRatio;
    private final long subsidyUsd;
    private final double raisedSubsidyFactor;
    private final double weightCompute;
    private final double weightSelfReliance;
    private final double weightSecurity;
    private final double weightSubsidy;

    LookAheadImportPolicy(Params params) {
        this.prior = ImportForecast.prior(params.number("priorGrowthSlope"), params.number("priorForeignUnitsSlope"),
                params.number("priorHuaweiShareSlope"), params.number("priorSubsidyShareSlope"),
                params.number("priorWeight"), params.number("forgetting"));
        this.horizon = (int) params.integer("horizonQuarters");
        this.discount = 1 / (1 + params.number("discountRatePerQuarter"));
        this.switchMargin = params.number("switchMargin");
        this.caution = params.number("caution");
        this.noise = new ImportForecast.ForecastNoise(params.number("noiseSdGrowth"),
                params.number("noiseSdForeignUnits"), params.number("noiseSdHuaweiShare"),
                params.number("noisePriorWeight"));
        this.temperature = params.number("choiceTemperature");
        this.everyQuarters = params.integer("everyQuarters");
        this.quotaUnits = params.integer("quotaUnits");
        this.discourageBelowDomestic = params.number("discourageBelowDomestic");
        this.discouragedAdmits = params.number("discouragedAdmits");
        this.domesticRatio = params.number("domesticRatio");
        this.subsidyUsd = params.integer("subsidyUsdPerQuarter");
        this.raisedSubsidyFactor = params.number("raisedSubsidyFactor");
        this.weightCompute = params.number("weightCompute");
        this.weightSelfReliance = params.number("weightSelfReliance");
        this.weightSecurity = params.number("weightSecurity");
        this.weightSubsidy = params.number("weightSubsidy");
    }

    /**
     * One candidate policy, its forecast score, and the standard deviation of its forecast gain over
     * keeping (0 for keeping).
     */
    record Candidate(String name, SortedMap<String, ChipImportTerms> terms, long subsidyUsd, double openness,
            double score, double gainSd) {

        /** The score it is chosen on: the forecast less {@code caution} standard deviations of its gain. */
        double cautious(double caution) {
            return score - caution * gainSd;
        }

        Candidate withGainSd(double sd) {
            return new Candidate(name, terms, subsidyUsd, openness, score, sd);
        }
    }

    @Override
    public ImportPlan decide(BeijingObservation observation) {
        ImportForecast model = learned(observation);
        SortedMap<String, Double> memory = new TreeMap<>();
        model.write(memory);
        memory.put(PREV_CHINA, observation.last().chinaComputeH100e());
        List<Candidate> candidates = candidates(observation, model);
        Candidate keep = candidates.get(0);
        Candidate chosen = keep;
        boolean decisionQuarter = Cadence.decides(observation.quarter(), everyQuarters);
        if (model.hasData() && decisionQuarter) {
            double[] scores = candidates.stream().mapToDouble(c -> c.cautious(caution)).toArray();
            chosen = candidates.get(LogitChoice.chooseKeepingFirst(scores, switchMargin, temperature,
                    observation.choiceDraw()));
        }
        memory.put(PREV_SUBSIDY, (double) chosen.subsidyUsd());
        String reason = chosen == keep ? "" : String.format(
                "look-ahead %s (forecast %+.2f ± %.2f over keeping, %d quarters): openness %.2f -> %.2f", chosen.name(),
                chosen.score() - keep.score(), chosen.gainSd(), horizon, keep.openness(), chosen.openness());
        return new ImportPlan(chosen.terms(), domesticRatio, chosen.subsidyUsd(), reason, memory);
    }

    /** Its model after learning from last quarter's outcome (the prior alone before any). */
    ImportForecast learned(BeijingObservation observation) {
        ImportForecast model = prior.read(observation.memory());
        var last = observation.last();
        if (last.lastQuarter() == null) {
            return model;
        }
        double growth = Cadence.quarterlyChinaGrowth(last, observation.memory().getOrDefault(PREV_CHINA, 0.0));
        double z = ImportOpenness.of(last.importPolicy().byChip(), observation.foreignChips(),
                observation.h100eByChip(), last.exportRules(), last, discouragedAdmits);
        double subsidyBn = observation.memory().getOrDefault(PREV_SUBSIDY, (double) subsidyUsd) / 1e9;
        return model.learn(z, subsidyBn, growth, foreignUnits(observation) / 1e5, last.huaweiShareOfChina());
    }

    /** Foreign chips China bought last quarter, as its payoff counts them. */
    private static long foreignUnits(BeijingObservation observation) {
        long units = 0;
        for (var entry : observation.last().books().entrySet()) {
            Double h = observation.h100eByChip().get(entry.getKey());
            boolean foreign = observation.foreignChips().stream().anyMatch(c -> c.id().equals(entry.getKey()));
            if (h != null && foreign) {
                units += entry.getValue().filledChinaUnits();
            }
        }
        return units;
    }

    /** Keep first (the terms in force, last quarter's subsidy), then every stance at each subsidy. */
    List<Candidate> candidates(BeijingObservation observation, ImportForecast model) {
        List<String> names = new ArrayList<>();
        List<SortedMap<String, ChipImportTerms>> stances = new ArrayList<>();
        SortedMap<String, ChipImportTerms> current = new TreeMap<>();
        for (Chip chip : observation.foreignChips()) {
            current.put(chip.id(), observation.current().terms(chip.id()));
        }
        names.add("allows every foreign chip");
        stances.add(uniform(observation, ImportStance.ALLOWED));
        for (long size : new long[] {quotaUnits / 2, quotaUnits, 2 * quotaUnits}) {
            SortedMap<String, ChipImportTerms> quota = new TreeMap<>();
            for (Chip chip : observation.foreignChips()) {
                quota.put(chip.id(), new ChipImportTerms(ImportStance.QUOTA, size, new TreeSet<>()));
            }
            names.add(String.format("sets a quota of %d units on each foreign chip", size));
            stances.add(quota);
        }
        SortedMap<String, ChipImportTerms> stronger = new TreeMap<>();
        for (Chip chip : observation.foreignChips()) {
            boolean weaker = observation.h100eByChip().get(chip.id())
                    < discourageBelowDomestic * observation.bestDomesticH100e();
            stronger.put(chip.id(), weaker ? ChipImportTerms.of(ImportStance.DISCOURAGED)
                    : new ChipImportTerms(ImportStance.QUOTA, quotaUnits, new TreeSet<>()));
        }
        names.add("approves chips stronger than Huawei's in quotas, discourages the rest");
        stances.add(stronger);
        names.add("discourages every foreign chip");
        stances.add(uniform(observation, ImportStance.DISCOURAGED));
        names.add("bars every foreign chip");
        stances.add(uniform(observation, ImportStance.BARRED));

        long keptSubsidy = Math.round(observation.memory().getOrDefault(PREV_SUBSIDY, (double) subsidyUsd));
        long raised = (long) Math.floor(subsidyUsd * raisedSubsidyFactor);
        List<Candidate> scored = new ArrayList<>();
        scored.add(scored(observation, model, "keeps its policy", current, keptSubsidy));
        for (int i = 0; i < stances.size(); i++) {
            scored.add(scored(observation, model, names.get(i), stances.get(i), subsidyUsd));
            if (raised != subsidyUsd) {
                scored.add(scored(observation, model, names.get(i) + String.format(" and raises the subsidy to $%.1f bn",
                        raised / 1e9), stances.get(i), raised));
            }
        }
        return caution > 0 ? withGainSds(observation, model, scored) : scored;
    }

    /** Each move with the standard deviation of its gain over keeping, from the model's uncertainty. */
    private List<Candidate> withGainSds(BeijingObservation observation, ImportForecast model, List<Candidate> scored) {
        double[] theta = model.coefficients();
        double[][] covariance = model.covariance(noise);
        Candidate keep = scored.get(0);
        double keepSubsidyBn = keep.subsidyUsd() / 1e9;
        List<Candidate> out = new ArrayList<>(List.of(keep));
        for (Candidate move : scored.subList(1, scored.size())) {
            double moveSubsidyBn = move.subsidyUsd() / 1e9;
            double sd = ForecastUncertainty.sd(t -> score(observation, t, move.openness(), moveSubsidyBn)
                    - score(observation, t, keep.openness(), keepSubsidyBn), theta, covariance);
            out.add(move.withGainSd(sd));
        }
        return out;
    }

    private static SortedMap<String, ChipImportTerms> uniform(BeijingObservation observation, ImportStance stance) {
        SortedMap<String, ChipImportTerms> terms = new TreeMap<>();
        for (Chip chip : observation.foreignChips()) {
            terms.put(chip.id(), ChipImportTerms.of(stance));
        }
        return terms;
    }

    private Candidate scored(BeijingObservation observation, ImportForecast model, String name,
            SortedMap<String, ChipImportTerms> terms, long subsidy) {
        double z = ImportOpenness.of(terms, observation.foreignChips(), observation.h100eByChip(),
                observation.usRules(), observation.last(), discouragedAdmits);
        return new Candidate(name, terms, subsidy, z, score(observation, model, z, subsidy / 1e9), 0);
    }

    /** Its payoff over the horizon at openness z and subsidy S (USD bn), discounted. */
    double score(BeijingObservation observation, ImportForecast model, double z, double subsidyBn) {
        return score(observation, model.coefficients(), z, subsidyBn);
    }

    /** The same with the model's coefficients given, flat as {@link ImportForecast#coefficients()}. */
    double score(BeijingObservation observation, double[] theta, double z, double subsidyBn) {
        double china = observation.last().chinaComputeH100e();
        double growth = ImportForecast.growthAt(theta, z);
        double huawei = ImportForecast.huaweiShareAt(theta, z, subsidyBn);
        double foreign = ImportForecast.foreign100kAt(theta, z);
        double score = 0;
        double weight = 1;
        for (int h = 1; h <= horizon; h++) {
            china *= 1 + growth;
            double payoff = weightCompute * china / 1e6 + weightSelfReliance * huawei - weightSecurity * foreign
                    - weightSubsidy * subsidyBn;
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
            return Roles.BEIJING;
        }

        @Override
        public String description() {
            return "every quarter, forecasts its own payoff over a horizon for each candidate (allow, quota, approve "
                    + "the stronger chips, discourage, bar; base or raised subsidy) with a model of the market it learns "
                    + "from what it observes, and takes the best (or a logit choice among them)";
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
                            "a change must beat keeping its policy by this much (hysteresis)"),
                    ParamSpec.number("caution", 0.25, 0, 100, "standard deviations",
                            "a change counts its forecast gain less this many standard deviations of it, from its "
                                    + "model's uncertainty (0 = the forecast alone)"),
                    ParamSpec.number("noiseSdGrowth", 0.2, 1e-6, 100, "ln growth per quarter",
                            "prior guess of the noise in China's quarterly compute growth (log) around its model"),
                    ParamSpec.number("noiseSdForeignUnits", 2, 1e-6, 1e6, "100k units/quarter",
                            "prior guess of the noise in the foreign chips China buys around its model"),
                    ParamSpec.number("noiseSdHuaweiShare", 0.1, 1e-6, 1, "share",
                            "prior guess of the noise in Huawei's share of China's purchases around its model"),
                    ParamSpec.number("noisePriorWeight", 2, 1e-6, 1e6, "pseudo-quarters",
                            "how many quarters of data the noise guesses are worth against the residuals it sees"),
                    ParamSpec.number("choiceTemperature", 0, 0, 1e6, "payoff units",
                            "logit choice among candidates at this temperature; 0 = always the best (no noise)"),
                    ParamSpec.integer("quotaUnits", 400_000, 0, 100_000_000, "units/quarter",
                            "quota per chip of the quota candidates, which also try half and twice it (sources.md: first H200 approvals, over 400,000)"),
                    ParamSpec.number("discourageBelowDomestic", 0.5, 0, 10, "ratio",
                            "the approve-stronger candidate discourages chips below this multiple of Huawei's best"),
                    ParamSpec.number("discouragedAdmits", 0.3, 0, 1, "share 0..1",
                            "share of a discouraged chip's demand it expects still to come in (its openness index)"),
                    ParamSpec.number("domesticRatio", 0.2, 0, 1, "share 0..1",
                            "share of each buyer's units that must be domestic"),
                    ParamSpec.integer("subsidyUsdPerQuarter", 1_000_000_000L, 0, 1_000_000_000_000L, "USD/quarter",
                            "base subsidy to Huawei"),
                    ParamSpec.number("raisedSubsidyFactor", 2, 0, 100, "multiple",
                            "the raised-subsidy candidates pay this multiple of the base subsidy (1 = no such candidates)"),
                    ParamSpec.number("priorGrowthSlope", 0.8, -100, 100, "ln growth per unit openness",
                            "prior: how China's quarterly compute growth (log) rises with its openness"),
                    ParamSpec.number("priorForeignUnitsSlope", 5, -1000, 1000, "100k units/quarter per unit openness",
                            "prior: how the foreign chips China buys rise with its openness"),
                    ParamSpec.number("priorHuaweiShareSlope", -1, -100, 100, "share per unit openness",
                            "prior: how Huawei's share of China's purchases moves with its openness"),
                    ParamSpec.number("priorSubsidyShareSlope", 0.01, -100, 100, "share per USD bn/quarter",
                            "prior: how Huawei's share moves with the subsidy"),
                    ParamSpec.number("priorWeight", 0.1, 1e-6, 1e6, "pseudo-quarters",
                            "weight of the prior slopes, in quarters of data at a unit spread"),
                    ParamSpec.number("forgetting", 0.85, 0.01, 1, "per quarter",
                            "weight of a quarter of data one quarter older (1 = never forgets)"),
                    ParamSpec.number("weightCompute", 1.0, -100, 100, "per million H100e",
                            "its payoff weight of China's installed compute (set to the scenario's payoff.compute)"),
                    ParamSpec.number("weightSelfReliance", 1.0, -100, 100, "per share",
                            "its payoff weight of Huawei's share (payoff.selfReliance)"),
                    ParamSpec.number("weightSecurity", 0.5, -100, 100, "per 100k units",
                            "its payoff weight of foreign chips bought, a cost (payoff.security)"),
                    ParamSpec.number("weightSubsidy", 0.1, -100, 100, "per USD bn",
                            "its payoff weight of the subsidy, a cost (payoff.subsidy)"));
        }

        @Override
        public Object create(Params params) {
            return new LookAheadImportPolicy(params);
        }
    }
}
