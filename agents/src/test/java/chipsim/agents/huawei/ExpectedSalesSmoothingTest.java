package chipsim.agents.huawei;

import static chipsim.agents.Fixtures.QUARTER;
import static chipsim.agents.Fixtures.book;
import static chipsim.agents.Fixtures.catalogue;
import static chipsim.agents.Fixtures.chip;
import static chipsim.agents.Fixtures.policy;
import static chipsim.agents.Fixtures.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.market.Chip;
import chipsim.market.report.PublicState;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Huawei's production smoothing and launch price (docs/model.md, "Huawei"). */
class ExpectedSalesSmoothingTest {

    private static final List<Chip> ASCENDS = List.of(chip("Ascend910B"), chip("Ascend910C"));
    private static final Map<String, Double> H100E = Map.of(
            "Ascend910B", catalogue().h100e("Ascend910B"), "Ascend910C", catalogue().h100e("Ascend910C"));

    private static ExpectedSalesPolicy huawei(double tau, boolean launchAtGoingRate) {
        Map<String, Object> params = new HashMap<>(Map.of("stockCover", 0.5, "inventoryAdjustmentQuarters", tau,
                "launchAtGoingRate", launchAtGoingRate));
        return policy(new ExpectedSalesPolicy.Factory(), params, ExpectedSalesPolicy.class);
    }

    @Test
    void aStockGapIsClosedOverTauQuarters() {
        // Sales of 100 expected, a cover of 50 wanted, 250 held: a glut of 200.
        assertEquals(0, huawei(1, false).wantedH100e(100, 250), 1e-9, "tau = 1 stops making at once");
        assertEquals(0, huawei(2, false).wantedH100e(100, 250), 1e-9);
        assertEquals(50, huawei(4, false).wantedH100e(100, 250), 1e-9, "100 + (50 - 250) / 4");
        // A shortage: nothing held, sales of 100 and a cover of 50 wanted.
        assertEquals(150, huawei(1, false).wantedH100e(100, 0), 1e-9);
        assertEquals(125, huawei(2, false).wantedH100e(100, 0), 1e-9, "a slower build, no overshoot");
    }

    private static HuaweiObservation launching(long askOf910B, long sold910B) {
        PublicState last = state().book("Ascend910B", book().offered(sold910B, sold910B).filled(sold910B, sold910B)
                .price(askOf910B)).build();
        return new HuaweiObservation(QUARTER, ASCENDS, ASCENDS, 10_000_000, 8_000_000, 1_000_000,
                Map.of("Ascend910B", 1.0, "Ascend910C", 2.0), Map.of("Ascend910B", 4.0, "Ascend910C", 8.0), H100E,
                new TreeMap<>(Map.of("Ascend910B", askOf910B)), new TreeMap<>(), 1_000_000_000L, last, 0, 0, 0);
    }

    @Test
    void aSuccessorIsLaunchedAtTheGoingPricePerH100eAtMostItsList() {
        Chip successor = chip("Ascend910C");
        double ratio = H100E.get("Ascend910C") / H100E.get("Ascend910B");
        ExpectedSalesPolicy policy = huawei(1, true);
        // The 910B's own ask this quarter (its book moves it from $8,000) sets the going rate.
        long predecessorNow = policy.ask(chip("Ascend910B"), launching(8_000, 50_000));
        assertTrue(predecessorNow != 8_000, "the predecessor's book moves its ask: " + predecessorNow);
        long atGoingRate = policy.ask(successor, launching(8_000, 50_000));
        assertEquals(Math.round(predecessorNow * ratio), atGoingRate, 1);
        assertTrue(atGoingRate < successor.listPriceUsd(), "a marked-down predecessor pulls the launch below list");
        assertEquals(successor.listPriceUsd(), huawei(1, false).ask(successor, launching(8_000, 50_000)),
                "without the rule it launches at list");
        assertEquals(successor.listPriceUsd(), huawei(1, true).ask(successor, launching(40_000, 50_000)),
                "never above list");
    }
}
