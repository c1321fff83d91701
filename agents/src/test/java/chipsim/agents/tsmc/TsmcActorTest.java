package chipsim.agents.tsmc;

import static chipsim.agents.Fixtures.PATIENCE;
import static chipsim.agents.Fixtures.QUARTER;
import static chipsim.agents.Fixtures.rules;
import static chipsim.agents.Fixtures.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import akka.actor.testkit.typed.javadsl.ActorTestKit;
import akka.actor.testkit.typed.javadsl.TestProbe;
import chipsim.agents.AgentDriver;
import chipsim.agents.Fixtures;
import chipsim.agents.Roles;
import chipsim.market.ProRata;
import chipsim.market.protocol.Ack;
import chipsim.market.protocol.Phase;
import chipsim.market.protocol.Step;
import chipsim.market.protocol.SupplyProtocol.CapacityGrant;
import chipsim.market.protocol.SupplyProtocol.CapacityReply;
import chipsim.market.protocol.SupplyProtocol.CapacityRequest;
import chipsim.market.report.AgentReport;
import chipsim.market.rules.ImportPolicy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class TsmcActorTest {

    static final ActorTestKit testKit = ActorTestKit.create();

    private static final String ID = "tsmc";
    private static final long CAPACITY = 1_000;
    private static final long OTHER_CUSTOMERS = 500;

    @AfterAll
    static void shutdown() {
        testKit.shutdownTestKit();
    }

    private static AgentDriver tsmc() {
        TsmcPolicy policy = Fixtures.policy(new DemandExpansionPolicy.Factory(),
                Map.of("expandAboveDemandRatio", 1.0, "maxExpansionShare", 0.3), TsmcPolicy.class);
        Map<String, Object> setup = Map.of("capacityWafers", CAPACITY, "otherCustomersWafers", OTHER_CUSTOMERS,
                "otherCustomersGrowth", 0.0, "pricePerWaferUsd", 20_000, "costPerWaferUsd", 10_000,
                "leadTimeQuarters", 2, "expansionLagQuarters", 4);
        return AgentDriver.introduce(testKit, ID, Roles.TSMC, TsmcActor.create(Fixtures.agent(ID, Roles.TSMC, policy,
                TsmcActor.SETUP, setup, TsmcActor.PAYOFF, rules(4800, 4800), ImportPolicy.openDoor())),
                Map.of("nvidia", Roles.NVIDIA, "market", "market"));
    }

    /**
     * One supply phase: requests (requester to wafers) arrive in the given order during ACT;
     * returns the wafers granted per requester in RESOLVE.
     */
    private static SortedMap<String, Long> allocate(AgentDriver tsmc, Map<String, Long> arrivals) {
        tsmc.open(QUARTER, state().build());
        tsmc.run(Phase.SUPPLY, Step.ACT);
        Map<String, TestProbe<CapacityReply>> requesters = new TreeMap<>();
        arrivals.forEach((id, wafers) -> {
            TestProbe<CapacityReply> requester = testKit.createTestProbe(id);
            requesters.put(id, requester);
            tsmc.ref().tell(new CapacityRequest(id, wafers, requester.ref()));
            requester.expectMessage(PATIENCE, new Ack(ID));
        });

        tsmc.start(Phase.SUPPLY, Step.RESOLVE);
        SortedMap<String, Long> granted = new TreeMap<>();
        List<CapacityGrant> grants = new ArrayList<>();
        requesters.forEach((id, requester) -> {
            CapacityGrant grant = assertInstanceOf(CapacityGrant.class, requester.receiveMessage(PATIENCE));
            assertEquals(ID, grant.foundryId());
            assertEquals(2, grant.leadTimeQuarters());
            assertEquals(20_000, grant.pricePerWaferUsd());
            granted.put(id, grant.wafers());
            grants.add(grant);
        });
        grants.subList(1, grants.size()).forEach(g -> g.replyTo().tell(new Ack("requester")));
        tsmc.expectNotDoneYet();
        grants.get(0).replyTo().tell(new Ack("requester"));
        tsmc.expectDone(Phase.SUPPLY, Step.RESOLVE);
        return granted;
    }

    private static Map<String, Long> inOrder(Object... idsAndWafers) {
        Map<String, Long> arrivals = new LinkedHashMap<>();
        for (int i = 0; i < idsAndWafers.length; i += 2) {
            arrivals.put((String) idsAndWafers[i], ((Number) idsAndWafers[i + 1]).longValue());
        }
        return arrivals;
    }

    @Test
    void sharesScarceCapacityInRequesterIdOrderWithItsOtherCustomers() {
        // Three equal claims on 1,000 wafers: 333 each and one left over, which goes to the claim
        // listed first. Requesters are listed in id order, the foundry's other customers last.
        long[] shares = ProRata.allocate(CAPACITY, new long[] {OTHER_CUSTOMERS, OTHER_CUSTOMERS, OTHER_CUSTOMERS});
        SortedMap<String, Long> expected = new TreeMap<>(Map.of("amd", shares[0], "nvidia", shares[1]));

        AgentDriver tsmc = tsmc();
        assertEquals(expected, allocate(tsmc, inOrder("nvidia", OTHER_CUSTOMERS, "amd", OTHER_CUSTOMERS)));
        assertEquals(expected, allocate(tsmc(), inOrder("amd", OTHER_CUSTOMERS, "nvidia", OTHER_CUSTOMERS)),
                "arrival order does not matter");

        AgentReport report = tsmc.close(testKit, state().lastQuarter(QUARTER).build());
        assertTrue(report.state().get("utilisation") <= 1.0);
        assertTrue(report.state().get("underConstructionWafers") > 0, "demand of 1,500 on 1,000 wafers: it builds");
    }

    @Test
    void neverGrantsMoreThanAskedOrMoreThanItHas() {
        SortedMap<String, Long> ample = allocate(tsmc(), inOrder("nvidia", 200, "amd", 100));
        assertEquals(Map.of("amd", 100L, "nvidia", 200L), ample, "capacity to spare: every request met");

        SortedMap<String, Long> scarce = allocate(tsmc(), inOrder("nvidia", 5_000, "amd", 4_000));
        long total = scarce.values().stream().mapToLong(Long::longValue).sum();
        assertTrue(scarce.get("nvidia") <= 5_000 && scarce.get("amd") <= 4_000);
        assertTrue(total <= CAPACITY, total + " wafers granted of " + CAPACITY);
    }
}
