package chipsim.agents.nvidia;

import static chipsim.agents.Fixtures.PATIENCE;
import static chipsim.agents.Fixtures.QUARTER;
import static chipsim.agents.Fixtures.rules;
import static chipsim.agents.Fixtures.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import akka.actor.testkit.typed.javadsl.ActorTestKit;
import akka.actor.testkit.typed.javadsl.TestProbe;
import chipsim.agents.AgentDriver;
import chipsim.agents.Fixtures;
import chipsim.agents.Roles;
import chipsim.market.Channel;
import chipsim.market.Quarter;
import chipsim.market.protocol.Ack;
import chipsim.market.protocol.MarketProtocol.Fill;
import chipsim.market.protocol.MarketProtocol.Offer;
import chipsim.market.protocol.PermitProtocol.LicenceDecision;
import chipsim.market.protocol.PermitProtocol.LicenceRequest;
import chipsim.market.protocol.Phase;
import chipsim.market.protocol.RulesProtocol.ExportRulesPublished;
import chipsim.market.protocol.Step;
import chipsim.market.protocol.SupplyProtocol.CapacityGrant;
import chipsim.market.protocol.SupplyProtocol.CapacityRequest;
import chipsim.market.report.AgentReport;
import chipsim.market.report.UnitLedger;
import chipsim.market.rules.ExportRules;
import chipsim.market.rules.ImportPolicy;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class NvidiaActorTest {

    static final ActorTestKit testKit = ActorTestKit.create();

    private static final String ID = "nvidia";
    private static final Map<String, String> OTHERS = Map.of("washington", Roles.WASHINGTON, "tsmc", Roles.TSMC,
            "beijing", Roles.BEIJING, "bytedance", Roles.BUYER, "market", "market");

    @AfterAll
    static void shutdown() {
        testKit.shutdownTestKit();
    }

    /** Nvidia holding 1,000 H100 and 500 H20; {@code launchUnits} is the demand it assumes for a new chip. */
    private static AgentDriver nvidia(ExportRules initial, long launchUnits) {
        NvidiaPolicy policy = Fixtures.policy(new MarketClearingPolicy.Factory(), Map.of("capacityHeadroom", 1.5,
                "designVariants", true, "writeDownAfterQuarters", 1, "priceStep", 0.1, "minMargin", 0.2),
                NvidiaPolicy.class);
        Map<String, Object> setup = Map.of("inventory", Map.of("H100", 1_000, "H20", 500), "cashUsd", 1e9,
                "launchUnits", launchUnits);
        return AgentDriver.introduce(testKit, ID, Roles.NVIDIA, NvidiaActor.create(Fixtures.agent(ID, Roles.NVIDIA,
                policy, NvidiaActor.SETUP, setup, NvidiaActor.PAYOFF, initial, ImportPolicy.openDoor())), OTHERS);
    }

    private static UnitLedger ledger(AgentReport report, String chipId) {
        return report.ledgers().stream().filter(l -> l.chipId().equals(chipId)).findFirst().orElseThrow();
    }

    private static void assertLedgersBalance(AgentReport report) {
        for (UnitLedger ledger : report.ledgers()) {
            assertTrue(ledger.balances(), "unbalanced " + ledger);
            assertFalse(ledger.anyNegative(), "negative " + ledger);
        }
    }

    @Test
    void ordersCapacityFromTsmcAndStocksTheGrantedUnitsAfterTheLeadTime() {
        // B200 is new and banned for China: Nvidia builds it for the rest of the world.
        AgentDriver nvidia = nvidia(rules(2000, 16000), 100);
        nvidia.open(QUARTER, state().build());

        nvidia.start(Phase.SUPPLY, Step.ACT);
        CapacityRequest request = nvidia.expect("tsmc", CapacityRequest.class);
        assertEquals(ID, request.requesterId());
        assertTrue(request.wafers() > 0);
        nvidia.expectNotDoneYet();
        request.replyTo().tell(new Ack("tsmc"));
        nvidia.expectDone(Phase.SUPPLY, Step.ACT);

        nvidia.start(Phase.SUPPLY, Step.RESOLVE);
        TestProbe<Ack> tsmc = testKit.createTestProbe();
        nvidia.ref().tell(new CapacityGrant("tsmc", 10, 1, 20_000, tsmc.ref()));
        tsmc.expectMessage(PATIENCE, new Ack(ID));
        nvidia.expectDone(Phase.SUPPLY, Step.RESOLVE);
        AgentReport first = nvidia.close(testKit, state().lastQuarter(QUARTER).build());
        assertEquals(10.0, first.state().get("wafersGranted"));
        assertEquals(1e9 - 10 * 20_000, first.state().get("cashUsd"), 1e-6, "it pays for the wafers granted");

        nvidia.open(QUARTER.next(), state().lastQuarter(QUARTER).build());
        AgentReport second = nvidia.close(testKit, state().lastQuarter(QUARTER.next()).build());
        assertEquals(new UnitLedger(ID, "B200", 0, 140, 0, 0, 140, 0), ledger(second, "B200"),
                "10 wafers of 14 B200 each, a quarter later");
        assertLedgersBalance(second);
    }

    @Test
    void asksForLicencesForLicensedChipsOffersChinaWithinThemAndBooksItsFills() {
        AgentDriver nvidia = nvidia(rules(4800, 4800), 0);
        nvidia.open(QUARTER, state().build());
        // Washington's rules for this quarter: H20 and H100 licensed, B200 banned.
        TestProbe<Ack> acks = testKit.createTestProbe();
        nvidia.ref().tell(new ExportRulesPublished("washington", rules(2000, 16000), acks.ref()));
        acks.expectMessage(PATIENCE, new Ack(ID));
        nvidia.run(Phase.SUPPLY, Step.ACT);

        nvidia.start(Phase.PERMITS, Step.ACT);
        List<LicenceRequest> requests = nvidia.collectUntilDone("washington", LicenceRequest.class, Phase.PERMITS,
                Step.ACT, r -> r.replyTo().tell(new Ack("washington")));
        assertEquals(Set.of("H100", "H20"), requests.stream().map(LicenceRequest::chipId).collect(Collectors.toSet()));
        requests.forEach(r -> assertEquals(ID, r.sellerId()));
        nvidia.ref().tell(new LicenceDecision(ID, "H100", 1_000, 200, 0.25, acks.ref()));
        acks.expectMessage(PATIENCE, new Ack(ID));
        nvidia.ref().tell(new LicenceDecision(ID, "H20", 1_000, 300, 0.25, acks.ref()));
        acks.expectMessage(PATIENCE, new Ack(ID));

        nvidia.start(Phase.TRADE, Step.ACT);
        List<Offer> offers = nvidia.collectUntilDone("market", Offer.class, Phase.TRADE, Step.ACT,
                o -> o.replyTo().tell(new Ack("market")));
        for (Offer offer : offers) {
            assertEquals(ID, offer.sellerId());
            assertEquals(offer.intoChina() ? Channel.LICENSED : Channel.DIRECT, offer.channel(), offer.toString());
        }
        assertTrue(unitsOffered(offers, "H100", true) <= 200, "within the H100 licence");
        assertTrue(unitsOffered(offers, "H100", false) > 0, "the rest of the world gets H100");
        assertTrue(unitsOffered(offers, "H100", true) + unitsOffered(offers, "H100", false) <= 1_000);
        assertTrue(unitsOffered(offers, "H20", true) > 0 && unitsOffered(offers, "H20", true) <= 300);
        assertEquals(0, unitsOffered(offers, "H20", false), "H20 has no buyer outside China");

        nvidia.ref().tell(new Fill(ID, "bytedance", "H100", 150, 20_000, Channel.LICENSED, 750_000, acks.ref()));
        acks.expectMessage(PATIENCE, new Ack(ID));
        nvidia.ref().tell(new Fill(ID, "us-clouds", "H100", 500, 20_000, Channel.DIRECT, 0, acks.ref()));
        acks.expectMessage(PATIENCE, new Ack(ID));
        AgentReport report = nvidia.close(testKit, state().lastQuarter(QUARTER).build());

        assertEquals(new UnitLedger(ID, "H100", 1_000, 0, 0, 650, 350, 0), ledger(report, "H100"));
        assertLedgersBalance(report);
        assertEquals(150 * 20_000 - 750_000, report.state().get("revenueChinaUsd"), 1e-6, "net of the fee");
        assertEquals(750_000, report.state().get("feesPaidUsd"), 1e-6);
    }

    private static long unitsOffered(List<Offer> offers, String chipId, boolean intoChina) {
        return offers.stream().filter(o -> o.chipId().equals(chipId) && o.intoChina() == intoChina)
                .mapToLong(Offer::units).sum();
    }

    @Test
    void writesDownAChinaOnlyChipAfterItHasBeenBannedAndTheLedgerStillBalances() {
        AgentDriver nvidia = nvidia(rules(2000, 2000), 0);
        nvidia.open(QUARTER, state().build());
        nvidia.run(Phase.SUPPLY, Step.ACT);
        AgentReport banned = nvidia.close(testKit, state().lastQuarter(QUARTER).build());
        assertEquals(0, ledger(banned, "H20").writtenOffUnits(), "one quarter's grace");

        nvidia.open(QUARTER.next(), state().lastQuarter(QUARTER).build());
        nvidia.run(Phase.SUPPLY, Step.ACT);
        AgentReport writtenDown = nvidia.close(testKit, state().lastQuarter(QUARTER.next()).build());

        assertEquals(new UnitLedger(ID, "H20", 500, 0, 0, 0, 0, 500), ledger(writtenDown, "H20"));
        assertEquals(0, ledger(writtenDown, "H100").writtenOffUnits(), "H100 still sells outside China");
        assertTrue(writtenDown.state().get("writeDownUsd") > 0);
        assertLedgersBalance(writtenDown);
    }

    @Test
    void designsACompliantVariantAfterABanAndLaunchesItAfterTheDesignLag() {
        // B200 banned, its variant B20 (three quarters to design) only licensed.
        AgentDriver nvidia = nvidia(rules(4800, 21000), 0);
        Quarter quarter = QUARTER;
        nvidia.open(quarter, state().build());
        nvidia.run(Phase.SUPPLY, Step.ACT);
        AgentReport decided = nvidia.close(testKit, state().lastQuarter(quarter).build());
        assertEquals(1.0, decided.state().get("variantsInDesign"));
        assertTrue(decided.events().stream().anyMatch(e -> e.contains("B20")), decided.events().toString());

        for (int lag = 1; lag <= 3; lag++) {
            quarter = quarter.next();
            nvidia.open(quarter, state().lastQuarter(quarter.plus(-1)).build());
            nvidia.run(Phase.SUPPLY, Step.ACT);
            AgentReport report = nvidia.close(testKit, state().lastQuarter(quarter).build());
            assertEquals(lag < 3 ? 0.0 : 1.0, report.state().get("variantsLaunched"), "after " + lag + " quarters");
        }
    }
}
