package chipsim.market;

import static org.junit.jupiter.api.Assertions.assertEquals;

import akka.actor.testkit.typed.javadsl.ActorTestKit;
import akka.actor.testkit.typed.javadsl.TestProbe;
import akka.actor.typed.ActorRef;
import chipsim.market.protocol.Ack;
import chipsim.market.protocol.AgentCommand;
import chipsim.market.protocol.Directory;
import chipsim.market.protocol.MarketProtocol.Bid;
import chipsim.market.protocol.MarketProtocol.FeeCollected;
import chipsim.market.protocol.MarketProtocol.Fill;
import chipsim.market.protocol.MarketProtocol.Offer;
import chipsim.market.protocol.PermitProtocol.ImportDecision;
import chipsim.market.protocol.PermitProtocol.LicenceDecision;
import chipsim.market.protocol.Phase;
import chipsim.market.protocol.QuarterProtocol.CloseQuarter;
import chipsim.market.protocol.QuarterProtocol.Introduce;
import chipsim.market.protocol.QuarterProtocol.PhaseDone;
import chipsim.market.protocol.QuarterProtocol.PhaseReply;
import chipsim.market.protocol.QuarterProtocol.PhaseStarted;
import chipsim.market.protocol.QuarterProtocol.QuarterOpened;
import chipsim.market.protocol.QuarterProtocol.Ready;
import chipsim.market.protocol.RulesProtocol.ExportRulesPublished;
import chipsim.market.protocol.Step;
import chipsim.market.report.MarketReport;
import chipsim.market.report.PublicState;
import chipsim.market.report.QuarterReport;
import chipsim.market.rules.ExportRules;
import chipsim.market.rules.ImportPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class MarketActorTest {

    static final ActorTestKit testKit = ActorTestKit.create();
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Quarter Q = Quarter.parse("2026Q1");

    private static final Chip H200 = new Chip("H200", "nvidia", "US", 989, 141, 4.8, 900, 15824, 4000, 28000, 28,
            false, null, null, null, 0);
    private static final ChipCatalogue CATALOGUE = new ChipCatalogue(List.of(H200), 0.6);
    private static final ExportRules LICENSING = ExportRules.classify(CATALOGUE.all(), 4800, 21000, 0.25, 0, 0.3, 4,
            Map.of(), Map.of());

    @AfterAll
    static void shutdown() {
        testKit.shutdownTestKit();
    }

    @Test
    void clearsWhenTradeResolvesAndReportsDoneOnlyAfterEveryFillIsAcknowledged() {
        TestProbe<AgentCommand> washington = testKit.createTestProbe();
        TestProbe<AgentCommand> nvidia = testKit.createTestProbe();
        TestProbe<AgentCommand> buyer = testKit.createTestProbe();
        TestProbe<PhaseReply> clock = testKit.createTestProbe();
        ActorRef<AgentCommand> market = testKit.spawn(MarketActor.create("market", CATALOGUE, LICENSING,
                ImportPolicy.openDoor()));
        TreeMap<String, ActorRef<AgentCommand>> refs = new TreeMap<>();
        refs.put("washington", washington.ref());
        refs.put("nvidia", nvidia.ref());
        refs.put("bytedance", buyer.ref());
        refs.put("market", market);
        TreeMap<String, String> roles = new TreeMap<>(Map.of("washington", "washington", "nvidia", "nvidia",
                "bytedance", "buyer", "market", "market"));
        market.tell(new Introduce(new Directory(refs, roles), clock.ref()));
        clock.expectMessage(WAIT, new Ready("market", java.util.Set.of(), java.util.Set.of(Phase.TRADE)));

        PublicState none = new PublicState(null, new TreeMap<>(), 0, 0, 0, 0, 0, 0, 0, 0, LICENSING,
                ImportPolicy.openDoor());
        market.tell(new QuarterOpened(Q, none, List.of(), clock.ref()));
        clock.expectMessage(WAIT, new PhaseDone("market", Q, Phase.OPEN, Step.ACT));

        market.tell(new ExportRulesPublished("washington", LICENSING, washington.ref().narrow()));
        washington.expectMessage(WAIT, new Ack("market"));
        market.tell(new LicenceDecision("nvidia", "H200", 100, 100, 0.25, nvidia.ref().narrow()));
        nvidia.expectMessage(WAIT, new Ack("market"));
        market.tell(new ImportDecision("bytedance", "H200", 60, 60, buyer.ref().narrow()));
        buyer.expectMessage(WAIT, new Ack("market"));
        market.tell(new Offer("nvidia", "H200", 100, 20000, true, Channel.LICENSED, nvidia.ref().narrow()));
        nvidia.expectMessage(WAIT, new Ack("market"));
        market.tell(new Bid("bytedance", Region.CN, "H200", 80, 25000, false, Long.MAX_VALUE, buyer.ref().narrow()));
        buyer.expectMessage(WAIT, new Ack("market"));

        market.tell(new PhaseStarted(Q, Phase.TRADE, Step.RESOLVE, clock.ref()));
        ActorRef<Ack> marketAcks = market.narrow();
        Fill expected = new Fill("nvidia", "bytedance", "H200", 60, 20000, Channel.LICENSED, 300_000, marketAcks);
        assertEquals(expected, nvidia.expectMessageClass(Fill.class, WAIT));
        assertEquals(expected, buyer.expectMessageClass(Fill.class, WAIT));
        assertEquals(new FeeCollected("nvidia", "H200", 300_000, marketAcks),
                washington.expectMessageClass(FeeCollected.class, WAIT));
        market.tell(new Ack("nvidia"));
        market.tell(new Ack("bytedance"));
        clock.expectNoMessage(Duration.ofMillis(200));
        market.tell(new Ack("washington"));
        clock.expectMessage(WAIT, new PhaseDone("market", Q, Phase.TRADE, Step.RESOLVE));

        TestProbe<QuarterReport> reports = testKit.createTestProbe();
        market.tell(new CloseQuarter(Q, null, reports.ref()));
        MarketReport report = (MarketReport) reports.expectMessageClass(MarketReport.class, WAIT);
        assertEquals(1, report.fills().size());
        assertEquals(20, report.books().get("H200").unfilledChinaUnits());
        assertEquals(LICENSING, report.exportRules());
    }
}
