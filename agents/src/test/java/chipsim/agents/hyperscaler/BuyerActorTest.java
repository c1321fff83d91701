package chipsim.agents.hyperscaler;

import static chipsim.agents.Fixtures.PATIENCE;
import static chipsim.agents.Fixtures.QUARTER;
import static chipsim.agents.Fixtures.book;
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
import chipsim.market.Region;
import chipsim.market.protocol.Ack;
import chipsim.market.protocol.MarketProtocol.Bid;
import chipsim.market.protocol.MarketProtocol.Fill;
import chipsim.market.protocol.PermitProtocol.ImportDecision;
import chipsim.market.protocol.PermitProtocol.ImportRequest;
import chipsim.market.protocol.Phase;
import chipsim.market.protocol.Step;
import chipsim.market.report.AgentReport;
import chipsim.market.report.PublicState;
import chipsim.market.rules.ChipImportTerms;
import chipsim.market.rules.ImportPolicy;
import chipsim.market.rules.ImportStance;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class BuyerActorTest {

    static final ActorTestKit testKit = ActorTestKit.create();

    private static final Map<String, String> OTHERS = Map.of("beijing", Roles.BEIJING, "washington", Roles.WASHINGTON,
            "nvidia", Roles.NVIDIA, "market", "market");
    private static final long QUARTERLY_BUDGET_USD = 1_000_000_000L;

    /** Washington licenses H20 and H100 and bans B200; Beijing bars H20. */
    private static final ImportPolicy H20_BARRED = new ImportPolicy(
            new TreeMap<>(Map.of("H20", ChipImportTerms.of(ImportStance.BARRED))), 0.0);

    /** Bids for one chip of every kind, whatever it sees: what reaches Beijing is the actor's filter alone. */
    /** Bids for every chip it could buy (a bid for any other is refused by the check). */
    private static final BuyerPolicy BIDS_FOR_EVERYTHING = observation -> PurchasePlan.committing(observation.options()
            .stream().map(o -> new PurchasePlan.PlannedBid(o.chipId(), 100, 30_000, !o.domestic())).toList());

    @AfterAll
    static void shutdown() {
        testKit.shutdownTestKit();
    }

    static AgentDriver buyer(String id, Region region, BuyerPolicy policy) {
        Map<String, Object> setup = Map.of("region", region.name(),
                "annualBudgetUsd", Map.of(Integer.toString(QUARTER.year()), 4 * QUARTERLY_BUDGET_USD),
                "annualDemandH100e", Map.of(Integer.toString(QUARTER.year()), 400_000), "cashUsd", 0,
                "banHazard", 0.05, "greyPremium", 0.5);
        return AgentDriver.introduce(testKit, id, Roles.BUYER, BuyerActor.create(Fixtures.agent(id, Roles.BUYER, policy,
                BuyerActor.SETUP, setup, BuyerActor.PAYOFF, rules(2000, 16000), H20_BARRED)), OTHERS);
    }

    private static PublicState lastQuarter() {
        return state().rules(rules(2000, 16000)).imports(H20_BARRED)
                .book("H100", book().offered(10_000, 5_000).filled(8_000, 4_000).bid(10_000, 5_000).price(25_000))
                .book("Ascend910C", book().offered(5_000, 5_000).filled(4_000, 4_000).bid(4_000, 4_000).price(28_000))
                .build();
    }

    @Test
    void asksBeijingToImportOnlyUsChipsNeitherBannedNorBarred() {
        AgentDriver bytedance = buyer("bytedance", Region.CN, BIDS_FOR_EVERYTHING);
        bytedance.open(QUARTER, lastQuarter());

        bytedance.start(Phase.PERMITS, Step.ACT);
        // Not H20 (barred by Beijing), B200 (banned by Washington) or Ascend (domestic): a second
        // request would hold the barrier, as it is never acknowledged here.
        ImportRequest request = bytedance.expect("beijing", ImportRequest.class);
        assertEquals(new ImportRequest("bytedance", "H100", 100, request.replyTo()), request);
        bytedance.expectNotDoneYet();
        request.replyTo().tell(new Ack("beijing"));
        bytedance.expectDone(Phase.PERMITS, Step.ACT);

        TestProbe<Ack> beijing = testKit.createTestProbe();
        bytedance.ref().tell(new ImportDecision("bytedance", "H100", 100, 60, beijing.ref()));
        beijing.expectMessage(PATIENCE, new Ack("bytedance"));
    }

    @Test
    void aBuyerOutsideChinaAsksBeijingForNothing() {
        AgentDriver usCloud = buyer("us-clouds", Region.US, BIDS_FOR_EVERYTHING);
        usCloud.open(QUARTER, lastQuarter());

        // Done at once: nothing was sent that would need an acknowledgement.
        usCloud.run(Phase.PERMITS, Step.ACT);

        usCloud.start(Phase.TRADE, Step.ACT);
        List<Bid> bids = usCloud.collectUntilDone("market", Bid.class, Phase.TRADE, Step.ACT,
                b -> b.replyTo().tell(new Ack("market")));
        bids.forEach(b -> assertEquals(Region.US, b.region()));
    }

    @Test
    void bidsInTradeWithinItsCashAndPaysForItsFills() {
        BuyerPolicy valuePerDollar = Fixtures.policy(new ValuePerDollarPolicy.Factory(), Map.of("sharpness", 4.0,
                "bidPremium", 0.1, "discouragedPenalty", 0.5, "greyRiskDiscount", 0.3, "domesticPenalty", 0.2,
                "frontLoad", 1.0, "catchUp", 0.25, "valuePerH100eUsd", 100_000, "acceptGrey", true), BuyerPolicy.class);
        AgentDriver bytedance = buyer("bytedance", Region.CN, valuePerDollar);
        bytedance.open(QUARTER, lastQuarter());
        bytedance.start(Phase.PERMITS, Step.ACT);
        bytedance.collectUntilDone("beijing", ImportRequest.class, Phase.PERMITS, Step.ACT,
                r -> r.replyTo().tell(new Ack("beijing")));

        bytedance.start(Phase.TRADE, Step.ACT);
        List<Bid> bids = bytedance.collectUntilDone("market", Bid.class, Phase.TRADE, Step.ACT,
                b -> b.replyTo().tell(new Ack("market")));
        long committed = bids.stream().mapToLong(b -> b.units() * b.maxPriceUsd()).sum();
        assertTrue(committed > 0 && committed <= QUARTERLY_BUDGET_USD,
                committed + " committed; the quarter's budget is all its cash");
        for (Bid bid : bids) {
            assertEquals("bytedance", bid.buyerId());
            assertEquals(Region.CN, bid.region());
        }
        assertFalse(bids.stream().anyMatch(b -> b.chipId().equals("H20")), "barred, and no grey route for it");

        Bid first = bids.get(0);
        TestProbe<Ack> market = testKit.createTestProbe();
        bytedance.ref().tell(new Fill("seller", "bytedance", first.chipId(), first.units(), first.maxPriceUsd(),
                Channel.DIRECT, 0, market.ref()));
        market.expectMessage(PATIENCE, new Ack("bytedance"));
        AgentReport report = bytedance.close(testKit, state().lastQuarter(QUARTER).build());
        assertEquals(first.units() * first.maxPriceUsd(), report.money().paidForChipsUsd());
        assertEquals(QUARTERLY_BUDGET_USD - first.units() * first.maxPriceUsd(), report.money().cashEndUsd());
    }

    /** The fill chance of Huawei's 910B it sees in the second quarter, after China bid {@code chinaBids} and none was offered. */
    private static double fillChanceAfterNoOffers(long chinaBids) {
        List<Double> seen = new java.util.ArrayList<>();
        BuyerPolicy watching = observation -> {
            observation.options().stream().filter(o -> o.chipId().equals("Ascend910B"))
                    .forEach(o -> seen.add(o.fillChance()));
            return new PurchasePlan(List.of(), 0);
        };
        AgentDriver buyer = buyer("bytedance-" + chinaBids, Region.CN, watching);
        buyer.open(QUARTER, state().rules(rules(2000, 16000)).imports(H20_BARRED)
                .book("Ascend910B", book().offered(5_000, 5_000).filled(5_000, 5_000).bid(5_000, 5_000).price(17_000))
                .build());
        buyer.run(Phase.PERMITS, Step.ACT);
        buyer.run(Phase.TRADE, Step.ACT);
        buyer.close(testKit, state().lastQuarter(QUARTER).build());
        buyer.open(QUARTER.next(), state().lastQuarter(QUARTER).rules(rules(2000, 16000)).imports(H20_BARRED)
                .book("Ascend910B", book().offered(0, 0).filled(0, 0).bid(chinaBids, chinaBids).price(17_000))
                .build());
        buyer.run(Phase.PERMITS, Step.ACT);
        return seen.get(seen.size() - 1);
    }

    /**
     * A chip still in production that its maker stopped offering: bids that met no offer at all are
     * a fill of zero, not a quarter without news (China kept bidding for the 910B at a fill chance
     * of 1 in 2025, none offered); with no bids the estimate stays.
     */
    @Test
    void bidsThatMetNoOfferAtAllLowerTheFillItExpects() {
        assertEquals(1.0, fillChanceAfterNoOffers(0), 1e-9, "nobody bid: no news");
        assertEquals(0.5, fillChanceAfterNoOffers(40_000), 1e-9, "its region bid and got nothing");
    }
}
