package chipsim.agents.nvidia;

import chipsim.agents.ParamSpec;
import chipsim.market.Chip;
import chipsim.market.report.ChipBook;
import chipsim.market.rules.ExportStatus;

/**
 * Nvidia's ask into China (docs/model.md, "The China ask and who pays the fee"). Washington takes a
 * share s of the revenue of a licensed chip sold to China, so a unit sold there at p earns
 * {@code (1 - s) p}. A seller that clears its stock in both markets sells into China only at the
 * price that earns what the unit earns elsewhere, {@code p_A / (1 - s)} (no arbitrage between its
 * own two markets); who bears the fee then follows from the levels, not from this ratio: the fee
 * turns China's buyers to other chips, the units they no longer take are sold elsewhere, and the ask
 * elsewhere falls by as much as buyers there need to take them. When Washington's licences bind
 * (fewer units may go to China than its stock split would send) and China's legal offer sold out,
 * the China ask rises above that price by China's own excess demand: the licence's scarcity rent
 * goes to the seller, the fee on it with it.
 */
final class ChinaPricing {

    /** The highest revenue share priced; at s = 1 nothing sold to China would earn anything. */
    static final double MAX_SHARE = 0.95;

    /** The parameter of the scarcity rent, shared by every Nvidia policy that prices China. */
    static final ParamSpec RENT_STEP = ParamSpec.number("licenceRentStep", 0.1, 0, 1, "share per quarter",
            "most the China ask rises above the fee-neutral price (ask elsewhere / (1 - share)) in a quarter, at full "
                    + "excess demand, while licences bind and China's legal offer sold out");

    private ChinaPricing() {}

    /**
     * The ask into China this quarter.
     *
     * @param askElsewhere  its ask for the chip outside China (for a China-only chip, its own ask
     *                      before the fee), USD
     * @param licenceBinds  true when the licences granted are fewer than the units its split
     *                      would send to China this quarter ({@link #licensedPart})
     * @param rentStep      most the China ask rises over last quarter's China price in a quarter,
     *                      at full excess demand (share)
     */
    static long ask(Chip chip, long askElsewhere, boolean licenceBinds, NvidiaObservation seen, double rentStep) {
        if (seen.rules().status(chip.id()) != ExportStatus.LICENSED) {
            return askElsewhere;
        }
        double share = Math.min(MAX_SHARE, seen.rules().revenueShare(chip.id()));
        long indifference = Math.round(askElsewhere / (1.0 - share));
        if (!licenceBinds) {
            return indifference;
        }
        return Math.max(indifference, scarcityAsk(seen.last().book(chip.id()), rentStep));
    }

    /** The part of the units its split would send to China that Washington's licences let it ship. */
    static long licensedPart(Chip chip, long split, NvidiaObservation seen) {
        if (seen.rules().status(chip.id()) == ExportStatus.LICENSED) {
            return Math.min(split, seen.licencesGranted().getOrDefault(chip.id(), 0L));
        }
        return split;
    }

    /**
     * Last quarter's legal China price raised by its excess demand there, when its legal offer
     * sold out: {@code p_C (1 + rentStep x min(1, unfilled / offered))}; 0 when it did not sell out.
     */
    static long scarcityAsk(ChipBook last, double rentStep) {
        long offered = last.offeredChinaUnits() - last.greyUnits();
        long filled = last.filledChinaUnits() - last.greyUnits();
        if (offered <= 0 || filled < offered || last.averageChinaPriceUsd() <= 0) {
            return 0;
        }
        double excess = Math.min(1.0, (double) last.unfilledChinaUnits() / offered);
        return Math.round(last.averageChinaPriceUsd() * (1.0 + rentStep * excess));
    }
}
