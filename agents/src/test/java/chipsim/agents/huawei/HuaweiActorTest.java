package chipsim.agents.huawei;

import static chipsim.agents.Fixtures.PATIENCE;
import static chipsim.agents.Fixtures.QUARTER;
import static chipsim.agents.Fixtures.rules;
import static chipsim.agents.Fixtures.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import akka.actor.testkit.typed.javadsl.ActorTestKit;
import akka.actor.testkit.typed.javadsl.TestProbe;
import chipsim.agents.AgentDriver;
import chipsim.agents.Fixtures;
import chipsim.agents.Roles;
import chipsim.market.Channel;
import chipsim.market.protocol.Ack;
import chipsim.market.protocol.MarketProtocol.Fill;
import chipsim.market.protocol.MarketProtocol.Offer;
import chipsim.market.protocol.Phase;
import chipsim.market.protocol.RulesProtocol.SubsidyGranted;
import chipsim.market.protocol.Step;
import chipsim.market.report.AgentReport;
import chipsim.market.report.UnitLedger;
import chipsim.market.rules.ImportPolicy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class HuaweiActorTest {

    static final ActorTestKit testKit = ActorTestKit.create();

    private static final String ID = "huawei";

    /**
     * 500 good dies a quarter (100 wafers x 10 dies x 50% yield), 1,000 HBM stacks, room to package
     * 10,000: HBM binds, at 125 Ascend 910C (8 stacks each) or 250 Ascend 910B (4 each).
     */
    static Map<String, Object> setup() {
        Map<String, Object> setup = new HashMap<>();
        setup.put("smicWafersPerQuarter", 100);
        setup.put("smicWaferGrowth", 0.0);
        setup.put("diesPerWafer", 10);
        setup.put("yieldStart", 0.5);
        setup.put("yieldGainPerQuarter", 0.0);
        setup.put("yieldMax", 0.5);
        setup.put("hbmStacks", 1_000);
        setup.put("packagingUnits", 10_000);
        setup.put("packagingGrowth", 0.0);
        setup.put("usdPerPackagingUnit", 100_000);
        setup.put("diesPerChip", Map.of("Ascend910B", 1, "Ascend910C", 2));
        setup.put("hbmStacksPerChip", Map.of("Ascend910B", 4, "Ascend910C", 8));
        return setup;
    }

    @AfterAll
    static void shutdown() {
        testKit.shutdownTestKit();
    }

    private static AgentDriver huawei() {
        HuaweiPolicy policy = Fixtures.policy(new MaxComputePolicy.Factory(),
                Map.of("priceStep", 0.1, "minMargin", 0.1, "investShare", 0.5), HuaweiPolicy.class);
        return AgentDriver.introduce(testKit, ID, Roles.HUAWEI, HuaweiActor.create(Fixtures.agent(ID, Roles.HUAWEI,
                policy, HuaweiActor.SETUP, setup(), HuaweiActor.PAYOFF, rules(4800, 4800), ImportPolicy.openDoor())),
                Map.of("beijing", Roles.BEIJING, "bytedance", Roles.BUYER, "market", "market"));
    }

    @Test
    void acknowledgesItsSubsidyAndInvestsFromIt() {
        AgentDriver huawei = huawei();
        huawei.open(QUARTER, state().build());
        TestProbe<Ack> beijing = testKit.createTestProbe();

        huawei.ref().tell(new SubsidyGranted("beijing", 2_000_000_000L, beijing.ref()));
        beijing.expectMessage(PATIENCE, new Ack(ID));
        huawei.run(Phase.SUPPLY, Step.ACT);
        AgentReport report = huawei.close(testKit, state().lastQuarter(QUARTER).build());

        assertEquals(2e9, report.state().get("subsidyUsd"));
        assertTrue(report.state().get("investedUsd") > 0, "puts part of the subsidy into packaging");
        assertTrue(report.state().get("investedUsd") <= 2e9);
        assertEquals(2e9 - report.state().get("investedUsd"), report.state().get("cashUsd"), 1e-6);
    }

    @Test
    void producesWithinItsInputsAndOffersItsOutputIntoChina() {
        AgentDriver huawei = huawei();
        huawei.open(QUARTER, state().build());
        huawei.run(Phase.SUPPLY, Step.ACT);

        huawei.start(Phase.TRADE, Step.ACT);
        List<Offer> offers = huawei.collectUntilDone("market", Offer.class, Phase.TRADE, Step.ACT,
                o -> o.replyTo().tell(new Ack("market")));
        assertEquals(1, offers.size(), offers.toString());
        Offer offer = offers.get(0);
        assertEquals(ID, offer.sellerId());
        assertTrue(offer.intoChina());
        assertEquals(Channel.DIRECT, offer.channel(), "a domestic chip needs no permit in China");
        assertTrue(offer.units() > 0);
        assertTrue(offer.askUsd() >= Fixtures.chip(offer.chipId()).unitCostUsd(), "never below cost");

        TestProbe<Ack> market = testKit.createTestProbe();
        huawei.ref().tell(new Fill(ID, "bytedance", offer.chipId(), offer.units() - 5, offer.askUsd(), Channel.DIRECT,
                0, market.ref()));
        market.expectMessage(PATIENCE, new Ack(ID));
        AgentReport report = huawei.close(testKit, state().lastQuarter(QUARTER).build());

        double produced = report.state().get("producedUnits");
        assertEquals(offer.units(), produced, 1e-9, "offers everything it made");
        assertTrue(report.state().get("dieStock") >= 0 && report.state().get("hbmStacks") >= 0, report.state().toString());
        assertTrue(produced <= report.state().get("packagingUnits"));
        assertEquals(List.of(new UnitLedger(ID, offer.chipId(), 0, offer.units(), 0, offer.units() - 5, 5, 0)),
                report.ledgers());
    }
}
