package chipsim.market.clearing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.market.Channel;
import chipsim.market.Chip;
import chipsim.market.ChipCatalogue;
import chipsim.market.Region;
import chipsim.market.report.ChipBook;
import chipsim.market.report.FillRecord;
import chipsim.market.rules.ExportRules;
import chipsim.market.rules.ExportStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The clearing rule of docs/market.md on small cases worked out by hand. */
class ClearingTest {

    private static final Chip H20 = chip("H20", "US", 2368, true);
    private static final Chip H200 = chip("H200", "US", 15824, false);
    private static final Chip B200 = chip("B200", "US", 36000, false);
    private static final Chip ASCEND = chip("Ascend910C", "CN", 12500, false);
    private static final ChipCatalogue CATALOGUE = new ChipCatalogue(List.of(H20, H200, B200, ASCEND), 0.6);

    /** H20 open, H200 licensed (licence line 4800, ban line 21000), B200 banned. */
    private static final ExportRules RULES = ExportRules.classify(CATALOGUE.all(), 4800, 21000, 0.25, 0, 0.3, 4,
            Map.of(), Map.of());

    private static Chip chip(String id, String origin, double tpp, boolean chinaOnly) {
        return new Chip(id, origin.equals("US") ? "nvidia" : "huawei", origin, tpp / 16, 80, 3.35, 900, tpp, 3000,
                20000, 28, chinaOnly, null, null, null, 0);
    }

    private static OfferOrder offer(String seller, String chip, long units, long ask, boolean china, Channel channel) {
        return new OfferOrder(seller, chip, units, ask, china, channel);
    }

    private static BidOrder bid(String buyer, Region region, String chip, long units, long max, boolean grey) {
        return new BidOrder(buyer, region, chip, units, max, grey);
    }

    @Test
    void theRulesClassifyChipsByTheirLines() {
        assertEquals(ExportStatus.OPEN, RULES.status("H20"));
        assertEquals(ExportStatus.LICENSED, RULES.status("H200"));
        assertEquals(ExportStatus.BANNED, RULES.status("B200"));
        assertEquals(ExportStatus.OPEN, RULES.status("Ascend910C"));
    }

    @Test
    void highestMaximumPriceIsServedFirstAtTheAsk() {
        ClearingResult result = Clearing.clear(CATALOGUE, RULES, new PermitBook(),
                List.of(offer("nvidia", "B200", 100, 40000, false, Channel.DIRECT)),
                List.of(bid("low", Region.US, "B200", 80, 45000, false),
                        bid("high", Region.US, "B200", 60, 50000, false)));
        assertEquals(List.of(
                new FillRecord("nvidia", "high", Region.US, "B200", 60, 40000, Channel.DIRECT, 0),
                new FillRecord("nvidia", "low", Region.US, "B200", 40, 40000, Channel.DIRECT, 0)), result.fills());
        ChipBook book = result.books().get("B200");
        assertEquals(100, book.offeredUnits());
        assertEquals(140, book.bidUnits());
        assertEquals(100, book.filledUnits());
        assertEquals(40000, book.averagePriceUsd());
    }

    @Test
    void equalMaximumPricesShareProRataWithTiesToTheLowerId() {
        ClearingResult result = Clearing.clear(CATALOGUE, RULES, new PermitBook(),
                List.of(offer("nvidia", "B200", 10, 40000, false, Channel.DIRECT)),
                List.of(bid("b", Region.US, "B200", 30, 45000, false),
                        bid("a", Region.US, "B200", 30, 45000, false)));
        // 10 over two equal claims of 30: 5 each, nothing left to break ties.
        assertEquals(5, unitsTo(result, "a"));
        assertEquals(5, unitsTo(result, "b"));
        ClearingResult odd = Clearing.clear(CATALOGUE, RULES, new PermitBook(),
                List.of(offer("nvidia", "B200", 11, 40000, false, Channel.DIRECT)),
                List.of(bid("b", Region.US, "B200", 30, 45000, false),
                        bid("a", Region.US, "B200", 30, 45000, false)));
        assertEquals(6, unitsTo(odd, "a"));
        assertEquals(5, unitsTo(odd, "b"));
    }

    @Test
    void cheaperOffersSellFirstAndBidsBelowTheAskGetNothing() {
        ClearingResult result = Clearing.clear(CATALOGUE, RULES, new PermitBook(),
                List.of(offer("dear", "B200", 50, 48000, false, Channel.DIRECT),
                        offer("cheap", "B200", 50, 40000, false, Channel.DIRECT)),
                List.of(bid("x", Region.US, "B200", 80, 45000, false)));
        assertEquals(1, result.fills().size());
        assertEquals(new FillRecord("cheap", "x", Region.US, "B200", 50, 40000, Channel.DIRECT, 0), result.fills().get(0));
        assertEquals((50 * 40000) / 50, result.books().get("B200").averagePriceUsd());
    }

