package chipsim.market.report;

/**
 * What the exchange saw of one chip in one quarter. Units are chips; prices USD per unit.
 *
 * @param offeredUnits         units offered by all sellers, all channels
 * @param offeredChinaUnits    of which offered into China (licensed, domestic or grey)
 * @param bidUnits             units bid for by all buyers
 * @param bidUnitsAtAsk        of which at a maximum price at or above the lowest ask: demand at the going price
 * @param bidChinaUnits        of which by buyers in China
 * @param filledUnits          units that changed hands
 * @param filledChinaUnits     of which to buyers in China
 * @param greyUnits            of which through the grey channel
 * @param unfilledChinaUnits   Chinese bid units left unfilled: China's excess demand for this chip
 * @param averagePriceUsd      volume-weighted fill price; the lowest ask when nothing filled; 0 when nothing offered
 * @param averageChinaPriceUsd volume-weighted price of legal (licensed or domestic) fills into China; 0 when none
 * @param lowestAskUsd         the lowest ask of a legal (non-grey) offer; 0 when none
 * @param clearingPriceUsd     in the chip's main legal market (outside China where it is offered there, else
 *                             its licensed or domestic market in China; grey offers excluded), the
 *                             price at which that market's bids would just have taken every unit offered:
 *                             the maximum price of the bid at which the bids, highest first, reach
 *                             the units offered, each buyer's budget counted (market/clearing/ClearingPrice),
 *                             and at least the dearest ask paid there when every unit offered there sold;
 *                             0 when they never do (a glut) or nothing was offered
 * @param topBidUsd            the highest maximum price of any bid in that market; 0 when nobody bid
 */
public record ChipBook(
        long offeredUnits,
        long offeredChinaUnits,
        long bidUnits,
        long bidUnitsAtAsk,
        long bidChinaUnits,
        long filledUnits,
        long filledChinaUnits,
        long greyUnits,
        long unfilledChinaUnits,
        long averagePriceUsd,
        long averageChinaPriceUsd,
        long lowestAskUsd,
        long clearingPriceUsd,
        long topBidUsd) {

    public static final ChipBook EMPTY = new ChipBook(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
}
