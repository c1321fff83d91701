package chipsim.runner.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a run report needs from a run folder, read by {@link RunFolderReader}.
 *
 * @param folderName the run folder's name, shown when the scenario has none
 * @param metrics quarters.csv by column, in its column order; each list has one value per quarter (NaN when blank)
 * @param trace trace.jsonl, one entry per quarter, in the same order as {@code quarters}
 */
public record RunData(String folderName, ScenarioSummary scenario, List<String> quarters,
        Map<String, List<Double>> metrics, List<QuarterTrace> trace) {

    /** The header facts of scenario.resolved.yaml. */
    public record ScenarioSummary(String name, String description, String seed, String start, String end,
            List<AgentPolicy> agents, Map<String, String> vendorByChip) {}

    /** One agent as configured: its role, its policy and the policy's parameters as written. */
    public record AgentPolicy(String id, String role, String policy, String params) {}

    /** One line of trace.jsonl, the fields a report uses. */
    public record QuarterTrace(String quarter, Map<String, Double> prices, List<Flow> flows,
            Map<String, AgentSnapshot> agents, List<String> events, Map<String, Long> messages,
            Map<String, String> exportStatusByChip) {}

    /** A fill: units of a chip from a seller to a buyer, through a channel (direct, licensed, grey). */
    public record Flow(String seller, String buyer, String buyerRegion, String chip, long units, double priceUsd,
            String channel, double feeUsd) {}

    public record AgentSnapshot(String role, double payoff, Map<String, Double> state) {}

    /** A column of quarters.csv, if the run has it. */
    public Optional<List<Double>> metric(String column) {
        return Optional.ofNullable(metrics.get(column));
    }

    public String lastQuarter() {
        return quarters.get(quarters.size() - 1);
    }

    /** Each agent's role, in the order agents first appear in the trace. */
    public Map<String, String> rolesById() {
        Map<String, String> roles = new java.util.LinkedHashMap<>();
        for (AgentPolicy agent : scenario.agents()) {
            roles.put(agent.id(), agent.role());
        }
        for (QuarterTrace q : trace) {
            q.agents().forEach((id, snapshot) -> roles.putIfAbsent(id, snapshot.role()));
        }
        return roles;
    }
}
