package chipsim.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PolicyRegistryTest {

    /** The policies chipsim ships, by role (DESIGN.md, issue 3). */
    private static final Map<String, List<String>> SHIPPED = Map.of(
            Roles.WASHINGTON, List.of("license-for-revenue", "static", "threshold-ratchet"),
            Roles.BEIJING, List.of("pragmatic-quota", "self-reliance", "tit-for-tat"),
            Roles.NVIDIA, List.of("cost-plus", "market-clearing"),
            Roles.TSMC, List.of("demand-expansion"),
            Roles.HUAWEI, List.of("max-compute"),
            Roles.BUYER, List.of("value-per-dollar"),
            Roles.BROKER, List.of("price-gap"));

    private final PolicyRegistry registry = PolicyRegistry.standard();

    @Test
    void findsEveryShippedPolicyAndBuildsItFromItsDefaults() {
        SHIPPED.forEach((role, names) -> {
            assertTrue(registry.namesFor(role).containsAll(names), role + ": " + registry.namesFor(role));
            for (String name : names) {
                Object policy = registry.create(role, name, Map.of(), Object.class);
                assertInstanceOf(Roles.policyType(role), policy, role + " " + name);
            }
        });
    }

    @Test
    void documentsEveryParameterWithAValidDefault() {
        for (PolicyFactory factory : registry.all()) {
            assertTrue(!factory.description().isBlank(), factory.name() + " has no description");
            for (ParamSpec spec : factory.params()) {
                assertTrue(!spec.description().isBlank(), factory.name() + "." + spec.name() + " has no description");
            }
            // Given explicitly, each default goes through the same type and range checks as a scenario's value.
            Map<String, Object> defaults = new TreeMap<>();
            factory.params().forEach(spec -> defaults.put(spec.name(), spec.defaultValue()));
            assertEquals(defaults.keySet(), Params.resolve(factory.params(), defaults).asMap().keySet(),
                    factory.name());
        }
    }
}
