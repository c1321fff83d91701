package chipsim.agents.washington;

import static chipsim.agents.Fixtures.PATIENCE;
import static chipsim.agents.Fixtures.QUARTER;
import static chipsim.agents.Fixtures.book;
import static chipsim.agents.Fixtures.rules;
import static chipsim.agents.Fixtures.state;
import static org.junit.jupiter.api.Assertions.assertEquals;

import akka.actor.testkit.typed.javadsl.ActorTestKit;
import akka.actor.testkit.typed.javadsl.TestProbe;
import chipsim.agents.AgentDriver;
import chipsim.agents.Fixtures;
import chipsim.agents.Roles;
import chipsim.market.ProRata;
import chipsim.market.events.ScriptedEvent;
import chipsim.market.protocol.Ack;
import chipsim.market.protocol.MarketProtocol.FeeCollected;
import chipsim.market.protocol.PermitProtocol.LicenceDecision;
import chipsim.market.protocol.PermitProtocol.LicenceReply;
import chipsim.market.protocol.PermitProtocol.LicenceRequest;
import chipsim.market.protocol.Phase;
import chipsim.market.protocol.RulesProtocol.ExportRulesPublished;
import chipsim.market.protocol.Step;
import chipsim.market.report.AgentReport;
import chipsim.market.report.PublicState;
import chipsim.market.rules.ExportRules;
import chipsim.market.rules.ExportStatus;
import chipsim.market.rules.ImportPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class WashingtonActorTest {

    static final ActorTestKit testKit = ActorTestKit.create();

    private static final String ID = "washington";
    private static final Map<String, String> OTHERS = Map.of("beijing", Roles.BEIJING, "nvidia", Roles.NVIDIA,
            "bytedance", Roles.BUYER, "market", "market");

    @AfterAll
    static void shutdown() {
        testKit.shutdownTestKit();
    }

    private static AgentDriver washington(WashingtonPolicy policy, ExportRules initial) {
        return AgentDriver.introduce(testKit, ID, Roles.WASHINGTON, WashingtonActor.create(Fixtures.agent(ID,
                Roles.WASHINGTON, policy, WashingtonActor.SETUP, Map.of(), WashingtonActor.PAYOFF, initial,
                ImportPolicy.openDoor())), OTHERS);
    }

    private static WashingtonPolicy keepsItsRules() {
        return observation -> RulesDecision.keep(observation.current());
    }

    /** Runs the policy phase, acknowledging every publication; returns what the market was told. */
    private static ExportRules publish(AgentDriver washington) {
        washington.start(Phase.POLICY, Step.ACT);
        ExportRules published = null;
        for (String id : new TreeMap<>(OTHERS).keySet()) {
            ExportRulesPublished message = washington.expect(id, ExportRulesPublished.class);
            message.replyTo().tell(new Ack(id));
            published = message.rules();
        }
        washington.expectDone(Phase.POLICY, Step.ACT);
        return published;
    }

    @Test
    void publishesItsRulesToEveryoneAndReportsDoneOnlyAfterEveryAck() {
        WashingtonPolicy licensesToTheCeiling = observation ->
                new RulesDecision(4800, 21000, 0.2, 0.5, 0.3, "licenses up to TPP 21000");
        AgentDriver washington = washington(licensesToTheCeiling, rules(4800, 4800));
        washington.open(QUARTER, state().build());

        washington.start(Phase.POLICY, Step.ACT);
        List<ExportRulesPublished> received = new ArrayList<>();
        for (String id : OTHERS.keySet()) {
            received.add(washington.expect(id, ExportRulesPublished.class));
        }
        for (ExportRulesPublished message : received) {
            assertEquals(ID, message.publisherId());
            assertEquals(ExportStatus.LICENSED, message.rules().status("H100"), "the policy's decision");
            assertEquals(ExportStatus.BANNED, message.rules().status("B200"));
        }
        for (ExportRulesPublished message : received.subList(1, received.size())) {
            message.replyTo().tell(new Ack("someone"));
        }
        washington.expectNotDoneYet();
        received.get(0).replyTo().tell(new Ack("the last one"));
        washington.expectDone(Phase.POLICY, Step.ACT);
    }

    @Test
    void appliesAScriptedBanOnTopOfItsPolicy() {
        AgentDriver washington = washington(keepsItsRules(), rules(2000, 40000));
        washington.open(QUARTER, state().build(),
                List.of(new ScriptedEvent.Ban(QUARTER, ID, "H20", "washington bans H20")));

        ExportRules published = publish(washington);

        assertEquals(ExportStatus.BANNED, published.status("H20"));
        assertEquals(ExportStatus.LICENSED, published.status("H100"));
    }

    private record Request(String sellerId, String chipId, long units) {}

    /**
     * One quarter of licensing: the requests arrive in the given order during PERMITS/ACT; returns
     * the decisions the market received in PERMITS/RESOLVE, as (seller chip requested granted).
     */
    private static List<String> license(List<Request> arrivals, ExportRules rules, PublicState last) {
        AgentDriver washington = washington(keepsItsRules(), rules);
        washington.open(QUARTER, last);
        publish(washington);
        Map<String, TestProbe<LicenceReply>> sellers = new TreeMap<>();
        washington.run(Phase.PERMITS, Step.ACT);
        for (Request request : arrivals) {
            TestProbe<LicenceReply> seller = sellers.computeIfAbsent(request.sellerId(), testKit::createTestProbe);
            washington.ref().tell(new LicenceRequest(request.sellerId(), request.chipId(), request.units(),
                    seller.ref()));
            seller.expectMessage(PATIENCE, new Ack(ID));
        }

        washington.start(Phase.PERMITS, Step.RESOLVE);
        List<LicenceDecision> toMarket = new ArrayList<>();
        for (int i = 0; i < arrivals.size(); i++) {
            toMarket.add(washington.expect("market", LicenceDecision.class));
        }
        List<LicenceDecision> toSellers = new ArrayList<>();
        for (LicenceDecision decision : toMarket) {
            LicenceDecision toSeller = (LicenceDecision) sellers.get(decision.sellerId()).receiveMessage(PATIENCE);
            assertEquals(decision, toSeller, "the requester and the market get the same decision");
            toSellers.add(toSeller);
            decision.replyTo().tell(new Ack("market"));
        }
        for (LicenceDecision decision : toSellers.subList(1, toSellers.size())) {
            decision.replyTo().tell(new Ack(decision.sellerId()));
        }
        washington.expectNotDoneYet();
        toSellers.get(0).replyTo().tell(new Ack(toSellers.get(0).sellerId()));
        washington.expectDone(Phase.PERMITS, Step.RESOLVE);
        return toMarket.stream().map(d -> d.sellerId() + " " + d.chipId() + " " + d.requestedUnits() + " "
                + d.grantedUnits()).toList();
    }

    @Test
    void decidesLicencesInSellerAndChipOrderSharingTheVolumeCap() {
        // H100 and B20 licensed, B200 banned; half of last quarter's 1,000 H100 sold outside China
        // may go to China: a cap of 500 for 650 licensable units asked.
        ExportRules capped = rules(4800, 21000, 0.5, 0.3, Map.of());
        PublicState last = state().book("H100", book().filled(1_000, 0)).build();
        List<Request> sorted = List.of(new Request("acme", "B20", 100), new Request("nvidia", "B20", 150),
                new Request("nvidia", "B200", 100), new Request("nvidia", "H100", 400));
        long[] granted = ProRata.allocate(500, new long[] {100, 150, 0, 400});
        List<String> expected = List.of("acme B20 100 " + granted[0], "nvidia B20 150 " + granted[1],
                "nvidia B200 100 0", "nvidia H100 400 " + granted[3]);

        assertEquals(expected, license(sorted, capped, last));
        assertEquals(expected, license(List.of(sorted.get(3), sorted.get(1), sorted.get(2), sorted.get(0)), capped,
                last), "arrival order does not matter");
    }

    @Test
    void acknowledgesLicenceFeesAndReportsThem() {
        AgentDriver washington = washington(keepsItsRules(), rules(4800, 21000));
        washington.open(QUARTER, state().build());
        TestProbe<Ack> market = testKit.createTestProbe();

        washington.ref().tell(new FeeCollected("nvidia", "H100", 1_000_000, market.ref()));
        market.expectMessage(PATIENCE, new Ack(ID));
        washington.ref().tell(new FeeCollected("nvidia", "B20", 2_000_000, market.ref()));
        market.expectMessage(PATIENCE, new Ack(ID));
        AgentReport report = washington.close(testKit, state().lastQuarter(QUARTER).build());

        assertEquals(3_000_000, report.money().feesCollectedUsd());
        assertEquals(3_000_000.0, report.state().get("feesUsd"));
    }
}
