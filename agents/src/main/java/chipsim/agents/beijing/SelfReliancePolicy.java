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
 * Protects the domestic champion, more firmly the more it can supply: once Huawei covers a set
 * share of China's demand every foreign chip is barred; below that, chips weaker than the best
 * domestic one are barred and the rest discouraged. The domestic ratio rises with coverage (buyers
 * can be required to buy what Huawei can make); the subsidy is largest while coverage is low,
 * when capacity is what China lacks.
 */
public final class SelfReliancePolicy implements BeijingPolicy {

    private final double barAllAboveCoverage;
    private final double maxDomesticRatio;
    private final long subsidyUsdPerQuarter;

    SelfReliancePolicy(Params params) {
        this.barAllAboveCoverage = params.number("barAllAboveCoverage");
        this.maxDomesticRatio = params.number("maxDomesticRatio");
        this.subsidyUsdPerQuarter = params.integer("subsidyUsdPerQuarter");
    }

    @Override
    public ImportPlan decide(BeijingObservation observation) {
        double coverage = observation.domesticCoverage();
        boolean barAll = coverage >= barAllAboveCoverage;
        SortedMap<String, ChipImportTerms> terms = new TreeMap<>();
        StringBuilder reason = new StringBuilder();
        for (Chip chip : observation.foreignChips()) {
            boolean weaker = observation.h100eByChip().get(chip.id()) < observation.bestDomesticH100e();
            ImportStance stance = barAll || weaker ? ImportStance.BARRED : ImportStance.DISCOURAGED;
            if (observation.current().stance(chip.id()) != stance) {
                reason.append(reason.length() == 0 ? "" : "; ")
                        .append(chip.id()).append(' ').append(stance.name().toLowerCase());
            }
            terms.put(chip.id(), ChipImportTerms.of(stance));
        }
        double ratio = maxDomesticRatio * Math.min(1.0, coverage / Math.max(1e-9, barAllAboveCoverage));
        long subsidy = (long) Math.floor(subsidyUsdPerQuarter * (1.0 + Math.max(0, 1.0 - coverage)));
        if (reason.length() > 0) {
            reason.append(String.format(" (Huawei covers %.0f%% of demand)", 100 * coverage));
        }
        return new ImportPlan(terms, ratio, subsidy, reason.toString());
    }

    public static final class Factory implements PolicyFactory {
        @Override
        public String name() {
            return "self-reliance";
        }

        @Override
        public String role() {
            return Roles.BEIJING;
        }

        @Override
        public String description() {
            return "bars foreign chips weaker than domestic ones and discourages the rest; bars all once "
                    + "Huawei covers enough of demand; domestic ratio rises with coverage, subsidy is largest while it is low";
        }

        @Override
        public List<ParamSpec> params() {
            return List.of(
                    ParamSpec.number("barAllAboveCoverage", 0.6, 0, 1, "share 0..1",
                            "Huawei's coverage of China's demand from which every foreign chip is barred"),
                    ParamSpec.number("maxDomesticRatio", 0.5, 0, 1, "share 0..1",
                            "domestic ratio reached when coverage hits barAllAboveCoverage"),
                    ParamSpec.integer("subsidyUsdPerQuarter", 2_000_000_000L, 0, 1_000_000_000_000L, "USD/quarter",
                            "base subsidy to Huawei; up to twice this while coverage is low"));
        }

        @Override
        public Object create(Params params) {
            return new SelfReliancePolicy(params);
        }
    }
}
