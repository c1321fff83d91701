package chipsim.agents.nvidia;

import chipsim.agents.DeclaredRole;
import chipsim.agents.Roles;
import chipsim.agents.decision.DecisionPoint;
import chipsim.market.protocol.Phase;
import chipsim.market.protocol.Step;
import java.util.List;

/** Nvidia: builds, designs variants, asks for licences, prices and offers its chips. */
public final class NvidiaRole extends DeclaredRole {

    /** What to build (packaging wafers), which variants to design, what stock to write down. */
    public static final DecisionPoint<NvidiaPolicy, NvidiaObservation, SupplyPlan> SUPPLY =
            new DecisionPoint<>("supply", Phase.SUPPLY, Step.ACT, NvidiaPolicy.class, NvidiaObservation.class,
                    SupplyPlan.class, NvidiaPolicy::supply);

    /** Units of each licensed chip to ask Washington for. */
    public static final DecisionPoint<NvidiaPolicy, NvidiaObservation, LicenceRequests> LICENCES =
            new DecisionPoint<>("licence-requests", Phase.PERMITS, Step.ACT, NvidiaPolicy.class,
                    NvidiaObservation.class, LicenceRequests.class, NvidiaPolicy::licenceRequests);

    /** Prices and units offered into China and elsewhere. */
    public static final DecisionPoint<NvidiaPolicy, NvidiaObservation, SalesPlan> SALES =
            new DecisionPoint<>("sales", Phase.TRADE, Step.ACT, NvidiaPolicy.class, NvidiaObservation.class,
                    SalesPlan.class, NvidiaPolicy::sales);

    public NvidiaRole() {
        super(Roles.NVIDIA, 30, true, NvidiaPolicy.class, NvidiaActor.SETUP, NvidiaActor.PAYOFF,
                List.of(SUPPLY, LICENCES, SALES), NvidiaActor::create);
    }
}
