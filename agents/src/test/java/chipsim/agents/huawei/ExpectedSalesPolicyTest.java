package chipsim.agents.huawei;

import static chipsim.agents.Fixtures.QUARTER;
import static chipsim.agents.Fixtures.book;
import static chipsim.agents.Fixtures.catalogue;
import static chipsim.agents.Fixtures.chip;
import static chipsim.agents.Fixtures.firstState;
import static chipsim.agents.Fixtures.policy;
import static chipsim.agents.Fixtures.rules;
import static chipsim.agents.Fixtures.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.agents.forecast.DemandForecast;
import chipsim.market.Chip;
import chipsim.market.report.PublicState;
import chipsim.market.rules.ImportPolicy;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ExpectedSalesPolicyTest {

    private static final List<Chip> ASCENDS = List.of(chip("Ascend910B"), chip("Ascend910C"));
    private static final Map<String, Double> H100E = Map.of(
            "Ascend910B", catalogue().h100e("Ascend910B"), "Ascend910C", catalogue().h100e("Ascend910C"));
    private static final Map<String, Double> STACKS = Map.of("Ascend910B", 4.0, "Ascend910C", 8.0);

    private final HuaweiPolicy policy = policy(new ExpectedSalesPolicy.Factory(),
            Map.of("hbmCoverQuarters", 10.0, "stockCover", 0.0, "unfilledWeight", 0.5, "smoothing", 1.0,
                    "trendSmoothing", 0.0), HuaweiPolicy.class);

    private static HuaweiObservation inputs(long hbm, long inflow, long packaging, SortedMap<String, Long> stock,
            PublicState last, double forecast) {
        return new HuaweiObservation(QUARTER, ASCENDS, ASCENDS, 10_000_000, hbm, packaging,
                Map.of("Ascend910B", 1.0, "Ascend910C", 2.0), STACKS, H100E, new TreeMap<>(), stock, 1_000_000_000L,
                last, inflow, forecast, 0);
    }

    private static PublicState sold(long units910C, long unfilledAtAsk) {
        return state().book("Ascend910C", book().offered(units910C + 1_000, units910C + 1_000)
                .bid(units910C + unfilledAtAsk, units910C + unfilledAtAsk).bidAtAsk(units910C + unfilledAtAsk)
                .filled(units910C, units910C).price(20_000)).build();
    }

    @Test
    void spreadsTheHbmStockpileOverItsCoverAndUsesEveryDomesticStack() {
        // 8.0M stacks of which 0.5M arrived this quarter: it may use 0.5M + 7.5M / 10 = 1.25M stacks,
        // 156,250 910C, though the stockpile alone would make a million.
        HuaweiObservation first = inputs(8_000_000, 500_000, 10_000_000, new TreeMap<>(),
                firstState(rules(4800, 4800), ImportPolicy.openDoor()), 0);

        ProductionPlan plan = policy.plan(first);

        assertEquals(Map.of("Ascend910C", 156_250L), plan.unitsByChip());
        assertEquals("hbm", plan.limit());
        assertTrue(first.fits(plan.unitsByChip()));
    }

    @Test
    void makesOnlyWhatItExpectsToSellLessItsStockAndSaysDemandLimitedIt() {
        // Last quarter 40k 910C sold and 20k more were bid at its ask: demand 40k + 0.5 x 20k = 50k units.
        SortedMap<String, Long> stock = new TreeMap<>(Map.of("Ascend910C", 10_000L));
        HuaweiObservation glut = inputs(8_000_000, 500_000, 10_000_000, stock, sold(40_000, 20_000), 0);

        ProductionPlan plan = policy.plan(glut);

        assertEquals(Map.of("Ascend910C", 40_000L), plan.unitsByChip());
        assertEquals("demand", plan.limit());
        assertEquals(50_000 * H100E.get("Ascend910C"), plan.forecastH100e(), 1e-6);
    }

    @Test
    void moreHbmMeansMoreOutputWhenHbmBinds() {
        PublicState hungry = sold(400_000, 400_000);
        long lessHbm = policy.plan(inputs(4_000_000, 500_000, 10_000_000, new TreeMap<>(), hungry, 0))
                .unitsByChip().get("Ascend910C");
        long moreHbm = policy.plan(inputs(4_000_000 + 2_000_000, 2_500_000, 10_000_000, new TreeMap<>(), hungry, 0))
                .unitsByChip().get("Ascend910C");

        assertTrue(moreHbm > lessHbm * 1.1, moreHbm + " vs " + lessHbm);
    }

    @Test
    void investsInPackagingOnlyWhenPackagingBinds() {
        PublicState hungry = sold(400_000, 400_000);
        ProductionPlan packagingShort = policy.plan(inputs(8_000_000, 500_000, 10_000, new TreeMap<>(), hungry, 0));
        ProductionPlan hbmShort = policy.plan(inputs(8_000_000, 500_000, 10_000_000, new TreeMap<>(), hungry, 0));

        assertEquals("packaging", packagingShort.limit());
        assertTrue(packagingShort.investmentUsd() > 0);
        assertEquals(0, hbmShort.investmentUsd());
    }

    @Test
    void theForecastFollowsATrendAndForgetsOneOddQuarter() {
        DemandForecast forecast = DemandForecast.NONE;
        for (double demand : new double[] {100, 110, 121, 133.1}) {
            forecast = forecast.update(demand, 0.5, 0.5, 1.0);
        }
        assertTrue(forecast.growth() > 0.03 && forecast.next() > 133.1 * 0.95, forecast.toString());
        DemandForecast odd = forecast.update(1_000, 0.5, 0.5, 1.0);
        assertTrue(odd.growth() <= 1.0 && odd.next() < 1_000 * 2, odd.toString());
        assertEquals(0, DemandForecast.NONE.update(Double.NaN, 0.5, 0.5, 1).level());
    }
}
