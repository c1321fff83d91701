package chipsim.agents.hyperscaler;

import static chipsim.agents.Fixtures.QUARTER;
import static chipsim.agents.Fixtures.catalogue;
import static chipsim.agents.Fixtures.policy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.agents.beliefs.BanBeliefs;
import chipsim.market.Region;
import chipsim.market.rules.ImportStance;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Beliefs from what buyers can see, and the orders that follow from them (docs/model.md, "Beliefs"). */
class BanBeliefsTest {

    private static final BanBeliefs.Settings SETTINGS = new BanBeliefs.Settings(0.05, 3.5, 0.3, 3, 0.8, 0.5);
    private static final BanBeliefs.Evidence NOTHING = new BanBeliefs.Evidence(false, 0.5, false,
            BanBeliefs.Evidence.NO_RUMOUR);

    private static double after(BanBeliefs.Evidence evidence) {
        return BanBeliefs.update(0.0, evidence, SETTINGS);
    }

    @Test
    void aChipNoSignalPutsInPlayGetsNoBeliefAndBeliefsFade() {
        assertEquals(0.0, after(NOTHING));
        assertEquals(0.2, BanBeliefs.update(0.4, NOTHING, SETTINGS), 1e-12);
    }

    @Test
    void aRumourATriggerApproachedAndASiblingBanEachRaiseTheBelief() {
        double rumour = after(new BanBeliefs.Evidence(false, 0.5, false, 0.6));
        double reviewSlow = after(new BanBeliefs.Evidence(true, 0.1, false, BanBeliefs.Evidence.NO_RUMOUR));
        double reviewFast = after(new BanBeliefs.Evidence(true, 0.5, false, BanBeliefs.Evidence.NO_RUMOUR));
        double sibling = after(new BanBeliefs.Evidence(false, 0.5, true, BanBeliefs.Evidence.NO_RUMOUR));
        assertTrue(rumour > 0.4 && rumour < 0.6, "a rumour of 0.6 from a reliable source: " + rumour);
        assertTrue(reviewFast > reviewSlow && reviewSlow > 0.05,
                "the review is more alarming the faster China grows: " + reviewSlow + " " + reviewFast);
        assertTrue(sibling > 0.05, "a ban on a sibling chip: " + sibling);
        double both = after(new BanBeliefs.Evidence(true, 0.5, true, BanBeliefs.Evidence.NO_RUMOUR));
        assertTrue(both > reviewFast && both > sibling, "signals add up");
    }

    @Test
    void pastReversalsMakeASignalMoreBelievableButPutNoChipInPlayAlone() {
        BanBeliefs.Settings withReversals = new BanBeliefs.Settings(0.05, 3.5, 0.3, 3, 0.8, 0.5, 2.0);
        BanBeliefs.Evidence review = new BanBeliefs.Evidence(true, 0.5, false, BanBeliefs.Evidence.NO_RUMOUR, 0);
        BanBeliefs.Evidence reviewAfterAReversal = new BanBeliefs.Evidence(true, 0.5, false,
                BanBeliefs.Evidence.NO_RUMOUR, 1);
        BanBeliefs.Evidence reviewAfterTwo = new BanBeliefs.Evidence(true, 0.5, false, BanBeliefs.Evidence.NO_RUMOUR, 2);
        double none = BanBeliefs.update(0, review, withReversals);
        double one = BanBeliefs.update(0, reviewAfterAReversal, withReversals);
        double two = BanBeliefs.update(0, reviewAfterTwo, withReversals);
        assertTrue(two > one && one > none, none + " " + one + " " + two);
        assertEquals(none, BanBeliefs.update(0, reviewAfterAReversal, SETTINGS), 1e-12, "a ratio of 1: no effect");
        assertEquals(0.0, BanBeliefs.update(0, new BanBeliefs.Evidence(false, 0.5, false,
                BanBeliefs.Evidence.NO_RUMOUR, 2), withReversals), "no signal: still no belief");
    }

    @Test
    void aHigherBeliefMeansMoreOrdersOfThatChip() {
        BuyerPolicy buyer = policy(new ValuePerDollarPolicy.Factory(), Map.of(), BuyerPolicy.class);
        long calm = h20Units(buyer, 0.0);
        for (double belief : new double[] {
                after(new BanBeliefs.Evidence(false, 0.5, false, 0.6)),
                after(new BanBeliefs.Evidence(true, 0.5, false, BanBeliefs.Evidence.NO_RUMOUR)),
                after(new BanBeliefs.Evidence(false, 0.5, true, BanBeliefs.Evidence.NO_RUMOUR))}) {
            assertTrue(h20Units(buyer, belief) > calm, "belief " + belief + ": front-loading");
        }
    }

    private static long h20Units(BuyerPolicy buyer, double belief) {
        ChipOption h20 = new ChipOption("H20", catalogue().h100e("H20"), 12_000, Route.LICENSED, ImportStance.ALLOWED,
                belief, false, 1.0);
        ChipOption ascend = new ChipOption("Ascend910C", catalogue().h100e("Ascend910C"), 28_000, Route.DIRECT,
                ImportStance.ALLOWED, 0, true, 1.0);
        BuyerObservation seen = new BuyerObservation(QUARTER, "bytedance", Region.CN, 5_000_000_000L,
                1_000_000_000L, 1e9, List.of(h20, ascend), 0, 100_000);
        return buyer.plan(seen).bids().stream().filter(b -> b.chipId().equals("H20"))
                .mapToLong(PurchasePlan.PlannedBid::units).sum();
    }
}
