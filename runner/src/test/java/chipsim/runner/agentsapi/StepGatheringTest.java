package chipsim.runner.agentsapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import chipsim.agents.Roles;
import chipsim.agents.decision.DecisionAsk;
import chipsim.agents.decision.DecisionPoint;
import chipsim.market.Quarter;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The asks of one step go out together, and only those of the agents that decide in it. */
class StepGatheringTest {

    private static final SortedMap<String, String> HELD = new TreeMap<>(
            java.util.Map.of("washington", "washington", "beijing", "beijing", "nvidia", "nvidia"));

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Conversation.Asked ask(String agent, String point, String quarter) {
        DecisionPoint<?, ?, ?> found = Roles.role(HELD.get(agent)).decisionPoints().stream()
                .filter(p -> p.name().equals(point)).findFirst().orElseThrow();
        DecisionAsk<?, ?> ask = new DecisionAsk(agent, HELD.get(agent), Quarter.parse(quarter), found.phase(), 1,
                found, null, null);
        return new Conversation.Asked(1, ask, null);
    }

    @Test
    void aStepIsCompleteWhenEveryAgentThatDecidesInItHasAsked() {
        StepGathering gathering = new StepGathering(HELD);
        assertEquals(List.of(), gathering.add(ask("washington", "export-rules", "2024Q1")));
        List<SortedMap<String, Conversation.Asked>> policy = gathering.add(ask("beijing", "import-policy", "2024Q1"));
        assertEquals(1, policy.size());
        assertEquals(List.of("beijing", "washington"), List.copyOf(policy.get(0).keySet()));
        List<SortedMap<String, Conversation.Asked>> supply = gathering.add(ask("nvidia", "supply", "2024Q1"));
        assertEquals(List.of("nvidia"), List.copyOf(supply.get(0).keySet()));
    }

    @Test
    void anAskOfAnotherStepClosesTheOneGathered() {
        StepGathering gathering = new StepGathering(HELD);
        assertEquals(List.of(), gathering.add(ask("washington", "export-rules", "2024Q1")));
        gathering.remove("washington");
        assertEquals(List.of(), gathering.add(ask("washington", "export-rules", "2024Q2")));
        List<SortedMap<String, Conversation.Asked>> ready = gathering.add(ask("nvidia", "supply", "2024Q2"));
        assertEquals(2, ready.size(), "the policy step, incomplete, then the supply step");
        assertEquals(List.of("washington"), List.copyOf(ready.get(0).keySet()));
        assertEquals(List.of("nvidia"), List.copyOf(ready.get(1).keySet()));
    }
}
