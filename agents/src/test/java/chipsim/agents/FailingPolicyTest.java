package chipsim.agents;

import static chipsim.agents.Fixtures.PATIENCE;
import static chipsim.agents.Fixtures.QUARTER;
import static chipsim.agents.Fixtures.rules;
import static chipsim.agents.Fixtures.state;

import static org.junit.jupiter.api.Assertions.assertTrue;

import akka.actor.testkit.typed.javadsl.ActorTestKit;
import akka.actor.testkit.typed.javadsl.TestProbe;
import chipsim.agents.huawei.HuaweiActor;
import chipsim.agents.huawei.HuaweiObservation;
import chipsim.agents.huawei.HuaweiPolicy;
import chipsim.agents.hyperscaler.BuyerActor;
import chipsim.agents.hyperscaler.BuyerPolicy;
import chipsim.agents.hyperscaler.PurchasePlan;
import chipsim.agents.washington.WashingtonActor;
import chipsim.agents.washington.WashingtonPolicy;
import chipsim.market.Chip;
import chipsim.market.protocol.Phase;
import chipsim.market.protocol.Step;
import chipsim.market.rules.ImportPolicy;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * An agent whose policy throws, or whose policy's choice breaks the agent's own rules, stops: the
 * clock watches every agent and turns the stop into a run error, instead of waiting for a phase
 * reply that never comes.
 */
class FailingPolicyTest {

    static final ActorTestKit testKit = ActorTestKit.create();

    private static final Map<String, String> OTHERS = Map.of("beijing", Roles.BEIJING, "market", "market");

    @AfterAll
    static void shutdown() {
        testKit.shutdownTestKit();
    }

    private static void expectStopped(AgentDriver agent) {
        TestProbe<Void> watcher = testKit.createTestProbe();
        watcher.expectTerminated(agent.ref(), PATIENCE);
    }

    @Test
    void anAgentWhosePolicyThrowsStops() {
        WashingtonPolicy broken = observation -> {
            throw new IllegalStateException("policy bug");
        };
        AgentDriver washington = AgentDriver.introduce(testKit, "washington", Roles.WASHINGTON,
                WashingtonActor.create(Fixtures.agent("washington", Roles.WASHINGTON, broken, WashingtonActor.SETUP,
                        Map.of(), WashingtonActor.PAYOFF, rules(4800, 4800), ImportPolicy.openDoor())), OTHERS);
        washington.open(QUARTER, state().build());

        washington.start(Phase.POLICY, Step.ACT);

        expectStopped(washington);
    }

    @Test
    void aBuyerWhosePolicyCommitsMoreThanItsCashFailsItsStepNamingTheField() {
        BuyerPolicy spendthrift = observation -> PurchasePlan.committing(List.of(
                new PurchasePlan.PlannedBid("H100", 1_000_000, 30_000, false)));
        AgentDriver buyer = AgentDriver.introduce(testKit, "bytedance", Roles.BUYER,
                BuyerActor.create(Fixtures.agent("bytedance", Roles.BUYER, spendthrift, BuyerActor.SETUP,
                        Map.of("cashUsd", 1_000_000), BuyerActor.PAYOFF, rules(4800, 40000), ImportPolicy.openDoor())),
                OTHERS);
        buyer.open(QUARTER, state().build());

        buyer.start(Phase.PERMITS, Step.ACT);

        String reason = buyer.expectFailed(Phase.PERMITS, Step.ACT);
        assertTrue(reason.contains("purchases decision is refused"), reason);
        assertTrue(reason.contains("budgetUsd: $30000000000 is not within 0 and its cash ($1000000)"), reason);
    }

    @Test
    void huaweiFailsItsStepWhenItsPolicyPlansMoreThanItsInputsAllow() {
        HuaweiPolicy overreaching = new HuaweiPolicy() {
            @Override
            public SortedMap<String, Long> production(HuaweiObservation observation) {
                return new TreeMap<>(Map.of("Ascend910C", observation.packagingUnits() + 1));
            }

            @Override
            public long ask(Chip chip, HuaweiObservation observation) {
                return chip.listPriceUsd();
            }

            @Override
            public long investment(HuaweiObservation observation) {
                return 0;
            }
        };
        AgentDriver huawei = AgentDriver.introduce(testKit, "huawei", Roles.HUAWEI,
                HuaweiActor.create(Fixtures.agent("huawei", Roles.HUAWEI, overreaching, HuaweiActor.SETUP, Map.of(),
                        HuaweiActor.PAYOFF, rules(4800, 4800), ImportPolicy.openDoor())), OTHERS);
        huawei.open(QUARTER, state().build());

        huawei.start(Phase.SUPPLY, Step.ACT);

        String reason = huawei.expectFailed(Phase.SUPPLY, Step.ACT);
        assertTrue(reason.contains("unitsByChip"), reason);
        assertTrue(reason.contains("exceeds the dies"), reason);
    }
}
