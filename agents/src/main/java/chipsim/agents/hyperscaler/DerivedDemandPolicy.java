package chipsim.agents.hyperscaler;

import chipsim.agents.ParamSpec;
import chipsim.agents.Params;
import chipsim.agents.PolicyFactory;
import chipsim.agents.Roles;
import chipsim.market.rules.ImportStance;
import java.util.ArrayList;
import java.util.List;

/**
 * Demand derived from the value of compute (docs/model.md, "Buyers"). The buyer values installed
 * compute K with a constant-elasticity marginal value, v(K) = p_ref ((K_ref) / K)^(1/sigma), where
 * K_ref = K_p + D is the fleet it would want at the reference price p_ref (K_p: the fleet its plan
 * would have by now; D: the compute its plan adds this quarter at that price), so its value of
 * compute is anchored on the plan, not on the fleet it happens to have. At the price P it expects to pay per H100e it wants the fleet
 * K* = K_ref (p_ref / P)^sigma, so demand is price-elastic with elasticity sigma. It spreads the
 * additions over the chips it can get by a logit share of their risk-adjusted price per H100e
 * (exponent lambda: smooth substitution, not winner-take-all), times each route's expected fill.
 * Its spending is bounded by its cash (the budget binds); where it expects to be rationed it
 * over-orders, bidding the units it wants divided by the fill it expects, and tells the exchange
 * its budget, so that what fails on one chip is spent on the others in the same quarter.
 */
public final class DerivedDemandPolicy implements BuyerPolicy {

    /** No bid above 10^8 USD a unit (the decision's range), whatever the value says (a fleet near zero). */
    private static final double MAX_BID_USD = 1e8;

    private final double referencePrice;
    private final double elasticity;
    private final double sharpness;
    private final double bidPremium;
    private final double discouragedPenalty;
    private final double greyRiskDiscount;
    private final double domesticPenalty;
    private final double frontLoad;
    private final double minFillChance;
    private final double fleetAdjustment;
    private final boolean acceptGrey;

    DerivedDemandPolicy(Params params) {
        this.referencePrice = params.number("referencePriceUsdPerH100e");
        this.elasticity = params.number("demandElasticity");
        this.sharpness = params.number("sharpness");
        this.bidPremium = params.number("bidPremium");
        this.discouragedPenalty = params.number("discouragedPenalty");
        this.greyRiskDiscount = params.number("greyRiskDiscount");
        this.domesticPenalty = params.number("domesticPenalty");
        this.frontLoad = params.number("frontLoad");
        this.minFillChance = params.number("minFillChance");
        this.fleetAdjustment = params.number("fleetAdjustment");
        this.acceptGrey = params.flag("acceptGrey");
    }

