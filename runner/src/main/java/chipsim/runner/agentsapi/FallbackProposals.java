package chipsim.runner.agentsapi;

import chipsim.agents.AgentSpec;
import chipsim.agents.PolicyRegistry;
import chipsim.agents.Roles;
import chipsim.agents.decision.Decision;
import chipsim.agents.decision.DecisionAsk;
import chipsim.market.events.ScriptedEvent;
import chipsim.runner.scenario.Scenario;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What an agent's fallback policy would decide, sent with each observation as
 * {@code fallbackDecision}: the decision the role plays if the program's is refused, and a
 * baseline for a learner. It follows the scenario's policy switches, as the agent's fallback does.
 * Policies are pure functions of the observation, so this is the agent's own fallback's answer.
 */
final class FallbackProposals {

    private final AgentSpec agent;
    private final List<ScriptedEvent.SwitchPolicy> switches;
    private final PolicyRegistry registry;
    private final Map<PolicyKey, Object> policies = new HashMap<>();

    private record PolicyKey(String name, Map<String, ?> params) {}

    FallbackProposals(Scenario scenario, String agentId, PolicyRegistry registry) {
        this.agent = scenario.agent(agentId);
        this.switches = scenario.events().stream().filter(ScriptedEvent.SwitchPolicy.class::isInstance)
                .map(ScriptedEvent.SwitchPolicy.class::cast).filter(s -> s.target().equals(agentId)).toList();
        this.registry = registry;
    }

    /** Called on the agent's thread only, one ask at a time. */
    <O, D extends Decision<O>> D propose(DecisionAsk<O, D> ask) {
        String name = agent.policyName();
        Map<String, ?> params = agent.policyParams();
        for (ScriptedEvent.SwitchPolicy change : switches) {
            if (!change.quarter().isAfter(ask.quarter())) {
                name = change.policyName();
                params = change.params();
            }
        }
        Object policy = policies.computeIfAbsent(new PolicyKey(name, params),
                key -> registry.create(agent.role(), key.name(), key.params(), Roles.policyType(agent.role())));
        return ask.point().askPolicy(policy, ask.observation());
    }
}
