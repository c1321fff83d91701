package chipsim.agents;

import chipsim.market.report.ChipBook;

/**
 * How sellers move their asks, shared by their pricing policies: a tatonnement step (raise the
 * ask when last quarter's bids outran the units offered, lower it when units went unsold), or a
 * move toward the price that would clear this quarter's stock against last quarter's demand.
 */
public final class PriceAdjustment {

    private PriceAdjustment() {}

    /**
     * Excess demand of last quarter's book, in [-1, 1]: (bids at or above the ask - offered) /
     * offered, clamped; 0 when nothing was offered (no evidence either way). Bids below the ask
     * are not demand at the going price, so they do not push it up.
     */
    public static double excessDemand(ChipBook book) {
        if (book.offeredUnits() <= 0) {
            return 0.0;
        }
        double excess = (double) (book.bidUnitsAtAsk() - book.offeredUnits()) / book.offeredUnits();
        return Math.max(-1.0, Math.min(1.0, excess));
    }

    /**
     * Next ask: {@code price * (1 + step * excess)}, never below {@code floorUsd}.
     *
     * @param step fraction the price moves at full excess demand (0.15 = up to 15% a quarter)
     */
    public static long nextPrice(long priceUsd, ChipBook book, double step, long floorUsd) {
        double next = priceUsd * (1.0 + step * excessDemand(book));
        return Math.max(floorUsd, Math.round(next));
    }

    /**
     * Next ask toward the price that clears the units on offer now against last quarter's demand:
     * last quarter's clearing price (the bids' price at which they just took all units offered),
     * moved for the change in units, {@code p* = p_clear (offered_last / units_now)^(1/e)} with
     * {@code e} the seller's guess of the demand elasticity. In a glut (the bids never reached the
     * units offered) {@code p* = price (bids at ask / offered)^(1/e)}, a cut as deep as the glut,
     * at most halving the price; the target never exceeds the highest bid of last quarter. The ask moves a share {@code speed} of the way there (partial
     * adjustment: no overshoot into a cobweb), never below {@code floorUsd}. With nothing offered
     * last quarter, or nothing to offer now, the ask stays.
     */
    public static long towardClearing(long priceUsd, ChipBook book, long unitsNow, double elasticityGuess,
            double speed, long floorUsd) {
        if (book.offeredUnits() <= 0 || unitsNow <= 0) {
            return Math.max(floorUsd, priceUsd);
        }
        double target;
        if (book.clearingPriceUsd() > 0) {
            target = book.clearingPriceUsd() * Math.pow((double) book.offeredUnits() / unitsNow, 1.0 / elasticityGuess);
            // Fewer units than last quarter raise the target, but never past the highest price anyone
            // bid: above it, by what the seller saw, nobody buys.
            if (book.topBidUsd() > 0) {
                target = Math.min(target, Math.max(book.clearingPriceUsd(), book.topBidUsd()));
            }
        } else {
            double served = Math.max(0.0, (double) book.bidUnitsAtAsk() / book.offeredUnits());
            target = priceUsd * Math.max(0.5, Math.pow(served, 1.0 / elasticityGuess));
        }
        double next = priceUsd + speed * (target - priceUsd);
        return Math.max(floorUsd, Math.round(next));
    }

    /** The parameters every seller's pricing takes. */
    public static java.util.List<ParamSpec> pricingParams() {
        return java.util.List.of(
                ParamSpec.text("pricing", "step",
                        "step: move the ask by priceStep x excess demand; clearing: move it toward the price that clears "
                                + "the stock against last quarter's bids"),
                ParamSpec.number("demandElasticityGuess", 1.5, 0.1, 20, "elasticity",
                        "the seller's guess of how much its demand falls as its price rises (clearing pricing)"),
                ParamSpec.number("priceSpeed", 0.6, 0.01, 1, "share",
                        "share of the way to the clearing price the ask moves in a quarter (clearing pricing)"));
    }

    /** The ask by the pricing a seller's parameters name. */
    public static long ask(Params params, long priceUsd, ChipBook book, long unitsNow, double step, long floorUsd) {
        String pricing = params.text("pricing");
        return switch (pricing) {
            case "clearing" -> towardClearing(priceUsd, book, unitsNow, params.number("demandElasticityGuess"),
                    params.number("priceSpeed"), floorUsd);
            case "step" -> nextPrice(priceUsd, book, step, floorUsd);
            default -> throw new ParamsException(java.util.List.of(new ParamProblem("pricing",
                    "pricing must be step or clearing, not '" + pricing + "'", "set pricing: step or pricing: clearing")));
        };
    }
}
