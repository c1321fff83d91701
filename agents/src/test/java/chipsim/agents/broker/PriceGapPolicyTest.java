package chipsim.agents.broker;

import static chipsim.agents.Fixtures.QUARTER;
import static chipsim.agents.Fixtures.book;
import static chipsim.agents.Fixtures.policy;
import static chipsim.agents.Fixtures.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.market.report.PublicState;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PriceGapPolicyTest {

    private final BrokerPolicy policy = policy(new PriceGapPolicy.Factory(), Map.of("appetite", 0.5,
            "markupStep", 0.1, "minMarkup", 0.2, "maxCashShare", 0.8, "bidPremium", 0.3), BrokerPolicy.class);

    /** China bid for 100,000 H100 it could not get legally last quarter, at about $30,000. */
    private final PublicState unmetDemand = state()
            .book("H100", book().offered(1_000_000, 0).filled(900_000, 0).unfilledChina(100_000).price(30_000)).build();

    private static BrokerObservation seen(long cashUsd, Map<String, Boolean> soldOut, double seizureProbability,
            PublicState last) {
        return new BrokerObservation(QUARTER, cashUsd, List.of("H100"), new TreeMap<>(), new TreeMap<>(), 0.5,
                new TreeMap<>(soldOut), seizureProbability, last);
    }

    private static long units(BrokerPlan plan) {
        return plan.purchases().stream().mapToLong(BrokerPlan.Purchase::units).sum();
    }

    @Test
    void raisesItsMarkupAfterSellingOutAndLowersItAfterNot() {
        assertTrue(policy.plan(seen(0, Map.of("H100", true), 0.0, unmetDemand)).markup() > 0.5);
        assertTrue(policy.plan(seen(0, Map.of("H100", false), 0.0, unmetDemand)).markup() < 0.5);
    }

    @Test
    void neverMarksUpBelowWhatCoversItsSeizures() {
        double markup = 0.5;
        for (int quarter = 0; quarter < 20; quarter++) {
            BrokerObservation unsold = new BrokerObservation(QUARTER, 0, List.of(), new TreeMap<>(), new TreeMap<>(),
                    markup, new TreeMap<>(Map.of("H100", false)), 0.2, unmetDemand);
            markup = policy.plan(unsold).markup();
            assertTrue(markup >= 0.2 + 0.2 / 0.8 - 1e-9, "markup " + markup);
        }
    }

    @Test
    void buysLessWhenSeizureRiskIsHigher() {
        long cash = 100_000_000_000L;
        long lowRisk = units(policy.plan(seen(cash, Map.of(), 0.05, unmetDemand)));
        long highRisk = units(policy.plan(seen(cash, Map.of(), 0.5, unmetDemand)));

        assertTrue(lowRisk > 0);
        assertTrue(highRisk < lowRisk, highRisk + " units at high risk, " + lowRisk + " at low");
    }

    @Test
    void buysOnlyWhatChinaCouldNotGetAndNothingWhenItGotEverything() {
        long cash = 100_000_000_000L;
        PublicState satisfied = state()
                .book("H100", book().offered(1_000_000, 0).filled(900_000, 0).unfilledChina(0).price(30_000)).build();

        assertEquals(0, units(policy.plan(seen(cash, Map.of(), 0.1, satisfied))));
        SortedMap<String, Long> held = new TreeMap<>(Map.of("H100", 1_000_000L));
        BrokerObservation alreadyHolding = new BrokerObservation(QUARTER, cash, List.of("H100"), held, new TreeMap<>(),
                0.5, new TreeMap<>(), 0.1, unmetDemand);
        assertEquals(0, units(policy.plan(alreadyHolding)), "its stock already covers the gap");
    }

    @Test
    void neverCommitsMoreThanItsShareOfCash() {
        SplittableRandom random = new SplittableRandom(9);
        for (int i = 0; i < 300; i++) {
            long cash = random.nextLong(0, 10_000_000_000L);
            PublicState last = state().book("H100", book().unfilledChina(random.nextLong(0, 2_000_000))
                    .price(random.nextLong(1_000, 60_000))).build();

            BrokerPlan plan = policy.plan(seen(cash, Map.of(), random.nextDouble(), last));

            long committed = plan.purchases().stream().mapToLong(p -> p.units() * p.maxPriceUsd()).sum();
            assertTrue(committed <= 0.8 * cash, committed + " committed of " + cash);
        }
    }
}