    @Override
    public PurchasePlan plan(BuyerObservation observation) {
        double fleet = Math.max(1.0, observation.fleetH100e());
        double wantedAtReference = Math.max(1.0, observation.plannedFleetH100e()) + Math.max(0, observation.demandH100e());
        List<ChipOption> options = new ArrayList<>();
        for (ChipOption option : observation.options()) {
            boolean usable = option.expectedPriceUsd() > 0 && option.h100e() > 0
                    && (option.route() != Route.GREY || acceptGrey)
                    && (option.stance() != ImportStance.BARRED || option.route() == Route.GREY);
            // Beijing's domestic floor is a rule, not a preference: domestic chips stay in the basket
            // under it even where the buyer would not choose them.
            boolean required = option.domestic() && observation.domesticRatio() > 0;
            if (usable && (required || option.expectedPriceUsd() < firstUnitValue(option, fleet, wantedAtReference))) {
                options.add(option);
            }
        }
        if (options.isEmpty()) {
            return new PurchasePlan(List.of(), 0);
        }
        double[] pricePerH100e = new double[options.size()];
        double[] weights = new double[options.size()];
        double[] unitPrices = new double[options.size()];
        double maxBelief = 0;
        for (int i = 0; i < options.size(); i++) {
            ChipOption option = options.get(i);
            pricePerH100e[i] = option.expectedPriceUsd() / effectiveH100e(option);
            weights[i] = Math.pow(pricePerH100e[i], -sharpness) * option.fillChance();
            unitPrices[i] = option.expectedPriceUsd();
            maxBelief = Math.max(maxBelief, option.banBelief());
        }
        double[] shares = SpendingShares.withDomesticFloor(weights, options, unitPrices, observation.domesticRatio());
        // The basket's price per H100e: spending over the compute it buys.
        double computePerDollar = 0;
        for (int i = 0; i < options.size(); i++) {
            computePerDollar += shares[i] / (options.get(i).expectedPriceUsd() / options.get(i).h100e());
        }
        double basketPrice = 1.0 / computePerDollar;
        double wantedFleet = wantedAtReference * Math.pow(referencePrice / basketPrice, elasticity);
        // Partial adjustment (a flexible accelerator): it carries out its plan (what it is behind or
        // ahead of it included) and closes a share of the gap the price opens between the fleet it
        // would want and the planned one, since data centres take quarters to build; a share of 1
        // re-optimises the whole fleet every quarter.
        double additions = Math.max(0, wantedAtReference - fleet + fleetAdjustment * (wantedFleet - wantedAtReference))
                * (1.0 + frontLoad * maxBelief);
        long budget = Math.min(observation.cashUsd(), Math.round(additions * basketPrice * (1.0 + bidPremium)));
        // What it can afford of those additions at expected prices: bids are sized to that, then
        // divided by the fill it expects, so over-ordering multiplies what it can pay for, not
        // what it would like at any price.
        double affordable = Math.min(additions, observation.cashUsd() / basketPrice);
        double[] spends = expectedShortfallReplanned(options, shares, affordable * basketPrice);
        List<PurchasePlan.PlannedBid> bids = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            ChipOption option = options.get(i);
            double spend = spends[i];
            double units = spend / option.expectedPriceUsd() / Math.max(minFillChance, option.fillChance());
            // A bid goes as high as the unit is worth to it (its reservation price), not a step above last
            // quarter's price: a seller that asks more than expected but less than that still sells. A
            // domestic chip Beijing requires is bought at least at its expected price plus the premium.
            double value = firstUnitValue(option, fleet, wantedAtReference);
            double ceiling = option.domestic() && observation.domesticRatio() > 0
                    ? Math.max(value, option.expectedPriceUsd() * (1.0 + bidPremium)) : value;
            long maxPrice = Math.round(Math.min(ceiling, MAX_BID_USD));
            if (units >= 1 && maxPrice > 0) {
                bids.add(new PurchasePlan.PlannedBid(option.chipId(), (long) Math.floor(units), maxPrice,
                        acceptGrey && option.route() != Route.DIRECT));
            }
        }
        return new PurchasePlan(bids, bids.isEmpty() ? 0 : budget);
    }

    /**
     * Spending per option after the shortfall it expects is planned elsewhere. Over-ordering makes
     * up for an expected fill f only down to {@code minFillChance}: a route it expects to fill less
     * (a chip that sold out deep, or was not offered) is expected to deliver only
     * {@code f / minFillChance} of its spending. That expected shortfall is spent on the routes it
     * expects to fill at least {@code minFillChance}, in proportion to their shares, so that the
     * compute it expects to get is what it can pay for; with no such route the spending stays.
     */
    private double[] expectedShortfallReplanned(List<ChipOption> options, double[] shares, double spending) {
        double[] spends = new double[options.size()];
        double shortfall = 0;
        double hopefulShare = 0;
        for (int i = 0; i < options.size(); i++) {
            double fill = options.get(i).fillChance();
            spends[i] = spending * shares[i];
            if (fill < minFillChance) {
                shortfall += spends[i] * (1.0 - fill / minFillChance);
            } else {
                hopefulShare += shares[i];
            }
        }
        if (shortfall <= 0 || hopefulShare <= 0) {
            return spends;
        }
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).fillChance() >= minFillChance) {
                spends[i] += shortfall * shares[i] / hopefulShare;
            }
        }
        return spends;
    }

    /** Compute per unit as the buyer counts it: marked down for risk, up for a route about to close. */
    private double effectiveH100e(ChipOption option) {
        return SpendingShares.riskAdjusted(option.h100e(), option, discouragedPenalty, greyRiskDiscount,
                domesticPenalty, frontLoad);
    }

    /** What the first unit added is worth to it: the marginal value of compute at today's fleet. */
    private double firstUnitValue(ChipOption option, double fleet, double wantedAtReference) {
        return effectiveH100e(option) * referencePrice * Math.pow(wantedAtReference / fleet, 1.0 / elasticity);
    }

    public static final class Factory implements PolicyFactory {
        @Override
        public String name() {
            return "derived-demand";
        }

        @Override
        public String role() {
            return Roles.BUYER;
        }

        @Override
        public String description() {
            return "wants the fleet the value of compute justifies at the price it expects (constant elasticity), "
                    + "spreads it over chips by a logit of price per H100e, over-orders where it expects "
                    + "rationing, and lets the exchange re-spend a failed bid's budget in the same quarter";
        }

        @Override
        public List<ParamSpec> params() {
            return List.of(
                    ParamSpec.number("referencePriceUsdPerH100e", 25_000, 1, 1e7, "USD per H100e",
                            "price per H100e at which it adds exactly the compute its plan says (annualDemandH100e)"),
                    ParamSpec.number("demandElasticity", 1.0, 0.05, 20, "elasticity",
                            "how strongly its wanted fleet falls as the price per H100e rises (K* ~ P^-elasticity)"),
                    ParamSpec.number("sharpness", 4.0, 0, 50, "exponent",
                            "logit exponent of the choice among chips by price per H100e (0 = spread evenly)"),
                    ParamSpec.number("bidPremium", 0.15, 0, 5, "share", "headroom of the budget sent to the exchange over the plan's cost at expected prices"),
                    ParamSpec.number("discouragedPenalty", 0.5, 0, 1, "share",
                            "value markdown of a chip Beijing discourages"),
                    ParamSpec.number("greyRiskDiscount", 0.3, 0, 1, "share",
                            "value markdown of a grey-market unit for seizure and support risk"),
                    ParamSpec.number("domesticPenalty", 0.2, 0, 1, "share",
                            "value markdown of a domestic chip for its weaker software ecosystem"),
                    ParamSpec.number("frontLoad", 1.0, 0, 10, "multiple",
                            "extra compute wanted at certainty of a ban next quarter"),
                    ParamSpec.number("minFillChance", 0.3, 0.01, 1, "share",
                            "lowest expected fill it over-orders for (bids at most 1/this times what it wants)"),
                    ParamSpec.number("fleetAdjustment", 1.0, 0, 1, "share per quarter",
                            "share of the gap between the fleet it wants at the price and its planned fleet it closes in a "
                                    + "quarter (1: all of it)"),
                    ParamSpec.flag("acceptGrey", true, "buy banned chips through brokers"));
        }

        @Override
        public Object create(Params params) {
            return new DerivedDemandPolicy(params);
        }
    }
}
