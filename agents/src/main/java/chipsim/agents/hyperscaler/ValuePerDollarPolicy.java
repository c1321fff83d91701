package chipsim.agents.hyperscaler;

import chipsim.agents.ParamSpec;
import chipsim.agents.Params;
import chipsim.agents.PolicyFactory;
import chipsim.agents.Roles;
import chipsim.market.rules.ImportStance;
import java.util.ArrayList;
import java.util.List;

/**
 * Spends the quarter's budget where compute is cheapest: each chip's share of spending grows with
 * its compute per dollar raised to a sharpness (a logit-like choice that stays spread when chips
 * are close), times the chance that bids on its route get filled, so spending moves away from
 * routes that deliver nothing. Discouraged, grey and domestic chips are marked down (security
 * guidance, seizure risk, the software-ecosystem gap). Domestic chips get at least Beijing's
 * required share. Cash left unspent (a route was closed, a chip sold out) is spent down over the
 * following quarters; when a route may close next quarter the buyer front-loads, spending above
 * its normal pace on that chip above all (FACTS.md mechanism 5).
 */
public final class ValuePerDollarPolicy implements BuyerPolicy {

    private final double sharpness;
    private final double bidPremium;
    private final double discouragedPenalty;
    private final double greyRiskDiscount;
    private final double domesticPenalty;
    private final double frontLoad;
    private final double catchUp;
    private final double valuePerH100eUsd;
    private final boolean acceptGrey;
    private final double minDomesticShare;

    ValuePerDollarPolicy(Params params) {
        this.sharpness = params.number("sharpness");
        this.bidPremium = params.number("bidPremium");
        this.discouragedPenalty = params.number("discouragedPenalty");
        this.greyRiskDiscount = params.number("greyRiskDiscount");
        this.domesticPenalty = params.number("domesticPenalty");
        this.frontLoad = params.number("frontLoad");
        this.catchUp = params.number("catchUp");
        this.valuePerH100eUsd = params.number("valuePerH100eUsd");
        this.acceptGrey = params.flag("acceptGrey");
        this.minDomesticShare = params.has("minDomesticShare") ? params.number("minDomesticShare") : 0.0;
    }

    /** The parameters of this policy; the hedging stockpiler adds its own on top. */
    static List<ParamSpec> specs(double defaultFrontLoad) {
        List<ParamSpec> specs = new ArrayList<>();
        specs.add(ParamSpec.number("sharpness", 2.0, 0, 50, "exponent",
                "how strongly spending follows compute per dollar (0 = spread evenly)"));
        specs.add(ParamSpec.number("bidPremium", 0.15, 0, 5, "share",
                "how far above the expected price a bid may go"));
        specs.add(ParamSpec.number("discouragedPenalty", 0.5, 0, 1, "share",
                "value markdown of a chip Beijing discourages"));
        specs.add(ParamSpec.number("greyRiskDiscount", 0.3, 0, 1, "share",
                "value markdown of a grey-market unit for seizure and support risk"));
        specs.add(ParamSpec.number("domesticPenalty", 0.2, 0, 1, "share",
                "value markdown of a domestic chip for its weaker software ecosystem"));
        specs.add(ParamSpec.number("frontLoad", defaultFrontLoad, 0, 10, "multiple",
                "extra spending at certainty of a ban next quarter (spending x (1 + frontLoad x belief))"));
        specs.add(ParamSpec.number("catchUp", 0.25, 0, 1, "share per quarter",
                "share of cash saved beyond this quarter's budget that is spent now"));
        specs.add(ParamSpec.number("valuePerH100eUsd", 40_000, 0, 1e7, "USD per H100e",
                "the most it will pay for one H100-equivalent"));
        specs.add(ParamSpec.flag("acceptGrey", true, "buy banned chips through brokers"));
        return specs;
    }

