package chipsim.agents.nvidia;

import static chipsim.agents.Fixtures.book;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.market.report.ChipBook;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Nvidia's portfolio pricing outside China (docs/model.md, "Nvidia prices its portfolio"). */
class PortfolioPricingTest {

    private static final ChipBook BALANCED = book().offered(1_000, 0).bid(1_000, 0).bidAtAsk(1_000).filled(1_000, 0)
            .price(20_000).build();

    @Test
    void atFullSpeedTheStockIsPricedAtTheSpendingItExpectsAndRelativePricesStay() {
        // 1,000 H200 at $20,000 and 500 B200 at $40,000: $40 M of stock; buyers are expected to spend $60 M.
        List<PortfolioPricing.Line> lines = List.of(new PortfolioPricing.Line(20_000, 1_000, BALANCED, 5_000),
                new PortfolioPricing.Line(40_000, 500, BALANCED, 8_000));
        long[] asks = PortfolioPricing.asks(lines, 60_000_000, 1.0, 0.1);
        assertEquals(30_000, asks[0]);
        assertEquals(60_000, asks[1]);
    }

    @Test
    void moreExpectedSpendingRaisesEveryAskAndPartialSpeedMovesPartWay() {
        List<PortfolioPricing.Line> lines = List.of(new PortfolioPricing.Line(20_000, 1_000, BALANCED, 5_000));
        assertEquals(25_000, PortfolioPricing.asks(lines, 30_000_000, 0.5, 0.1)[0], "halfway from $20 M to $30 M");
        assertTrue(PortfolioPricing.asks(lines, 10_000_000, 0.5, 0.1)[0] < 20_000, "less spending, lower asks");
    }

    @Test
    void aChipInExcessDemandGainsOnAChipThatWentUnsoldAtTheSameLevel() {
        ChipBook soldOut = book().offered(1_000, 0).bid(3_000, 0).bidAtAsk(3_000).filled(1_000, 0).price(20_000).build();
        ChipBook unsold = book().offered(1_000, 0).bid(500, 0).bidAtAsk(500).filled(500, 0).price(20_000).build();
        List<PortfolioPricing.Line> lines = List.of(new PortfolioPricing.Line(20_000, 1_000, soldOut, 5_000),
                new PortfolioPricing.Line(20_000, 1_000, unsold, 5_000));
        long[] asks = PortfolioPricing.asks(lines, 40_000_000, 1.0, 0.1);
        assertTrue(asks[0] > 20_000 && asks[1] < 20_000, "the level holds, the mix moves: " + asks[0] + ", " + asks[1]);
        assertEquals(40_000_000, asks[0] * 1_000 + asks[1] * 1_000, 2_000);
    }

    @Test
    void noAskFallsBelowItsFloorNorRisesAboveTheHighestBid() {
        ChipBook capped = book().offered(1_000, 0).bid(1_000, 0).bidAtAsk(1_000).filled(1_000, 0).price(20_000)
                .topBid(24_000).build();
        assertEquals(24_000, PortfolioPricing.asks(List.of(new PortfolioPricing.Line(20_000, 1_000, capped, 5_000)),
                100_000_000, 1.0, 0.1)[0]);
        assertEquals(15_000, PortfolioPricing.asks(List.of(new PortfolioPricing.Line(20_000, 1_000, BALANCED, 15_000)),
                1_000_000, 1.0, 0.1)[0]);
    }

    @Test
    void spendingIsTheBudgetAtTheClearingPriceWhereAChipSoldOutElseWhatWasPaid() {
        ChipBook soldOut = book().offered(1_000, 0).bid(5_000, 0).filled(1_000, 0).price(20_000).clearing(30_000)
                .build();
        assertEquals(30_000_000, PortfolioPricing.spending(soldOut), 1e-6);
        ChipBook unsold = book().offered(1_000, 200).bid(600, 0).filled(700, 200).price(20_000).clearing(0).build();
        assertEquals(500 * 20_000, PortfolioPricing.spending(unsold), 1e-6, "China's units are not counted");
    }
}
