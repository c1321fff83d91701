package chipsim.agents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The roles of the model, found once through {@link ServiceLoader} (each role's package registers
 * its {@link Role}), and the names of the shipped roles for code that speaks of one.
 */
public final class Roles {

    public static final String WASHINGTON = "washington";
    public static final String BEIJING = "beijing";
    public static final String NVIDIA = "nvidia";
    public static final String TSMC = "tsmc";
    public static final String HUAWEI = "huawei";
    public static final String BUYER = "buyer";
    public static final String BROKER = "broker";

    private static final Map<String, Role> BY_NAME = load();

    /** Every role, in display order. */
    public static final List<String> ALL = BY_NAME.values().stream()
            .sorted(Comparator.comparingInt(Role::displayOrder).thenComparing(Role::name)).map(Role::name).toList();

    /** Roles that exactly one agent plays in a run. */
    public static final List<String> SINGLETONS = ALL.stream().filter(name -> BY_NAME.get(name).singleton()).toList();

    private Roles() {}

    private static Map<String, Role> load() {
        Map<String, Role> roles = new TreeMap<>();
        for (Role role : ServiceLoader.load(Role.class, Roles.class.getClassLoader())) {
            Role before = roles.put(role.name(), role);
            if (before != null) {
                throw new IllegalStateException("two roles named '" + role.name() + "': "
                        + before.getClass().getName() + " and " + role.getClass().getName());
            }
        }
        return roles;
    }

    /** The role named {@code name}; an unknown name is an error that lists the roles. */
    public static Role role(String name) {
        Role role = BY_NAME.get(name);
        if (role == null) {
            throw new IllegalArgumentException("unknown role '" + name + "'; roles are " + ALL);
        }
        return role;
    }

    public static boolean exists(String name) {
        return BY_NAME.containsKey(name);
    }

    public static Class<?> policyType(String role) {
        return role(role).policyType();
    }

    /** The set-up parameters (initial state, fixed parameters) of an agent of {@code role}. */
    public static List<ParamSpec> setupSpecs(String role) {
        return role(role).setup();
    }

    /** The payoff weights of an agent of {@code role}. */
    public static List<ParamSpec> payoffSpecs(String role) {
        return role(role).payoff();
    }

    /** Every role's decision points, role by role in display order. */
    public static List<chipsim.agents.decision.DecisionPoint<?, ?, ?>> allDecisionPoints() {
        List<chipsim.agents.decision.DecisionPoint<?, ?, ?>> points = new ArrayList<>();
        ALL.forEach(name -> points.addAll(BY_NAME.get(name).decisionPoints()));
        return points;
    }
}
