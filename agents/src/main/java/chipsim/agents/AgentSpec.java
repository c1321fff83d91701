package chipsim.agents;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One agent as the scenario describes it, with checked values.
 *
 * @param id            unique agent id ("bytedance"); also seeds its random stream
 * @param role          one of {@link Roles}
 * @param policyName    the registered name of its policy
 * @param policyParams  the policy's parameters, as given (checked by the policy's factory)
 * @param setup         the agent's initial state and fixed parameters, checked against its role's specs
 * @param payoff        weights of its payoff terms, checked against its role's specs
 */
public record AgentSpec(String id, String role, String policyName, SortedMap<String, Object> policyParams,
        Params setup, Params payoff) {

    public AgentSpec {
        policyParams = Collections.unmodifiableSortedMap(new TreeMap<>(policyParams));
    }

    public static SortedMap<String, Object> paramsOf(Map<String, ?> raw) {
        return new TreeMap<>(raw);
    }
}
