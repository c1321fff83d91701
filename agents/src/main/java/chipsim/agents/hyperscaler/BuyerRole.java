package chipsim.agents.hyperscaler;

import chipsim.agents.DeclaredRole;
import chipsim.agents.Roles;
import chipsim.agents.decision.DecisionPoint;
import chipsim.market.protocol.Phase;
import chipsim.market.protocol.Step;
import java.util.List;

/** A buyer (a hyperscaler): plans its purchases, asks for import approval, bids. */
public final class BuyerRole extends DeclaredRole {

    /** The quarter's bids (and, in China, the import requests that follow from them). */
    public static final DecisionPoint<BuyerPolicy, BuyerObservation, PurchasePlan> PURCHASES =
            new DecisionPoint<>("purchases", Phase.PERMITS, Step.ACT, BuyerPolicy.class, BuyerObservation.class,
                    PurchasePlan.class, BuyerPolicy::plan);

    public BuyerRole() {
        super(Roles.BUYER, 60, false, BuyerPolicy.class, BuyerActor.SETUP, BuyerActor.PAYOFF, List.of(PURCHASES),
                BuyerActor::create);
    }
}
