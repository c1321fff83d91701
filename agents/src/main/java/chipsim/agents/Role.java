package chipsim.agents;

import akka.actor.typed.Behavior;
import chipsim.agents.decision.DecisionPoint;
import chipsim.market.protocol.AgentCommand;
import java.util.List;

/**
 * One role of the model, as its package registers it (listed in
 * {@code META-INF/services/chipsim.agents.Role}): the policy interface its policies implement,
 * the set-up and payoff parameters its agents take, the actor that plays it, and the decisions it
 * makes each quarter. A new role is one package and one line in that file.
 */
public interface Role {

    /** The name scenarios use ("washington", "buyer"). */
    String name();

    /** Where it comes in listings: the order of the quarter protocol's speakers. */
    int displayOrder();

    /** True when exactly one agent plays it in a run. */
    boolean singleton();

    Class<?> policyType();

    List<ParamSpec> setup();

    List<ParamSpec> payoff();

    /** Every decision an agent of this role is asked each quarter, in the order it is asked. */
    List<DecisionPoint<?, ?, ?>> decisionPoints();

    Behavior<AgentCommand> actor(AgentContext context);
}
