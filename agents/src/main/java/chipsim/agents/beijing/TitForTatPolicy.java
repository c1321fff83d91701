package chipsim.agents.beijing;

import chipsim.agents.ParamSpec;
import chipsim.agents.Params;
import chipsim.agents.PolicyFactory;
import chipsim.agents.Roles;
import chipsim.market.Chip;
import chipsim.market.rules.ChipImportTerms;
import chipsim.market.rules.ImportStance;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Answers each US tightening in kind: for a set number of quarters after Washington makes any chip
 * stricter, every US chip is discouraged (or barred, if set so) and the subsidy to Huawei rises;
 * otherwise imports are allowed. The quarters of retaliation left are its memory: returned in the
 * decision and given back in the next observation, so the policy itself holds no state.
 */
public final class TitForTatPolicy implements BeijingPolicy {

    private final int retaliationQuarters;
    private final boolean bar;
    private final long subsidyUsdPerQuarter;
    private final double retaliationSubsidyFactor;
    private final double domesticRatio;

    /** The memory key: quarters of retaliation left. */
    static final String QUARTERS_LEFT = "retaliationQuartersLeft";

    TitForTatPolicy(Params params) {
        this.retaliationQuarters = (int) params.integer("retaliationQuarters");
        this.bar = params.flag("bar");
        this.subsidyUsdPerQuarter = params.integer("subsidyUsdPerQuarter");
        this.retaliationSubsidyFactor = params.number("retaliationSubsidyFactor");
        this.domesticRatio = params.number("domesticRatio");
    }

    @Override
    public ImportPlan decide(BeijingObservation observation) {
        String reason = "";
        int quartersLeft = (int) Math.round(observation.memory().getOrDefault(QUARTERS_LEFT, 0.0));
        if (observation.usTighteningsLastQuarter() > 0) {
            if (quartersLeft == 0) {
                reason = "retaliates for US tightening of " + observation.usTighteningsLastQuarter() + " chip(s)";
            }
            quartersLeft = retaliationQuarters;
        } else if (quartersLeft > 0) {
            quartersLeft--;
            if (quartersLeft == 0) {
                reason = "ends retaliation";
            }
        }
        boolean retaliating = quartersLeft > 0;
        ImportStance stance = !retaliating ? ImportStance.ALLOWED : bar ? ImportStance.BARRED : ImportStance.DISCOURAGED;
        SortedMap<String, ChipImportTerms> terms = new TreeMap<>();
        for (Chip chip : observation.foreignChips()) {
            terms.put(chip.id(), ChipImportTerms.of(stance));
        }
        long subsidy = retaliating
                ? (long) Math.floor(subsidyUsdPerQuarter * retaliationSubsidyFactor)
                : subsidyUsdPerQuarter;
        return new ImportPlan(terms, domesticRatio, subsidy, reason,
                new TreeMap<>(java.util.Map.of(QUARTERS_LEFT, (double) quartersLeft)));
    }

    public static final class Factory implements PolicyFactory {
        @Override
        public String name() {
            return "tit-for-tat";
        }

        @Override
        public String role() {
            return Roles.BEIJING;
        }

        @Override
        public String description() {
            return "after each US tightening, discourages (or bars) US chips for some quarters and raises "
                    + "the subsidy to Huawei; otherwise allows imports";
        }

        @Override
        public List<ParamSpec> params() {
            return List.of(
                    ParamSpec.integer("retaliationQuarters", 4, 1, 100, "quarters",
                            "how long a retaliation lasts after the last US tightening"),
                    ParamSpec.flag("bar", false, "bar US chips while retaliating, instead of discouraging them"),
                    ParamSpec.integer("subsidyUsdPerQuarter", 1_000_000_000L, 0, 1_000_000_000_000L, "USD/quarter",
                            "subsidy to Huawei in calm quarters"),
                    ParamSpec.number("retaliationSubsidyFactor", 2.0, 0, 100, "multiple",
                            "subsidy multiple while retaliating"),
                    ParamSpec.number("domesticRatio", 0.0, 0, 1, "share 0..1",
                            "share of each buyer's units that must be domestic"));
        }

        @Override
        public Object create(Params params) {
            return new TitForTatPolicy(params);
        }
    }
}
