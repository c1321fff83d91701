package chipsim.runner.scenario;

import chipsim.agents.AgentSpec;
import chipsim.market.Chip;
import chipsim.market.ChipCatalogue;
import chipsim.market.Quarter;
import chipsim.market.events.ScriptedEvent;
import java.util.List;

/**
 * A checked scenario: everything a run needs, every default filled in. Built only by
 * {@link ScenarioLoader}, so holding one means the scenario is valid.
 *
 * @param name               short name, used in run-folder names and reports
 * @param description        what the scenario asks, one paragraph
 * @param start              first simulated quarter
 * @param end                last simulated quarter (inclusive)
 * @param seed               seed of every agent's random stream
 * @param flopsWeight        weight of FLOPs (vs memory bandwidth) in effective compute
 * @param phaseTimeoutMillis how long the clock waits for a barrier before failing the run
 * @param decisionTimeoutMillis how long an agent waits for a decision before its fallback policy
 *                           decides (a program, a person), or fails the run (a policy that never returns)
 * @param chips              the catalogue, in file order
 * @param agents             the agents, in file order
 * @param events             scripted events, in quarter order then file order
 */
public record Scenario(String name, String description, Quarter start, Quarter end, long seed, double flopsWeight,
        long phaseTimeoutMillis, long decisionTimeoutMillis, List<Chip> chips, List<AgentSpec> agents, List<ScriptedEvent> events) {

    public Scenario {
        chips = List.copyOf(chips);
        agents = List.copyOf(agents);
        events = List.copyOf(events);
    }

    public ChipCatalogue catalogue() {
        return new ChipCatalogue(chips, flopsWeight);
    }

    public int quarters() {
        return start.until(end) + 1;
    }

    public AgentSpec agent(String id) {
        return agents.stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no agent '" + id + "'"));
    }

    public List<AgentSpec> agentsOf(String role) {
        return agents.stream().filter(a -> a.role().equals(role)).toList();
    }

    /** The first {@code count} quarters only; events after them are dropped. */
    public Scenario truncated(int count) {
        Quarter newEnd = start.plus(count - 1);
        if (!newEnd.isBefore(end)) {
            return this;
        }
        List<ScriptedEvent> kept = events.stream().filter(e -> !e.quarter().isAfter(newEnd)).toList();
        return new Scenario(name, description, start, newEnd, seed, flopsWeight, phaseTimeoutMillis, decisionTimeoutMillis, chips, agents, kept);
    }

    public Scenario withDecisionTimeout(long millis) {
        return new Scenario(name, description, start, end, seed, flopsWeight, phaseTimeoutMillis, millis, chips, agents,
                events);
    }

    /**
     * {@code count} quarters from the start: the first ones only (events after them dropped), or
     * more than the file gives, its end moved later. Check the longer horizon with {@link GrowthLimit}.
     */
    public Scenario withQuarters(int count) {
        if (count <= quarters()) {
            return truncated(count);
        }
        return new Scenario(name, description, start, start.plus(count - 1), seed, flopsWeight, phaseTimeoutMillis,
                decisionTimeoutMillis, chips, agents, events);
    }

    public Scenario withSeed(long newSeed) {
        return new Scenario(name, description, start, end, newSeed, flopsWeight, phaseTimeoutMillis, decisionTimeoutMillis, chips, agents, events);
    }
}
