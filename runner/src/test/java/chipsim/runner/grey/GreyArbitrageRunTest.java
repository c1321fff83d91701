package chipsim.runner.grey;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.agents.PolicyRegistry;
import chipsim.agents.Roles;
import chipsim.agents.broker.ArbitragePolicy;
import chipsim.agents.broker.BrokerObservation;
import chipsim.agents.broker.BrokerPlan;
import chipsim.agents.broker.GreyMargin;
import chipsim.agents.decision.Decided;
import chipsim.agents.decision.Decider;
import chipsim.agents.decision.DecisionAsk;
import chipsim.agents.decision.PolicyDecider;
import chipsim.market.Channel;
import chipsim.market.report.ChipBook;
import chipsim.market.report.FillRecord;
import chipsim.runner.Cli;
import chipsim.runner.scenario.Scenario;
import chipsim.runner.scenario.ScenarioLoader;
import chipsim.runner.sim.QuarterRecord;
import chipsim.runner.sim.RunInputs;
import chipsim.runner.sim.RunResult;
import chipsim.runner.sim.Simulation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The baseline's grey market (arbitraging smugglers and remote-access hosts) as it runs: grey volume falls with Washington's enforcement and rises
 * with the price gap, monotonically, in small sweeps; it is never zero in a quarter in which a
 * broker sees a margin and has the capital to act on it; and its outputs are deterministic.
 */
class GreyArbitrageRunTest {

    private static final String SCENARIO = "baseline.yaml";
    /** Two years are enough for every broker to enter, sell and meet seizures: 2024Q1-2025Q4. */
    private static final String TWO_YEARS = "end=2025Q4";

    private static final PolicyRegistry REGISTRY = PolicyRegistry.standard();
    private static Simulation simulation;

    @BeforeAll
    static void start() {
        simulation = Simulation.start(2, REGISTRY);
    }

    @AfterAll
    static void stop() {
        simulation.close();
    }

    private static Scenario scenario(String... overrides) throws Exception {
        return new ScenarioLoader(REGISTRY).load(Path.of(Cli.config(SCENARIO)), List.of(overrides));
    }

    /** Units sold into China through the grey channel over the run, by seller. */
    private static Map<String, Long> greyUnitsBySeller(String... overrides) throws Exception {
        RunResult result = simulation.runToEnd(scenario(overrides));
        assertNull(result.error());
        Map<String, Long> units = new TreeMap<>();
        for (QuarterRecord quarter : result.quarters()) {
            for (FillRecord fill : quarter.fills()) {
                if (fill.channel() == Channel.GREY) {
                    units.merge(fill.sellerId(), fill.units(), Long::sum);
                }
            }
        }
        return units;
    }

    private static long greyUnits(String... overrides) throws Exception {
        return greyUnitsBySeller(overrides).values().stream().mapToLong(Long::longValue).sum();
    }

    @Test
    void greyVolumeFallsWithEnforcementAndSoDoRemoteLeases() throws Exception {
        List<Long> volumes = new ArrayList<>();
        List<Long> leases = new ArrayList<>();
        for (double enforcement : new double[] {0, 0.3, 0.6, 0.9}) {
            Map<String, Long> bySeller = greyUnitsBySeller(TWO_YEARS, "washington.setup.enforcement=" + enforcement);
            volumes.add(bySeller.values().stream().mapToLong(Long::longValue).sum());
            leases.add(bySeller.getOrDefault("remote-dc", 0L) + bySeller.getOrDefault("remote-cloud", 0L));
        }
        for (int i = 1; i < volumes.size(); i++) {
            assertTrue(volumes.get(i) < volumes.get(i - 1), "grey units at enforcement 0, 0.3, 0.6, 0.9: " + volumes);
            assertTrue(leases.get(i) < leases.get(i - 1), "units leased by the remote-access hosts: " + leases);
        }
        assertTrue(leases.get(0) > 0, "the hosts lease compute: " + leases);
    }

    /** The price gap is China's price less the landed cost abroad: the sweep cuts the smugglers' route cost. */
    @Test
    void greyVolumeRisesWithThePriceGap() throws Exception {
        List<Long> volumes = new ArrayList<>();
        for (int routeCost : new int[] {9000, 6000, 3000, 0}) {
            volumes.add(greyUnits(TWO_YEARS, "broker-sg.setup.routeCostUsdPerUnit=" + routeCost,
                    "broker-my.setup.routeCostUsdPerUnit=" + routeCost));
        }
        for (int i = 1; i < volumes.size(); i++) {
            assertTrue(volumes.get(i) > volumes.get(i - 1), "grey units at route costs $9,000 to $0: " + volumes);
        }
    }

    /** Decides by the policy and keeps each broker's observation and plan per quarter. */
    private record Watching(PolicyDecider policy, Map<String, Object[]> seen) implements Decider {
        @Override
        public Decided decide(DecisionAsk<?, ?> ask) {
            Decided decided = policy.decide(ask);
            seen.put(ask.quarter() + "/" + ask.agentId(), new Object[] {ask.observation(), decided.decision()});
            return decided;
        }
    }