    @Override
    public PurchasePlan plan(BuyerObservation observation) {
        List<ChipOption> options = new ArrayList<>();
        double maxBelief = 0;
        for (ChipOption option : observation.options()) {
            if (option.route() == Route.GREY && !acceptGrey) {
                continue;
            }
            if (option.stance() == ImportStance.BARRED && option.route() != Route.GREY) {
                continue;
            }
            if (option.expectedPriceUsd() <= 0 || option.expectedPriceUsd() > valuation(option)) {
                continue;
            }
            options.add(option);
            maxBelief = Math.max(maxBelief, option.banBelief());
        }
        if (options.isEmpty()) {
            return PurchasePlan.committing(List.of());
        }
        double pace = 1.0 + frontLoad * maxBelief;
        long saved = Math.max(0, observation.cashUsd() - observation.budgetUsd());
        long spend = Math.min(observation.cashUsd(), Math.round(observation.budgetUsd() * pace + catchUp * saved));
        double[] shares = shares(options, Math.max(observation.domesticRatio(), minDomesticShare));
        List<PurchasePlan.PlannedBid> bids = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            ChipOption option = options.get(i);
            long units = (long) Math.floor(spend * shares[i] / maxPrice(option));
            if (units > 0) {
                bids.add(new PurchasePlan.PlannedBid(option.chipId(), units, maxPrice(option),
                        acceptGrey && option.route() != Route.DIRECT));
            }
        }
        double wantedCompute = observation.demandH100e() * pace;
        return PurchasePlan.committing(withinCash(capCompute(bids, options, wantedCompute), observation.cashUsd()));
    }

    /**
     * Each option's share of spending: weights by score; then, if domestic chips would make up
     * less than the required share of units, domestic spending is scaled up and foreign spending
     * down until they make up exactly that share.
     */
    private double[] shares(List<ChipOption> options, double domesticFloor) {
        double[] weights = new double[options.size()];
        double[] unitPrices = new double[options.size()];
        for (int i = 0; i < options.size(); i++) {
            ChipOption option = options.get(i);
            weights[i] = Math.pow(score(option), sharpness) * option.fillChance();
            unitPrices[i] = maxPrice(option);
        }
        return SpendingShares.withDomesticFloor(weights, options, unitPrices, domesticFloor);
    }

    /** Compute per dollar, marked down for risk and up for a route about to close. */
    private double score(ChipOption option) {
        return SpendingShares.riskAdjusted(option.computePerDollar(), option, discouragedPenalty, greyRiskDiscount,
                domesticPenalty, frontLoad);
    }

    /** The bid's ceiling: a premium over the expected price, never above what the chip is worth to it. */
    private long maxPrice(ChipOption option) {
        return Math.round(Math.min(option.expectedPriceUsd() * (1.0 + bidPremium), valuation(option)));
    }

    private double valuation(ChipOption option) {
        return valuePerH100eUsd * option.h100e();
    }

    /** Scales bids down so that, if all fill, they add no more compute than wanted. */
    private static List<PurchasePlan.PlannedBid> capCompute(List<PurchasePlan.PlannedBid> bids,
            List<ChipOption> options, double wantedCompute) {
        double compute = 0;
        for (PurchasePlan.PlannedBid bid : bids) {
            compute += bid.units() * option(options, bid.chipId()).h100e();
        }
        return compute <= wantedCompute || compute <= 0 ? bids : scaled(bids, wantedCompute / compute);
    }

    /** Scales bids down so that, if every one filled at its maximum price, the cash would cover them. */
    private static List<PurchasePlan.PlannedBid> withinCash(List<PurchasePlan.PlannedBid> bids, long cashUsd) {
        double committed = 0;
        for (PurchasePlan.PlannedBid bid : bids) {
            committed += (double) bid.units() * bid.maxPriceUsd();
        }
        return committed <= cashUsd ? bids : scaled(bids, cashUsd / committed);
    }

    private static List<PurchasePlan.PlannedBid> scaled(List<PurchasePlan.PlannedBid> bids, double scale) {
        List<PurchasePlan.PlannedBid> result = new ArrayList<>();
        for (PurchasePlan.PlannedBid bid : bids) {
            long units = (long) Math.floor(bid.units() * scale);
            if (units > 0) {
                result.add(new PurchasePlan.PlannedBid(bid.chipId(), units, bid.maxPriceUsd(), bid.acceptsGrey()));
            }
        }
        return result;
    }

    private static ChipOption option(List<ChipOption> options, String chipId) {
        for (ChipOption option : options) {
            if (option.chipId().equals(chipId)) {
                return option;
            }
        }
        throw new IllegalArgumentException("no option " + chipId);
    }

    public static final class Factory implements PolicyFactory {
        @Override
        public String name() {
            return "value-per-dollar";
        }

        @Override
        public String role() {
            return Roles.BUYER;
        }

        @Override
        public String description() {
            return "spends its budget where compute per dollar is best, marks down discouraged and grey "
                    + "chips, and front-loads when a ban looks likely";
        }

        @Override
        public List<ParamSpec> params() {
            return specs(1.0);
        }

        @Override
        public Object create(Params params) {
            return new ValuePerDollarPolicy(params);
        }
    }
}
