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
import java.util.TreeSet;

/**
 * Beijing's dilemma, answered pragmatically (FACTS.md mechanism 4): chips weaker than the best
 * domestic one are discouraged (the H20 guidance of 2025); better chips are approved in quotas
 * sized to what Huawei cannot supply, so the giants can compete while Huawei keeps its market;
 * buyers must take a domestic share alongside.
 */
public final class PragmaticQuotaPolicy implements BeijingPolicy {

    private final double discourageBelowDomestic;
    private final long firstQuotaUnits;
    private final double domesticRatio;
    private final long subsidyUsdPerQuarter;

    PragmaticQuotaPolicy(Params params) {
        this.discourageBelowDomestic = params.number("discourageBelowDomestic");
        this.firstQuotaUnits = params.integer("firstQuotaUnits");
        this.domesticRatio = params.number("domesticRatio");
        this.subsidyUsdPerQuarter = params.integer("subsidyUsdPerQuarter");
    }

    @Override
    public ImportPlan decide(BeijingObservation observation) {
        SortedMap<String, ChipImportTerms> terms = new TreeMap<>();
        StringBuilder reason = new StringBuilder();
        for (Chip chip : observation.foreignChips()) {
            double h100e = observation.h100eByChip().get(chip.id());
            ChipImportTerms before = observation.current().terms(chip.id());
            ChipImportTerms now;
            if (h100e < discourageBelowDomestic * observation.bestDomesticH100e()) {
                now = ChipImportTerms.of(ImportStance.DISCOURAGED);
            } else {
                long demand = observation.last().book(chip.id()).bidChinaUnits();
                long shortfall = (long) Math.floor(demand * (1.0 - observation.domesticCoverage()));
                long quota = Math.max(firstQuotaUnits, shortfall);
                now = new ChipImportTerms(ImportStance.QUOTA, quota, new TreeSet<>());
            }
            if (before.stance() != now.stance()) {
                reason.append(reason.length() == 0 ? "" : "; ")
                        .append(chip.id()).append(' ').append(now.stance().name().toLowerCase());
            }
            terms.put(chip.id(), now);
        }
        return new ImportPlan(terms, domesticRatio, subsidyUsdPerQuarter, reason.toString());
    }

    public static final class Factory implements PolicyFactory {
        @Override
        public String name() {
            return "pragmatic-quota";
        }

        @Override
        public String role() {
            return Roles.BEIJING;
        }

        @Override
        public String description() {
            return "discourages foreign chips weaker than the best domestic one; approves better ones in "
                    + "quotas sized to what Huawei cannot supply; requires a domestic share";
        }

        @Override
        public List<ParamSpec> params() {
            return List.of(
                    ParamSpec.number("discourageBelowDomestic", 1.0, 0, 10, "ratio",
                            "discourage a foreign chip whose compute is below this multiple of the best domestic chip's"),
                    ParamSpec.integer("firstQuotaUnits", 400_000, 0, 100_000_000, "units/quarter",
                            "smallest quota of an approved chip (FACTS.md: first H200 approvals, over 400,000)"),
                    ParamSpec.number("domesticRatio", 0.3, 0, 1, "share 0..1",
                            "share of each buyer's units that must be domestic"),
                    ParamSpec.integer("subsidyUsdPerQuarter", 1_000_000_000L, 0, 1_000_000_000_000L, "USD/quarter",
                            "subsidy paid to Huawei each quarter"));
        }

        @Override
        public Object create(Params params) {
            return new PragmaticQuotaPolicy(params);
        }
    }
}
