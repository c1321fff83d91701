package chipsim.runner.sim;

import akka.actor.typed.Behavior;
import chipsim.agents.AgentContext;
import chipsim.agents.ParamSpec;
import chipsim.agents.Roles;
import chipsim.agents.beijing.BeijingActor;
import chipsim.agents.broker.BrokerActor;
import chipsim.agents.huawei.HuaweiActor;
import chipsim.agents.hyperscaler.BuyerActor;
import chipsim.agents.nvidia.NvidiaActor;
import chipsim.agents.tsmc.TsmcActor;
import chipsim.agents.washington.WashingtonActor;
import chipsim.market.protocol.AgentCommand;
import java.util.List;

/** Which actor plays which role, and the set-up and payoff parameters each role takes. */
public final class AgentWiring {

    private AgentWiring() {}

    public static Behavior<AgentCommand> behavior(AgentContext agent) {
        return switch (agent.spec().role()) {
            case Roles.WASHINGTON -> WashingtonActor.create(agent);
            case Roles.BEIJING -> BeijingActor.create(agent);
            case Roles.NVIDIA -> NvidiaActor.create(agent);
            case Roles.TSMC -> TsmcActor.create(agent);
            case Roles.HUAWEI -> HuaweiActor.create(agent);
            case Roles.BUYER -> BuyerActor.create(agent);
            case Roles.BROKER -> BrokerActor.create(agent);
            default -> throw new IllegalArgumentException("no actor for role " + agent.spec().role());
        };
    }

    public static List<ParamSpec> setupSpecs(String role) {
        return switch (role) {
            case Roles.WASHINGTON -> WashingtonActor.SETUP;
            case Roles.BEIJING -> BeijingActor.SETUP;
            case Roles.NVIDIA -> NvidiaActor.SETUP;
            case Roles.TSMC -> TsmcActor.SETUP;
            case Roles.HUAWEI -> HuaweiActor.SETUP;
            case Roles.BUYER -> BuyerActor.SETUP;
            case Roles.BROKER -> BrokerActor.SETUP;
            default -> throw new IllegalArgumentException("unknown role " + role);
        };
    }

    public static List<ParamSpec> payoffSpecs(String role) {
        return switch (role) {
            case Roles.WASHINGTON -> WashingtonActor.PAYOFF;
            case Roles.BEIJING -> BeijingActor.PAYOFF;
            case Roles.NVIDIA -> NvidiaActor.PAYOFF;
            case Roles.TSMC -> TsmcActor.PAYOFF;
            case Roles.HUAWEI -> HuaweiActor.PAYOFF;
            case Roles.BUYER -> BuyerActor.PAYOFF;
            case Roles.BROKER -> BrokerActor.PAYOFF;
            default -> throw new IllegalArgumentException("unknown role " + role);
        };
    }
}