    /**
     * In every quarter in which a broker sees a margin, has the capital for a unit and could reach
     * stock abroad, it buys and grey trade happens: on the baseline, and on the baseline with Nvidia
     * keeping a whole quarter's sales in stock (coverQuarters 1, 0.25 in the baseline), so that
     * stock is left unsold abroad, within a broker's reach, in enough quarters to test: the
     * baseline's Nvidia sells out abroad in most quarters, to bids above a broker's.
     */
    @Test
    void greyTradeIsNeverZeroInAQuarterWithAMarginAndCapital() throws Exception {
        int quartersWithAMargin = quartersWithAMarginAllTraded();
        quartersWithAMargin += quartersWithAMarginAllTraded("nvidia.params.coverQuarters=1");
        assertTrue(quartersWithAMargin >= 4, "margins in " + quartersWithAMargin + " of 32 quarters");
    }

    /** Checks each quarter of one run; returns how many quarters had a margin, capital and stock to reach. */
    private static int quartersWithAMarginAllTraded(String... overrides) throws Exception {
        Scenario scenario = scenario(overrides);
        Map<String, Object[]> seen = new ConcurrentHashMap<>();
        Map<String, ArbitragePolicy> policies = new TreeMap<>();
        RunInputs inputs = RunInputs.LEAN;
        for (var agent : scenario.agents()) {
            if (agent.role().equals(Roles.BROKER)) {
                ArbitragePolicy policy = (ArbitragePolicy) REGISTRY.create(agent.role(), agent.policyName(),
                        agent.policyParams(), Roles.policyType(agent.role()));
                policies.put(agent.id(), policy);
                inputs = inputs.with(agent.id(), new Watching(PolicyDecider.primary(agent.policyName(), policy), seen));
            }
        }
        assertTrue(policies.size() >= 3, "several brokers: " + policies.keySet());
        RunResult result = simulation.runToEnd(scenario, inputs);
        assertNull(result.error());

        int quartersWithAMargin = 0;
        for (QuarterRecord quarter : result.quarters()) {
            boolean marginAndCapital = false;
            for (var broker : policies.entrySet()) {
                Object[] pair = seen.get(quarter.quarter() + "/" + broker.getKey());
                BrokerObservation observation = (BrokerObservation) pair[0];
                List<GreyMargin> margins = broker.getValue().margins(observation);
                boolean capital = !margins.isEmpty() && observation.cashUsd() * 0.8
                        >= margins.get(0).maxBidUsd() + observation.routeCostUsdPerUnit();
                boolean room = observation.capacityLeftH100e() >= observation.h100e(margins.isEmpty() ? ""
                        : margins.get(0).chipId());
                // Stock it could have bought: units of the chip left unsold outside China at an ask within
                // its bid. A chip that sold out abroad to higher bids leaves a broker nothing to buy.
                ChipBook book = margins.isEmpty() ? ChipBook.EMPTY : quarter.books().getOrDefault(margins.get(0).chipId(),
                        ChipBook.EMPTY);
                boolean reachable = book.offeredUnits() - book.offeredChinaUnits()
                        > book.filledUnits() - book.filledChinaUnits()
                        && book.lowestAskUsd() > 0 && book.lowestAskUsd() <= margins.get(0).maxBidUsd();
                if (capital && room && reachable) {
                    marginAndCapital = true;
                    BrokerPlan plan = (BrokerPlan) pair[1];
                    assertTrue(!plan.purchases().isEmpty(), quarter.quarter() + " " + broker.getKey() + " sees "
                            + margins + " and buys nothing " + List.of(overrides));
                }
            }
            long greyTrade = 0;
            for (FillRecord fill : quarter.fills()) {
                boolean brokerBuys = policies.containsKey(fill.buyerId());
                greyTrade += fill.channel() == Channel.GREY || brokerBuys ? fill.units() : 0;
            }
            if (marginAndCapital) {
                quartersWithAMargin++;
                assertTrue(greyTrade > 0, quarter.quarter() + ": a margin and capital, and no grey trade "
                        + List.of(overrides));
            }
        }
        return quartersWithAMargin;
    }

    @TempDir
    static Path tmp;

    @Test
    void sameSeedSameFilesAtAnyThreadCount() throws Exception {
        List<byte[]> outputs = new ArrayList<>();
        for (String threads : new String[] {"1", "4"}) {
            Path out = tmp.resolve("threads-" + threads);
            Cli.Result run = Cli.run("run", Cli.config(SCENARIO), "--quarters", "8", "--threads", threads, "--out",
                    out.toString());
            assertEquals(0, run.status(), run.toString());
            for (String file : new String[] {"trace.jsonl", "flows.csv", "agents.csv", "decisions.jsonl"}) {
                outputs.add(Files.readAllBytes(out.resolve(file)));
            }
        }
        for (int i = 0; i < 4; i++) {
            assertArrayEquals(outputs.get(i), outputs.get(i + 4), "file " + i + " differs between thread counts");
        }
    }
}
