package chipsim.agents;

import akka.actor.typed.Behavior;
import chipsim.agents.decision.DecisionPoint;
import chipsim.market.protocol.AgentCommand;
import java.util.List;
import java.util.function.Function;

/**
 * A {@link Role} declared by its parts, so that each role's registration is one constructor call:
 * {@code public final class WashingtonRole extends DeclaredRole { public WashingtonRole() { super(...); } }}.
 */
public abstract class DeclaredRole implements Role {

    private final String name;
    private final int displayOrder;
    private final boolean singleton;
    private final Class<?> policyType;
    private final List<ParamSpec> setup;
    private final List<ParamSpec> payoff;
    private final List<DecisionPoint<?, ?, ?>> decisionPoints;
    private final Function<AgentContext, Behavior<AgentCommand>> actor;

    protected DeclaredRole(String name, int displayOrder, boolean singleton, Class<?> policyType, List<ParamSpec> setup,
            List<ParamSpec> payoff, List<DecisionPoint<?, ?, ?>> decisionPoints,
            Function<AgentContext, Behavior<AgentCommand>> actor) {
        this.name = name;
        this.displayOrder = displayOrder;
        this.singleton = singleton;
        this.policyType = policyType;
        this.setup = List.copyOf(setup);
        this.payoff = List.copyOf(payoff);
        this.decisionPoints = List.copyOf(decisionPoints);
        this.actor = actor;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final int displayOrder() {
        return displayOrder;
    }

    @Override
    public final boolean singleton() {
        return singleton;
    }

    @Override
    public final Class<?> policyType() {
        return policyType;
    }

    @Override
    public final List<ParamSpec> setup() {
        return setup;
    }

    @Override
    public final List<ParamSpec> payoff() {
        return payoff;
    }

    @Override
    public final List<DecisionPoint<?, ?, ?>> decisionPoints() {
        return decisionPoints;
    }

    @Override
    public final Behavior<AgentCommand> actor(AgentContext context) {
        return actor.apply(context);
    }
}
