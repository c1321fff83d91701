package chipsim.runner.sim;

import akka.actor.typed.Behavior;
import chipsim.agents.AgentContext;
import chipsim.agents.decision.Decider;
import chipsim.agents.decision.DecisionRecorder;
import chipsim.agents.decision.DecisionSetup;
import chipsim.agents.decision.PolicyDecider;
import chipsim.agents.decision.PolicyWatch;
import chipsim.agents.AgentSpec;
import chipsim.agents.PolicyRegistry;
import chipsim.agents.Roles;
import chipsim.agents.beijing.BeijingActor;
import chipsim.agents.washington.WashingtonActor;
import chipsim.market.ChipCatalogue;
import chipsim.market.MarketActor;
import chipsim.market.Quarter;
import chipsim.market.Region;
import chipsim.market.events.ScriptedEvent;
import chipsim.market.protocol.AgentCommand;
import chipsim.market.report.PublicState;
import chipsim.market.rules.ExportRules;
import chipsim.market.rules.ImportPolicy;
import chipsim.runner.scenario.Scenario;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything one run is wired from: the scenario, a fresh policy object per agent and the decider
 * that answers for it, each participant's behavior (its role's actor), and the public state
 * before the first quarter.
 */
public record RunPlan(Scenario scenario, ChipCatalogue catalogue, SortedMap<String, Behavior<AgentCommand>> behaviors,
        SortedMap<String, String> participantRoles, SortedMap<String, String> roleById,
        Map<String, Region> buyerRegions, Map<String, Double> buyerFleets, Map<String, Double> buyerDepreciation,
        PublicState initialState, java.util.function.Consumer<QuarterRecord> onQuarter, boolean measuresLeftOnTable) {

    public static final String MARKET_ID = "market";

    public static RunPlan of(Scenario scenario, PolicyRegistry registry) {
        return of(scenario, registry, RunInputs.LEAN, null);
    }

    /**
     * @param inputs deciders that replace policies, and whether decisions are logged
     * @param watch  the watch over decisions computed on the agents' threads; null for none
     */
    public static RunPlan of(Scenario scenario, PolicyRegistry registry, RunInputs inputs, PolicyWatch watch) {
        for (String id : inputs.deciders().keySet()) {
            scenario.agent(id);
        }
        DecisionRecorder recorder = inputs.keepDecisions() ? new chipsim.runner.decisions.JsonDecisionRecorder() : null;
        DecisionSetup.PolicyMaker maker = (role, name, params) -> registry.create(role, name, params,
                Roles.policyType(role));
        ChipCatalogue catalogue = scenario.catalogue();
        AgentSpec washington = scenario.agentsOf(Roles.WASHINGTON).get(0);
        AgentSpec beijing = scenario.agentsOf(Roles.BEIJING).get(0);
        ExportRules rules = WashingtonActor.initialRules(washington.setup(), catalogue);
        ImportPolicy imports = BeijingActor.initialPolicy(beijing.setup());
        SortedMap<String, Behavior<AgentCommand>> behaviors = new TreeMap<>();
        SortedMap<String, String> participants = new TreeMap<>();
        SortedMap<String, String> roles = new TreeMap<>();
        Map<String, Region> regions = new TreeMap<>();
        Map<String, Double> fleets = new TreeMap<>();
        Map<String, Double> depreciation = new TreeMap<>();
        behaviors.put(MARKET_ID, MarketActor.create(MARKET_ID, catalogue, rules, imports,
                inputs.measuresLeftOnTable()));
        participants.put(MARKET_ID, "market");
        double chinaFleet = 0;
        double usFleet = 0;
        for (AgentSpec agent : scenario.agents()) {
            Object policy = maker.make(agent.role(), agent.policyName(), agent.policyParams());
            PolicyDecider own = PolicyDecider.primary(agent.policyName(), policy);
            Decider decider = inputs.deciders().getOrDefault(agent.id(), own);
            DecisionSetup decisions = new DecisionSetup(decider, own.asFallback(), recorder,
                    scenario.decisionTimeoutMillis(), watch, maker);
            AgentContext context = new AgentContext(agent, decisions, catalogue, scenario.seed(), rules, imports);
            behaviors.put(agent.id(), Roles.role(agent.role()).actor(context));
            participants.put(agent.id(), agent.role());
            roles.put(agent.id(), agent.role());
            if (agent.role().equals(Roles.BUYER)) {
                Region region = Region.valueOf(agent.setup().text("region"));
                regions.put(agent.id(), region);
                fleets.put(agent.id(), agent.setup().number("fleetH100e"));
                depreciation.put(agent.id(), agent.setup().number("depreciationPerQuarter"));
                if (region == Region.CN) {
                    chinaFleet += agent.setup().number("fleetH100e");
                } else if (region == Region.US) {
                    usFleet += agent.setup().number("fleetH100e");
                }
            }
        }
        PublicState initial = new PublicState(null, new TreeMap<>(), chinaFleet, usFleet, 0, 0, 0, 0, 0, 0, rules,
                imports);
        return new RunPlan(scenario, catalogue, behaviors, participants, roles, regions, fleets, depreciation, initial,
                inputs.onQuarter(), inputs.measuresLeftOnTable());
    }

    public List<ScriptedEvent> eventsAt(Quarter quarter) {
        return scenario.events().stream().filter(e -> e.quarter().equals(quarter)).toList();
    }
}
