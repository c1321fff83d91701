package chipsim.agents.broker;

import chipsim.market.report.ChipBook;
import chipsim.market.report.PublicState;

/**
 * The expected margin on one unit of a chip bought abroad now and resold into China next quarter,
 * from what a broker can see: {@code margin = (1 - q) r - (a + k)}, with r the price it expects to
 * resell at, q the chance the unit is seized while it holds it, a the price abroad (the lowest legal
 * ask last quarter) and k its route's cost. All in USD per unit.
 *
 * @param resaleUsd  r, 0 when it has no price to expect
 * @param landedUsd  a + k, 0 when the chip had no price abroad
 * @param marginUsd  (1 - q) r - (a + k)
 * @param relative   marginUsd / landedUsd (0 without a landed cost)
 * @param maxBidUsd  what it bids abroad: a (1 + bidPremium), never above its break-even (1 - q) r - k
 */
public record GreyMargin(String chipId, double resaleUsd, long landedUsd, double marginUsd, double relative,
        long maxBidUsd) {

    /** A margin exists: the unit resells for more than it costs landed, after the expected seizure loss. */
    public boolean exists() {
        return landedUsd > 0 && marginUsd > 0 && maxBidUsd > 0;
    }

    public static GreyMargin of(String chipId, double resaleUsd, BrokerObservation observation, double bidPremium) {
        ChipBook book = observation.last().book(chipId);
        long abroadUsd = book.lowestAskUsd() > 0 ? book.lowestAskUsd() : book.averagePriceUsd();
        double q = observation.seizureProbability();
        long route = observation.routeCostUsdPerUnit();
        if (abroadUsd <= 0 || resaleUsd <= 0) {
            return new GreyMargin(chipId, resaleUsd, 0, 0, 0, 0);
        }
        long landed = abroadUsd + route;
        double breakEven = (1 - q) * resaleUsd - route;
        double margin = (1 - q) * resaleUsd - landed;
        long maxBid = (long) Math.floor(Math.min(abroadUsd * (1 + bidPremium), breakEven));
        return new GreyMargin(chipId, resaleUsd, landed, margin, margin / landed, Math.max(0, maxBid));
    }

    /**
     * China's willingness to pay for one unit, USD, as a broker can read it from last quarter's books:
     * the chip's compute valued at China's average price per H100e over the chips it bought legally
     * (domestic and licensed), raised by the share of China's bids left unfilled (a rationed market
     * pays more than its last price): {@code w = h_c pi_CN (1 + scarcityPremium u)}; 0 when China
     * bought nothing legally.
     */
    public static double willingnessToPayUsd(String chipId, BrokerObservation observation, double scarcityPremium) {
        PublicState last = observation.last();
        double value = 0;
        double compute = 0;
        long bids = 0;
        long unfilled = 0;
        for (var entry : last.books().entrySet()) {
            ChipBook book = entry.getValue();
            long legalUnits = book.filledChinaUnits() - book.greyUnits();
            if (legalUnits > 0 && book.averageChinaPriceUsd() > 0) {
                value += (double) book.averageChinaPriceUsd() * legalUnits;
                compute += observation.h100e(entry.getKey()) * legalUnits;
            }
            bids += book.bidChinaUnits();
            unfilled += book.unfilledChinaUnits();
        }
        double perH100e = compute > 0 ? value / compute : 0;
        double unfilledShare = bids == 0 ? 0 : (double) unfilled / bids;
        return observation.h100e(chipId) * perH100e * (1 + scarcityPremium * unfilledShare);
    }
}
