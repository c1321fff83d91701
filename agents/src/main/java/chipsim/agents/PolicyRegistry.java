package chipsim.agents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/** Every policy on the class path, by role and name. */
public final class PolicyRegistry {

    private final List<PolicyFactory> factories;

    private PolicyRegistry(List<PolicyFactory> factories) {
        this.factories = factories;
    }

    /** The policies visible to {@code classLoader}: chipsim's own and any in extra jars. */
    public static PolicyRegistry load(ClassLoader classLoader) {
        List<PolicyFactory> found = new ArrayList<>();
        for (PolicyFactory factory : ServiceLoader.load(PolicyFactory.class, classLoader)) {
            found.add(factory);
        }
        found.sort(Comparator.comparing(PolicyFactory::role).thenComparing(PolicyFactory::name));
        for (int i = 1; i < found.size(); i++) {
            PolicyFactory a = found.get(i - 1);
            PolicyFactory b = found.get(i);
            if (a.role().equals(b.role()) && a.name().equals(b.name())) {
                throw new IllegalStateException("two policies named '" + a.name() + "' for role " + a.role()
                        + ": " + a.getClass().getName() + " and " + b.getClass().getName());
            }
        }
        return new PolicyRegistry(List.copyOf(found));
    }

    public static PolicyRegistry standard() {
        return load(PolicyRegistry.class.getClassLoader());
    }

    public List<PolicyFactory> all() {
        return factories;
    }

    public Optional<PolicyFactory> find(String role, String name) {
        return factories.stream().filter(f -> f.role().equals(role) && f.name().equals(name)).findFirst();
    }

    public List<String> namesFor(String role) {
        return factories.stream().filter(f -> f.role().equals(role)).map(PolicyFactory::name).toList();
    }

    /** A new policy of {@code role} named {@code name}, its parameters checked. */
    public <P> P create(String role, String name, Map<String, ?> params, Class<P> type) {
        PolicyFactory factory = find(role, name).orElseThrow(() -> new IllegalArgumentException(
                "unknown " + role + " policy '" + name + "'; " + Names.suggestion(name, namesFor(role))));
        Object policy = factory.create(Params.resolve(factory.params(), params));
        if (!type.isInstance(policy)) {
            throw new IllegalStateException("policy '" + name + "' (" + factory.getClass().getName()
                    + ") does not implement " + type.getSimpleName());
        }
        return type.cast(policy);
    }
}
