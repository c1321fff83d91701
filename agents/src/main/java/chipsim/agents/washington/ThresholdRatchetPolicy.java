package chipsim.agents.washington;

import chipsim.agents.ParamSpec;
import chipsim.agents.Params;
import chipsim.agents.PolicyFactory;
import chipsim.agents.Roles;
import java.util.List;

/**
 * Only ever tightens: at each annual review, when China's compute grew faster than a trigger or
 * Huawei's share of China crossed one (China is catching up either way), both lines drop one
 * chip class. The 2022-2025 pattern of ever-lower thresholds.
 */
public final class ThresholdRatchetPolicy implements WashingtonPolicy {

    private final double growthTrigger;
    private final double huaweiShareTrigger;

    ThresholdRatchetPolicy(Params params) {
        this.growthTrigger = params.number("growthTrigger");
        this.huaweiShareTrigger = params.number("huaweiShareTrigger");
    }

    @Override
    public RulesDecision decide(WashingtonObservation observation) {
        RulesDecision keep = RulesDecision.keep(observation.current());
        if (!observation.isReviewQuarter() || observation.last().lastQuarter() == null) {
            return keep;
        }
        double growth = observation.last().chinaComputeGrowthYoY();
        double huaweiShare = observation.last().huaweiShareOfChina();
        boolean growthCrossed = growth > growthTrigger;
        boolean shareCrossed = huaweiShare > huaweiShareTrigger;
        if (!growthCrossed && !shareCrossed) {
            return keep;
        }
        TppLadder ladder = new TppLadder(observation.usChips());
        double ban = ladder.oneClassDown(observation.current().banAboveTpp());
        double licence = Math.min(observation.current().licenceAboveTpp(), ban);
        if (ban == observation.current().banAboveTpp()) {
            return keep;
        }
        String why = growthCrossed
                ? String.format("China's compute grew %.0f%% in a year (trigger %.0f%%)", 100 * growth, 100 * growthTrigger)
                : String.format("Huawei holds %.0f%% of China (trigger %.0f%%)", 100 * huaweiShare, 100 * huaweiShareTrigger);
        return new RulesDecision(licence, ban, keep.revenueShare(), keep.chinaCapRatio(), keep.enforcement(),
                "tightens: " + why);
    }

    public static final class Factory implements PolicyFactory {
        @Override
        public String name() {
            return "threshold-ratchet";
        }

        @Override
        public String role() {
            return Roles.WASHINGTON;
        }

        @Override
        public String description() {
            return "at each review, lowers the ban line one chip class when China's compute growth "
                    + "or Huawei's share of China crosses a trigger; never relaxes";
        }

        @Override
        public List<ParamSpec> params() {
            return List.of(
                    ParamSpec.number("growthTrigger", 0.5, 0, 100, "share per year",
                            "year-on-year growth of China's installed compute above which the lines drop"),
                    ParamSpec.number("huaweiShareTrigger", 0.5, 0, 1, "share 0..1",
                            "Huawei's share of China's purchases above which the lines drop"));
        }

        @Override
        public Object create(Params params) {
            return new ThresholdRatchetPolicy(params);
        }
    }
}
