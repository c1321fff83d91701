package chipsim.agents;

import chipsim.market.ChipCatalogue;
import chipsim.market.rules.ExportRules;
import chipsim.market.rules.ImportPolicy;

/**
 * What every agent is built from: its own spec and policy, and the run's shared, immutable data.
 *
 * @param scenarioSeed  the run's seed; the agent's random stream derives from it and its id
 * @param initialRules  the export rules in force before the first policy phase
 * @param initialImports the import policy in force before the first policy phase
 */
public record AgentContext(AgentSpec spec, Object policy, ChipCatalogue catalogue, long scenarioSeed,
        ExportRules initialRules, ImportPolicy initialImports) {

    public <P> P policy(Class<P> type) {
        return type.cast(policy);
    }
}
