package chipsim.agents.tsmc;

import chipsim.agents.DeclaredRole;
import chipsim.agents.Roles;
import chipsim.agents.decision.DecisionPoint;
import chipsim.market.protocol.Phase;
import chipsim.market.protocol.Step;
import java.util.List;

/** TSMC: shares advanced-packaging capacity among its customers and expands it. */
public final class TsmcRole extends DeclaredRole {

    /** The quarter's grants of packaging wafers and the expansion started, once all requests are in. */
    public static final DecisionPoint<TsmcPolicy, TsmcObservation, CapacityDecision> CAPACITY =
            new DecisionPoint<>("capacity", Phase.SUPPLY, Step.RESOLVE, TsmcPolicy.class, TsmcObservation.class,
                    CapacityDecision.class,
                    (policy, observation) -> new CapacityDecision(policy.allocate(observation),
                            policy.expansion(observation)));

    public TsmcRole() {
        super(Roles.TSMC, 40, true, TsmcPolicy.class, TsmcActor.SETUP, TsmcActor.PAYOFF, List.of(CAPACITY),
                TsmcActor::create);
    }
}
