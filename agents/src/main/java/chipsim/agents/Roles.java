package chipsim.agents;

import chipsim.agents.beijing.BeijingActor;
import chipsim.agents.beijing.BeijingPolicy;
import chipsim.agents.broker.BrokerActor;
import chipsim.agents.broker.BrokerPolicy;
import chipsim.agents.huawei.HuaweiActor;
import chipsim.agents.huawei.HuaweiPolicy;
import chipsim.agents.hyperscaler.BuyerActor;
import chipsim.agents.hyperscaler.BuyerPolicy;
import chipsim.agents.nvidia.NvidiaActor;
import chipsim.agents.nvidia.NvidiaPolicy;
import chipsim.agents.tsmc.TsmcActor;
import chipsim.agents.tsmc.TsmcPolicy;
import chipsim.agents.washington.WashingtonActor;
import chipsim.agents.washington.WashingtonPolicy;
import java.util.List;

/**
 * The roles of the model: the policy interface each role's policies implement, and the set-up
 * and payoff parameters each role's agents take.
 */
public final class Roles {

    public static final String WASHINGTON = "washington";
    public static final String BEIJING = "beijing";
    public static final String NVIDIA = "nvidia";
    public static final String TSMC = "tsmc";
    public static final String HUAWEI = "huawei";
    public static final String BUYER = "buyer";
    public static final String BROKER = "broker";

    /** Roles that exactly one agent plays in a run. */
    public static final List<String> SINGLETONS = List.of(WASHINGTON, BEIJING, NVIDIA, TSMC, HUAWEI);

    public static final List<String> ALL = List.of(WASHINGTON, BEIJING, NVIDIA, TSMC, HUAWEI, BUYER, BROKER);

    private Roles() {}

    public static Class<?> policyType(String role) {
        switch (role) {
            case WASHINGTON: return WashingtonPolicy.class;
            case BEIJING: return BeijingPolicy.class;
            case NVIDIA: return NvidiaPolicy.class;
            case TSMC: return TsmcPolicy.class;
            case HUAWEI: return HuaweiPolicy.class;
            case BUYER: return BuyerPolicy.class;
            case BROKER: return BrokerPolicy.class;
            default: throw new IllegalArgumentException("unknown role '" + role + "'; roles are " + ALL);
        }
    }

    /** The set-up parameters (initial state, fixed parameters) of an agent of {@code role}. */
    public static List<ParamSpec> setupSpecs(String role) {
        switch (role) {
            case WASHINGTON: return WashingtonActor.SETUP;
            case BEIJING: return BeijingActor.SETUP;
            case NVIDIA: return NvidiaActor.SETUP;
            case TSMC: return TsmcActor.SETUP;
            case HUAWEI: return HuaweiActor.SETUP;
            case BUYER: return BuyerActor.SETUP;
            case BROKER: return BrokerActor.SETUP;
            default: throw new IllegalArgumentException("unknown role '" + role + "'; roles are " + ALL);
        }
    }

    /** The payoff weights of an agent of {@code role}. */
    public static List<ParamSpec> payoffSpecs(String role) {
        switch (role) {
            case WASHINGTON: return WashingtonActor.PAYOFF;
            case BEIJING: return BeijingActor.PAYOFF;
            case NVIDIA: return NvidiaActor.PAYOFF;
            case TSMC: return TsmcActor.PAYOFF;
            case HUAWEI: return HuaweiActor.PAYOFF;
            case BUYER: return BuyerActor.PAYOFF;
            case BROKER: return BrokerActor.PAYOFF;
            default: throw new IllegalArgumentException("unknown role '" + role + "'; roles are " + ALL);
        }
    }
}
