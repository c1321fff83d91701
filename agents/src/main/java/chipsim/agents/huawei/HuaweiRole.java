package chipsim.agents.huawei;

import chipsim.agents.DeclaredRole;
import chipsim.agents.Roles;
import chipsim.agents.decision.DecisionPoint;
import chipsim.market.protocol.Phase;
import chipsim.market.protocol.Step;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** Huawei: makes Ascend chips within its inputs, invests in packaging, prices and sells in China. */
public final class HuaweiRole extends DeclaredRole {

    /** What to make this quarter and what to invest. */
    public static final DecisionPoint<HuaweiPolicy, HuaweiObservation, ProductionPlan> PRODUCTION =
            new DecisionPoint<>("production", Phase.SUPPLY, Step.ACT, HuaweiPolicy.class, HuaweiObservation.class,
                    ProductionPlan.class,
                    HuaweiPolicy::plan);

    /** The ask for every chip in stock. */
    public static final DecisionPoint<HuaweiPolicy, HuaweiObservation, PricePlan> PRICES =
            new DecisionPoint<>("prices", Phase.TRADE, Step.ACT, HuaweiPolicy.class, HuaweiObservation.class,
                    PricePlan.class, HuaweiRole::asks);

    public HuaweiRole() {
        super(Roles.HUAWEI, 50, true, HuaweiPolicy.class, HuaweiActor.SETUP, HuaweiActor.PAYOFF,
                List.of(PRODUCTION, PRICES), HuaweiActor::create);
    }

    private static PricePlan asks(HuaweiPolicy policy, HuaweiObservation observation) {
        SortedMap<String, Long> asks = new TreeMap<>();
        observation.stock().keySet().forEach(chip -> asks.put(chip, policy.ask(observation.chip(chip), observation)));
        return new PricePlan(asks);
    }
}
