package chipsim.agents.beijing;

import static chipsim.agents.Fixtures.PATIENCE;
import static chipsim.agents.Fixtures.QUARTER;
import static chipsim.agents.Fixtures.rules;
import static chipsim.agents.Fixtures.state;
import static org.junit.jupiter.api.Assertions.assertEquals;

import akka.actor.testkit.typed.javadsl.ActorTestKit;
import akka.actor.testkit.typed.javadsl.TestProbe;
import chipsim.agents.AgentDriver;
import chipsim.agents.Fixtures;
import chipsim.agents.Roles;
import chipsim.market.ProRata;
import chipsim.market.protocol.Ack;
import chipsim.market.protocol.PermitProtocol.ImportDecision;
import chipsim.market.protocol.PermitProtocol.ImportReply;
import chipsim.market.protocol.PermitProtocol.ImportRequest;
import chipsim.market.protocol.Phase;
import chipsim.market.protocol.RulesProtocol.ImportPolicyPublished;
import chipsim.market.protocol.RulesProtocol.SubsidyGranted;
import chipsim.market.protocol.Step;
import chipsim.market.rules.ChipImportTerms;
import chipsim.market.rules.ImportPolicy;
import chipsim.market.rules.ImportStance;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class BeijingActorTest {

    static final ActorTestKit testKit = ActorTestKit.create();

    private static final String ID = "beijing";
    private static final long SUBSIDY_USD = 500_000_000L;
    private static final Map<String, String> OTHERS = Map.of("washington", Roles.WASHINGTON, "huawei", Roles.HUAWEI,
            "nvidia", Roles.NVIDIA, "alibaba", Roles.BUYER, "bytedance", Roles.BUYER, "tencent", Roles.BUYER,
            "market", "market");

    /**
     * H100: a quota of 1,000 for every buyer; B200: a quota of 1,000 for alibaba and bytedance
     * only; H20 barred.
     */
    private static final BeijingPolicy QUOTAS = observation -> new ImportPlan(new TreeMap<>(Map.of(
            "H100", new ChipImportTerms(ImportStance.QUOTA, 1_000, new TreeSet<>()),
            "B200", new ChipImportTerms(ImportStance.QUOTA, 1_000, new TreeSet<>(Set.of("alibaba", "bytedance"))),
            "H20", ChipImportTerms.of(ImportStance.BARRED))), 0.2, SUBSIDY_USD, "quotas");

    @AfterAll
    static void shutdown() {
        testKit.shutdownTestKit();
    }

    private static AgentDriver beijing() {
        return AgentDriver.introduce(testKit, ID, Roles.BEIJING, BeijingActor.create(Fixtures.agent(ID, Roles.BEIJING,
                QUOTAS, BeijingActor.SETUP, Map.of(), BeijingActor.PAYOFF, rules(4800, 40000),
                ImportPolicy.openDoor())), OTHERS);
    }

    @Test
    void publishesItsPolicyToEveryonePaysHuaweiAndReportsDoneOnlyAfterEveryAck() {
        AgentDriver beijing = beijing();
        beijing.open(QUARTER, state().build());

        beijing.start(Phase.POLICY, Step.ACT);
        for (String id : OTHERS.keySet()) {
            ImportPolicyPublished published = beijing.expect(id, ImportPolicyPublished.class);
            assertEquals(ID, published.publisherId());
            assertEquals(ImportStance.BARRED, published.policy().stance("H20"), "the policy's decision");
            assertEquals(0.2, published.policy().domesticRatio(), 1e-9);
            published.replyTo().tell(new Ack(id));
        }
        SubsidyGranted subsidy = beijing.expect("huawei", SubsidyGranted.class);
        assertEquals(ID, subsidy.grantorId());
        assertEquals(SUBSIDY_USD, subsidy.usd());
        beijing.expectNotDoneYet();
        subsidy.replyTo().tell(new Ack("huawei"));
        beijing.expectDone(Phase.POLICY, Step.ACT);
    }

    private record Request(String buyerId, String chipId, long units) {}

    /** One quarter of import permits; returns the market's decisions as (buyer chip requested approved). */
    private static List<String> approve(List<Request> arrivals) {
        AgentDriver beijing = beijing();
        beijing.open(QUARTER, state().build());
        beijing.start(Phase.POLICY, Step.ACT);
        for (String id : OTHERS.keySet()) {
            beijing.expect(id, ImportPolicyPublished.class).replyTo().tell(new Ack(id));
        }
        beijing.expect("huawei", SubsidyGranted.class).replyTo().tell(new Ack("huawei"));
        beijing.expectDone(Phase.POLICY, Step.ACT);

        beijing.run(Phase.PERMITS, Step.ACT);
        Map<String, TestProbe<ImportReply>> buyers = new TreeMap<>();
        for (Request request : arrivals) {
            TestProbe<ImportReply> buyer = buyers.computeIfAbsent(request.buyerId(), testKit::createTestProbe);
            beijing.ref().tell(new ImportRequest(request.buyerId(), request.chipId(), request.units(), buyer.ref()));
            buyer.expectMessage(PATIENCE, new Ack(ID));
        }
        beijing.start(Phase.PERMITS, Step.RESOLVE);
        List<ImportDecision> toMarket = new ArrayList<>();
        for (int i = 0; i < arrivals.size(); i++) {
            ImportDecision decision = beijing.expect("market", ImportDecision.class);
            assertEquals(decision, buyers.get(decision.buyerId()).receiveMessage(PATIENCE),
                    "the requester and the market get the same decision");
            decision.replyTo().tell(new Ack("market"));
            toMarket.add(decision);
        }
        toMarket.subList(1, toMarket.size()).forEach(d -> d.replyTo().tell(new Ack(d.buyerId())));
        beijing.expectNotDoneYet();
        toMarket.get(0).replyTo().tell(new Ack(toMarket.get(0).buyerId()));
        beijing.expectDone(Phase.PERMITS, Step.RESOLVE);
        return toMarket.stream()
                .map(d -> d.buyerId() + " " + d.chipId() + " " + d.requestedUnits() + " " + d.approvedUnits()).toList();
    }

    @Test
    void sharesEachQuotaInBuyerIdOrderWhateverTheArrivalOrder() {
        List<Request> arrivals = List.of(new Request("tencent", "H100", 600), new Request("alibaba", "H100", 300),
                new Request("bytedance", "B200", 2_000), new Request("bytedance", "H100", 900),
                new Request("tencent", "B200", 500), new Request("alibaba", "H20", 100));
        long[] h100 = ProRata.allocate(1_000, new long[] {300, 900, 600});
        List<String> expected = List.of(
                "bytedance B200 2000 1000",
                "tencent B200 500 0",
                "alibaba H100 300 " + h100[0],
                "bytedance H100 900 " + h100[1],
                "tencent H100 600 " + h100[2],
                "alibaba H20 100 0");

        assertEquals(expected, approve(arrivals), "tencent is not eligible for B200; H20 is barred");
        List<Request> reversed = new ArrayList<>(arrivals);
        Collections.reverse(reversed);
        assertEquals(expected, approve(reversed), "arrival order does not matter");
    }
}
