package chipsim.agents.washington;

import chipsim.agents.ParamSpec;
import chipsim.agents.Params;
import chipsim.agents.PolicyFactory;
import chipsim.agents.Roles;
import java.util.List;

/**
 * "Sell enough to China that its developers are addicted to the American stack" (FACTS.md, 003),
 * kept in check by the compute race. At each annual review: when China is leaving US chips (their
 * share of Chinese purchases below target), every chip below the licence ceiling is let through,
 * licensed for a revenue share and a volume cap rather than opened; otherwise, when China's
 * compute grows too fast or gets too close to the US's, the ban line drops one chip class.
 */
public final class LicenceForRevenuePolicy implements WashingtonPolicy {

    private final double dependenceTarget;
    private final double maxChinaGrowth;
    private final double maxChinaToUsCompute;
    private final double licenceCeilingTpp;
    private final double revenueShare;
    private final double chinaCapRatio;

    LicenceForRevenuePolicy(Params params) {
        this.dependenceTarget = params.number("dependenceTarget");
        this.maxChinaGrowth = params.number("maxChinaGrowth");
        this.maxChinaToUsCompute = params.number("maxChinaToUsCompute");
        this.licenceCeilingTpp = params.number("licenceCeilingTpp");
        this.revenueShare = params.number("revenueShare");
        this.chinaCapRatio = params.number("chinaCapRatio");
    }

    @Override
    public RulesDecision decide(WashingtonObservation observation) {
        RulesDecision keep = RulesDecision.keep(observation.current());
        if (!observation.isReviewQuarter() || observation.last().lastQuarter() == null) {
            return keep;
        }
        double ban = observation.current().banAboveTpp();
        double licence = observation.current().licenceAboveTpp();
        double dependence = observation.last().usChipShareOfChina();
        if (dependence < dependenceTarget && ban < licenceCeilingTpp) {
            return new RulesDecision(Math.min(licence, ban), licenceCeilingTpp, revenueShare, chinaCapRatio,
                    keep.enforcement(), String.format(
                            "licenses for revenue up to TPP %.0f: US chips are %.0f%% of China's purchases (target %.0f%%)",
                            licenceCeilingTpp, 100 * dependence, 100 * dependenceTarget));
        }
        double growth = observation.last().chinaComputeGrowthYoY();
        double ratio = observation.chinaToUsComputeRatio();
        if (dependence >= dependenceTarget && (growth > maxChinaGrowth || ratio > maxChinaToUsCompute)) {
            double lower = new TppLadder(observation.usChips()).oneClassDown(ban);
            if (lower < ban) {
                String why = growth > maxChinaGrowth
                        ? String.format("China's compute grew %.0f%% in a year (limit %.0f%%)", 100 * growth,
                                100 * maxChinaGrowth)
                        : String.format("China's compute is %.0f%% of the US's (limit %.0f%%)", 100 * ratio,
                                100 * maxChinaToUsCompute);
                return new RulesDecision(Math.min(licence, lower), lower, keep.revenueShare(), keep.chinaCapRatio(),
                        keep.enforcement(), "tightens: " + why);
            }
        }
        return keep;
    }

    public static final class Factory implements PolicyFactory {
        @Override
        public String name() {
            return "license-for-revenue";
        }

        @Override
        public String role() {
            return Roles.WASHINGTON;
        }

        @Override
        public String description() {
            return "at each review, licenses every chip below a ceiling for a revenue share when China buys "
                    + "too few US chips, else bans one chip class more when China's compute grows too fast";
        }

        @Override
        public List<ParamSpec> params() {
            return List.of(
                    ParamSpec.number("dependenceTarget", 0.5, 0, 1, "share 0..1",
                            "US chips' share of China's purchases below which chips are licensed"),
                    ParamSpec.number("maxChinaGrowth", 0.3, 0, 100, "share per year",
                            "year-on-year growth of China's installed compute above which the rules tighten"),
                    ParamSpec.number("maxChinaToUsCompute", 0.5, 0, 10, "ratio",
                            "China's installed compute over the US's above which the rules tighten"),
                    ParamSpec.number("licenceCeilingTpp", 21000, 0, 1e6, "TPP",
                            "never license chips at or above this TPP (the 2026 rule's H200 line)"),
                    ParamSpec.number("revenueShare", 0.25, 0, 1, "share 0..1",
                            "revenue share charged on licensed chips"),
                    ParamSpec.number("chinaCapRatio", 0.5, 0, 10, "ratio",
                            "licensed China units per quarter as a share of the seller's units sold elsewhere; 0 = no cap"));
        }

        @Override
        public Object create(Params params) {
            return new LicenceForRevenuePolicy(params);
        }
    }
}
