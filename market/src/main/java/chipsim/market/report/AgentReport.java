package chipsim.market.report;

import chipsim.market.Quarter;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An agent's end-of-quarter report: its state variables, its payoff this quarter, what it did
 * that is worth a line in the trace, and its ledgers for the invariants.
 *
 * @param state         state variables by name (units in the name: {@code cashUsd}, {@code fleetH100e})
 * @param payoff        this quarter's payoff, by the agent's scenario weights
 * @param events        notable decisions this quarter, one line each, sorted
 * @param messagesSent  messages this agent sent this quarter, by message type
 * @param decisions     its decisions this quarter as lines of decisions.jsonl, in the order made
 *                      (empty when the run keeps no decision log)
 */
public record AgentReport(
        String agentId,
        String role,
        Quarter quarter,
        SortedMap<String, Double> state,
        double payoff,
        List<String> events,
        List<UnitLedger> ledgers,
        MoneyLedger money,
        SortedMap<String, Long> messagesSent,
        List<DecisionLine> decisions) implements QuarterReport {

    public AgentReport {
        state = Collections.unmodifiableSortedMap(new TreeMap<>(state));
        events = events.stream().sorted().toList();
        ledgers = List.copyOf(ledgers);
        messagesSent = Collections.unmodifiableSortedMap(new TreeMap<>(messagesSent));
        decisions = List.copyOf(decisions);
    }

    @Override
    public String participantId() {
        return agentId;
    }
}
