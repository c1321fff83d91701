package chipsim.runner.decisions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.agents.PolicyRegistry;
import chipsim.agents.Roles;
import chipsim.agents.decision.Decided;
import chipsim.agents.decision.Decider;
import chipsim.agents.decision.DecisionAsk;
import chipsim.agents.decision.DecisionPoint;
import chipsim.agents.decision.PolicyDecider;
import chipsim.runner.scenario.Scenario;
import chipsim.runner.scenario.ScenarioLoader;
import chipsim.runner.sim.RunInputs;
import chipsim.runner.sim.Simulation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** Every role's observations and decisions, as a real run makes them, survive JSON unchanged. */
class DecisionJsonTest {

    /** Decides by the policy and keeps one observation and decision per point. */
    private record Capturing(PolicyDecider policy, Map<String, Object[]> seen) implements Decider {
        @Override
        public Decided decide(DecisionAsk<?, ?> ask) {
            Decided decided = policy.decide(ask);
            seen.putIfAbsent(ask.point().name() + "@" + ask.quarter(), new Object[] {ask.observation(), decided.decision()});
            return decided;
        }
    }

    @Test
    void observationsAndDecisionsRoundTripThroughJson() throws Exception {
        PolicyRegistry registry = PolicyRegistry.standard();
        Scenario baseline = new ScenarioLoader(registry).loadBundled(ScenarioLoader.BUNDLED_BASELINE, List.of());
        Map<String, Object[]> seen = new ConcurrentHashMap<>();
        RunInputs inputs = RunInputs.LEAN;
        for (var agent : baseline.agents()) {
            Object policy = registry.create(agent.role(), agent.policyName(), agent.policyParams(),
                    Roles.policyType(agent.role()));
            inputs = inputs.with(agent.id(), new Capturing(PolicyDecider.primary(agent.policyName(), policy), seen));
        }
        try (Simulation simulation = Simulation.start(2, registry)) {
            assertEquals(null, simulation.runToEnd(baseline, inputs).error());
        }
        Set<String> points = new java.util.TreeSet<>();
        for (var entry : new TreeMap<>(seen).entrySet()) {
            for (Object value : entry.getValue()) {
                String json = DecisionJson.write(value);
                Object back = DecisionJson.MAPPER.readValue(json, value.getClass());
                assertEquals(value, back, entry.getKey() + ": " + value.getClass().getSimpleName() + " " + json);
                assertEquals(json, DecisionJson.write(back));
            }
            points.add(entry.getKey().substring(0, entry.getKey().indexOf('@')));
        }
        List<String> every = Roles.allDecisionPoints().stream().map(DecisionPoint::name).sorted().toList();
        assertEquals(every, List.copyOf(points), "a run asks every decision point of every role");
    }

    @Test
    void aDecisionWithAnUnknownFieldIsNotRead() {
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () -> DecisionJson.MAPPER.readValue(
                "{\"licenceAboveTpp\":1,\"banAboveTpp\":1,\"revenueShare\":0,\"chinaCapRatio\":0,\"enforcement\":0,"
                        + "\"reason\":\"\",\"bogus\":1}", chipsim.agents.washington.RulesDecision.class));
        assertTrue(e.getMessage().contains("bogus"), e.getMessage());
    }
}
