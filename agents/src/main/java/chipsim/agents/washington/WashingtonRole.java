package chipsim.agents.washington;

import chipsim.agents.DeclaredRole;
import chipsim.agents.Roles;
import chipsim.agents.decision.DecisionPoint;
import chipsim.market.protocol.Phase;
import chipsim.market.protocol.Step;
import java.util.List;

/** Washington: sets the export rules, decides licences, collects the fees. */
public final class WashingtonRole extends DeclaredRole {

    /** The export rules for China, set at the start of every quarter. */
    public static final DecisionPoint<WashingtonPolicy, WashingtonObservation, RulesDecision> EXPORT_RULES =
            new DecisionPoint<>("export-rules", Phase.POLICY, Step.ACT, WashingtonPolicy.class,
                    WashingtonObservation.class, RulesDecision.class, WashingtonPolicy::decide);

    public WashingtonRole() {
        super(Roles.WASHINGTON, 10, true, WashingtonPolicy.class, WashingtonActor.SETUP, WashingtonActor.PAYOFF,
                List.of(EXPORT_RULES), WashingtonActor::create);
    }
}
