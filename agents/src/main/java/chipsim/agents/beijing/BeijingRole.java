package chipsim.agents.beijing;

import chipsim.agents.DeclaredRole;
import chipsim.agents.Roles;
import chipsim.agents.decision.DecisionPoint;
import chipsim.market.protocol.Phase;
import chipsim.market.protocol.Step;
import java.util.List;

/** Beijing: sets the import policy, pays Huawei's subsidy, decides import requests. */
public final class BeijingRole extends DeclaredRole {

    /** The import policy, the domestic ratio and the subsidy, set at the start of every quarter. */
    public static final DecisionPoint<BeijingPolicy, BeijingObservation, ImportPlan> IMPORT_POLICY =
            new DecisionPoint<>("import-policy", Phase.POLICY, Step.ACT, BeijingPolicy.class,
                    BeijingObservation.class, ImportPlan.class, BeijingPolicy::decide);

    public BeijingRole() {
        super(Roles.BEIJING, 20, true, BeijingPolicy.class, BeijingActor.SETUP, BeijingActor.PAYOFF,
                List.of(IMPORT_POLICY), BeijingActor::create);
    }
}
