package chipsim.runner.sim;

import akka.actor.typed.Behavior;
import chipsim.agents.AgentContext;
import chipsim.agents.Roles;
import chipsim.agents.beijing.BeijingActor;
import chipsim.agents.broker.BrokerActor;
import chipsim.agents.huawei.HuaweiActor;
import chipsim.agents.hyperscaler.BuyerActor;
import chipsim.agents.nvidia.NvidiaActor;
import chipsim.agents.tsmc.TsmcActor;
import chipsim.agents.washington.WashingtonActor;
import chipsim.market.protocol.AgentCommand;

/** Which actor plays which role. */
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
}
