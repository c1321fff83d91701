package chipsim.runner.agentsapi;

import chipsim.agents.Roles;
import chipsim.agents.decision.DecisionAsk;
import chipsim.agents.decision.DecisionPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Gathers the asks of one step (quarter, phase, step) of the agents a program plays, so that they
 * go out as one observe: PettingZoo's parallel turn. The step is complete when every agent held
 * whose role decides in that phase and step has asked (each role has at most one point there,
 * and every agent is asked each of its points every quarter); an ask of another step closes it.
 */
final class StepGathering {

    private final SortedMap<String, String> held;
    private final SortedMap<String, Conversation.Asked> asks = new TreeMap<>();
    private String step;

    /** @param held agent id to role */
    StepGathering(SortedMap<String, String> held) {
        this.held = held;
    }

    /** Adds an ask; returns the steps complete now, in order (none, or one, or an earlier one and this one). */
    List<SortedMap<String, Conversation.Asked>> add(Conversation.Asked asked) {
        List<SortedMap<String, Conversation.Asked>> ready = new ArrayList<>();
        String next = stepOf(asked.ask());
        if (step != null && !step.equals(next) && !asks.isEmpty()) {
            ready.add(drain());
        }
        step = next;
        asks.put(asked.ask().agentId(), asked);
        if (asks.keySet().equals(expectedIn(asked.ask()))) {
            ready.add(drain());
        }
        return ready;
    }

    /** Takes every ask gathered so far. */
    SortedMap<String, Conversation.Asked> drain() {
        SortedMap<String, Conversation.Asked> taken = new TreeMap<>(asks);
        asks.clear();
        step = null;
        return taken;
    }

    void remove(String agentId) {
        asks.remove(agentId);
    }

    private static String stepOf(DecisionAsk<?, ?> ask) {
        return ask.quarter() + " " + ask.phase().label() + " " + ask.point().step();
    }

    private Set<String> expectedIn(DecisionAsk<?, ?> ask) {
        Set<String> expected = new TreeSet<>();
        for (Map.Entry<String, String> agent : held.entrySet()) {
            for (DecisionPoint<?, ?, ?> point : Roles.role(agent.getValue()).decisionPoints()) {
                if (point.phase() == ask.phase() && point.step() == ask.point().step()) {
                    expected.add(agent.getKey());
                }
            }
        }
        return expected;
    }
}