    @Test
    void aLicensedChipIntoChinaNeedsBothPermitsAndPaysTheFee() {
        PermitBook permits = new PermitBook()
                .licence("nvidia", "H200", 100, 0.25)
                .approveImport("bytedance", "H200", 70)
                .approveImport("alibaba", "H200", 10);
        ClearingResult result = Clearing.clear(CATALOGUE, RULES, permits,
                List.of(offer("nvidia", "H200", 500, 20000, true, Channel.LICENSED)),
                List.of(bid("bytedance", Region.CN, "H200", 200, 25000, false),
                        bid("alibaba", Region.CN, "H200", 200, 25000, false),
                        bid("tencent", Region.CN, "H200", 200, 25000, false)));
        // Washington licensed 100 units; Beijing approved 70 and 10 and nothing for tencent.
        assertEquals(70, unitsTo(result, "bytedance"));
        assertEquals(10, unitsTo(result, "alibaba"));
        assertEquals(0, unitsTo(result, "tencent"));
        for (FillRecord fill : result.fills()) {
            assertEquals(Channel.LICENSED, fill.channel());
            assertEquals((long) Math.floor(fill.valueUsd() * 0.25), fill.feeUsd());
        }
        assertEquals(600 - 80, result.books().get("H200").unfilledChinaUnits());
    }

    @Test
    void theLicenceCapsAllChinaSalesOfTheChip() {
        PermitBook permits = new PermitBook()
                .licence("nvidia", "H200", 30, 0.25)
                .approveImport("a", "H200", 100)
                .approveImport("b", "H200", 100);
        ClearingResult result = Clearing.clear(CATALOGUE, RULES, permits,
                List.of(offer("nvidia", "H200", 500, 20000, true, Channel.LICENSED)),
                List.of(bid("a", Region.CN, "H200", 100, 25000, false), bid("b", Region.CN, "H200", 100, 25000, false)));
        assertEquals(30, result.books().get("H200").filledChinaUnits());
        assertEquals(15, unitsTo(result, "a"));
        assertEquals(15, unitsTo(result, "b"));
    }

    @Test
    void anOpenChipStillNeedsBeijingsApprovalButPaysNoFee() {
        PermitBook permits = new PermitBook().approveImport("a", "H20", 40);
        ClearingResult result = Clearing.clear(CATALOGUE, RULES, permits,
                List.of(offer("nvidia", "H20", 100, 12500, true, Channel.LICENSED)),
                List.of(bid("a", Region.CN, "H20", 100, 13000, false)));
        assertEquals(40, unitsTo(result, "a"));
        assertEquals(0, result.fills().get(0).feeUsd());
    }

    @Test
    void ordersTheRulesForbidAreVoided() {
        PermitBook permits = new PermitBook().approveImport("a", "B200", 100);
        ClearingResult result = Clearing.clear(CATALOGUE, RULES, permits,
                List.of(offer("nvidia", "B200", 100, 40000, true, Channel.LICENSED),
                        offer("nvidia", "H200", 100, 20000, true, Channel.LICENSED),
                        offer("nvidia", "H20", 100, 12500, false, Channel.DIRECT),
                        offer("huawei", "Ascend910C", 100, 20000, false, Channel.DIRECT)),
                List.of(bid("a", Region.CN, "B200", 10, 90000, false), bid("us", Region.US, "H20", 10, 90000, false)));
        assertTrue(result.fills().isEmpty());
        assertEquals(4, result.rejections().size(), result.rejections().toString());
        assertTrue(result.rejections().get(0).contains("banned"), result.rejections().toString());
        assertTrue(result.rejections().get(1).contains("no export licence"), result.rejections().toString());
        assertTrue(result.rejections().get(2).contains("China-only"), result.rejections().toString());
        assertTrue(result.rejections().get(3).contains("entity list"), result.rejections().toString());
    }

    @Test
    void greyOffersNeedNoPermitButOnlyReachBuyersWhoTakeGreyUnits() {
        ClearingResult result = Clearing.clear(CATALOGUE, RULES, new PermitBook(),
                List.of(offer("broker", "B200", 100, 60000, true, Channel.GREY)),
                List.of(bid("careful", Region.CN, "B200", 50, 90000, false),
                        bid("bold", Region.CN, "B200", 50, 70000, true),
                        bid("us", Region.US, "B200", 50, 90000, true)));
        assertEquals(List.of(new FillRecord("broker", "bold", Region.CN, "B200", 50, 60000, Channel.GREY, 0)),
                result.fills());
        assertEquals(50, result.books().get("B200").greyUnits());
    }

    @Test
    void legalUnitsAreTakenBeforeGreyOnesAtTheSamePrice() {
        PermitBook permits = new PermitBook().approveImport("a", "H20", 100);
        ClearingResult result = Clearing.clear(CATALOGUE, RULES, permits,
                List.of(offer("broker", "H20", 100, 12500, true, Channel.GREY),
                        offer("nvidia", "H20", 30, 12500, true, Channel.LICENSED)),
                List.of(bid("a", Region.CN, "H20", 50, 20000, true)));
        assertEquals(new FillRecord("nvidia", "a", Region.CN, "H20", 30, 12500, Channel.LICENSED, 0),
                result.fills().get(0));
        assertEquals(new FillRecord("broker", "a", Region.CN, "H20", 20, 12500, Channel.GREY, 0), result.fills().get(1));
    }

    private static long unitsTo(ClearingResult result, String buyer) {
        return result.fills().stream().filter(f -> f.buyerId().equals(buyer)).mapToLong(FillRecord::units).sum();
    }
}
