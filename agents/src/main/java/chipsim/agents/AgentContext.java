package chipsim.agents;

import chipsim.agents.decision.DecisionSetup;
import chipsim.market.ChipCatalogue;
import chipsim.market.rules.ExportRules;
import chipsim.market.rules.ImportPolicy;

/**
 * What every agent is built from: its own spec and how its decisions are made, and the run's
 * shared, immutable data.
 *
 * @param decisions      its decider, fallback, log and deadline
 * @param scenarioSeed   the run's seed; the agent's random stream derives from it and its id
 * @param initialRules   the export rules in force before the first policy phase
 * @param initialImports the import policy in force before the first policy phase
 */
public record AgentContext(AgentSpec spec, DecisionSetup decisions, ChipCatalogue catalogue, long scenarioSeed,
        ExportRules initialRules, ImportPolicy initialImports) {}
