package chipsim.agents.broker;

import chipsim.agents.DeclaredRole;
import chipsim.agents.Roles;
import chipsim.agents.decision.DecisionPoint;
import chipsim.market.protocol.Phase;
import chipsim.market.protocol.Step;
import java.util.List;

/** A grey-market broker: buys abroad, resells into China outside both permit systems. */
public final class BrokerRole extends DeclaredRole {

    /** The quarter's purchases abroad and the markup of its grey offers. */
    public static final DecisionPoint<BrokerPolicy, BrokerObservation, BrokerPlan> TRADING =
            new DecisionPoint<>("trading", Phase.TRADE, Step.ACT, BrokerPolicy.class, BrokerObservation.class,
                    BrokerPlan.class, BrokerPolicy::plan);

    public BrokerRole() {
        super(Roles.BROKER, 70, false, BrokerPolicy.class, BrokerActor.SETUP, BrokerActor.PAYOFF, List.of(TRADING),
                BrokerActor::create);
    }
}
