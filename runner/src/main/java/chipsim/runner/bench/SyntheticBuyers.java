package chipsim.runner.bench;

import chipsim.agents.AgentSpec;
import chipsim.agents.Params;
import chipsim.agents.Roles;
import chipsim.runner.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A scenario grown for the scaling benchmark: more quarters, and extra small buyers cloned from
 * one of the scenario's own buyers, so each speaks the full protocol (bids, import requests)
 * without any of them moving the market much.
 */
public final class SyntheticBuyers {

    /** About 60 H100-class chips a year each: small next to a hyperscaler, large enough to bid every quarter. */
    static final double BUDGET_USD_PER_YEAR = 1_000_000;
    static final double DEMAND_H100E_PER_YEAR = 40;
    static final double FLEET_H100E = 100;

    private SyntheticBuyers() {}

    /**
     * @param quarters the horizon from the scenario's start
     * @param count    buyers to add, named synthetic-00001 and on
     */
    public static Scenario grow(Scenario base, int quarters, int count) {
        AgentSpec template = base.agentsOf(Roles.BUYER).stream()
                .filter(a -> "CN".equals(a.setup().text("region"))).findFirst()
                .orElse(base.agentsOf(Roles.BUYER).get(0));
        Map<String, Object> setup = new TreeMap<>(template.setup().asMap());
        Map<String, Double> budget = new TreeMap<>();
        Map<String, Double> demand = new TreeMap<>();
        for (int year = base.start().year(); year <= base.start().plus(quarters - 1).year(); year++) {
            budget.put(Integer.toString(year), BUDGET_USD_PER_YEAR);
            demand.put(Integer.toString(year), DEMAND_H100E_PER_YEAR);
        }
        setup.put("annualBudgetUsd", budget);
        setup.put("annualDemandH100e", demand);
        setup.put("cashUsd", 0.0);
        setup.put("fleetH100e", FLEET_H100E);
        Params checked = Params.resolve(Roles.setupSpecs(Roles.BUYER), setup);
        List<AgentSpec> agents = new ArrayList<>(base.agents());
        for (int i = 1; i <= count; i++) {
            agents.add(new AgentSpec(String.format("synthetic-%05d", i), Roles.BUYER, template.policyName(),
                    template.policyParams(), checked, template.payoff()));
        }
        // The barrier waits for every agent; thousands of agents need longer than the baseline's timeout.
        long timeout = Math.max(base.phaseTimeoutMillis(), 600_000);
        return new Scenario(base.name() + "-plus-" + count, base.description(), base.start(),
                base.start().plus(quarters - 1), base.seed(), base.flopsWeight(), timeout, base.decisionTimeoutMillis(),
                base.chips(), agents,
                base.events());
    }
}
