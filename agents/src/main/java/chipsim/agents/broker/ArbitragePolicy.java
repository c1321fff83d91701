package chipsim.agents.broker;

import chipsim.agents.ParamSpec;
import chipsim.agents.Params;
import chipsim.agents.PolicyFactory;
import chipsim.agents.Roles;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Enters when buying abroad and reselling into China pays. For each smuggleable chip the expected
 * margin is the price it expects to resell at, less the expected seizure loss, less the landed cost
 * abroad ({@link GreyMargin}). It commits to each chip with a positive margin a share of the capital
 * it has left that rises with the margin (a supply curve, m / (m + halfCapitalMargin)), best margin
 * first, within China's bids of last quarter and its hosting capacity, and buys nothing more of a
 * chip whose offers did not sell out. Its working capital is its cash: it grows with profit and
 * shrinks with seizures. It prices each chip by tatonnement on its own sell-outs (the buyers' bids
 * it can see), never below what covers the landed cost and the expected seizures, nor above China's
 * willingness to pay read from the Chinese prices and unfilled bids.
 */
public final class ArbitragePolicy implements BrokerPolicy {

    private final double maxCashShare;
    private final double halfCapitalMargin;
    private final double demandShare;
    private final double scarcityPremium;
    private final double bidPremium;
    private final double markupStep;
    private final double minMarkup;

    ArbitragePolicy(Params params) {
        this.maxCashShare = params.number("maxCashShare");
        this.halfCapitalMargin = params.number("halfCapitalMargin");
        this.demandShare = params.number("demandShare");
        this.scarcityPremium = params.number("scarcityPremium");
        this.bidPremium = params.number("bidPremium");
        this.markupStep = params.number("markupStep");
        this.minMarkup = params.number("minMarkup");
    }

    @Override
    public BrokerPlan plan(BrokerObservation observation) {
        List<BrokerPlan.Purchase> purchases = new ArrayList<>();
        double capitalLeft = Math.floor(observation.cashUsd() * maxCashShare);
        double capacityLeft = observation.capacityLeftH100e();
        for (GreyMargin margin : margins(observation)) {
            long perUnitUsd = margin.maxBidUsd() + observation.routeCostUsdPerUnit();
            long units = (long) Math.floor(capitalLeft * supplyShare(margin.relative()) / perUnitUsd);
            long affordable = (long) Math.floor(capitalLeft / perUnitUsd);
            long room = (long) Math.floor(capacityLeft / observation.h100e(margin.chipId()));
            // Entry: a positive margin buys at least one unit, while capital, demand and capacity allow.
            units = Math.min(Math.max(1, units), Math.min(affordable, Math.min(demandLeft(margin.chipId(), observation),
                    room)));
            if (units > 0) {
                purchases.add(new BrokerPlan.Purchase(margin.chipId(), units, margin.maxBidUsd()));
                capitalLeft -= (double) units * perUnitUsd;
                capacityLeft -= units * observation.h100e(margin.chipId());
            }
        }
        SortedMap<String, Long> asks = new TreeMap<>();
        observation.stock().forEach((chipId, units) -> {
            if (units > 0) {
                asks.put(chipId, ask(chipId, observation));
            }
        });
        return new BrokerPlan(purchases, observation.markup(), asks);
    }

    /**
     * The positive margins of the smuggleable chips China still wants more of than it holds, widest
     * first (ties by chip id): the chips it enters this quarter.
     */
    public List<GreyMargin> margins(BrokerObservation observation) {
        List<GreyMargin> margins = new ArrayList<>();
        for (String chipId : observation.smuggleable()) {
            GreyMargin margin = GreyMargin.of(chipId, expectedResaleUsd(chipId, observation), observation, bidPremium);
            if (margin.exists() && demandLeft(chipId, observation) > 0) {
                margins.add(margin);
            }
        }
        margins.sort(Comparator.comparingDouble(GreyMargin::relative).reversed().thenComparing(GreyMargin::chipId));
        return margins;
    }

    /** Share of the capital left it commits at relative margin m: 0 at m = 0, half at halfCapitalMargin, towards 1. */
    double supplyShare(double relativeMargin) {
        return relativeMargin <= 0 ? 0 : relativeMargin / (relativeMargin + halfCapitalMargin);
    }

    /**
     * Units of a chip China wants beyond its stock: demandShare x China's bids for it last quarter,
     * less its stock; none while its last offers of the chip did not sell out.
     */
    private long demandLeft(String chipId, BrokerObservation observation) {
        if (Boolean.FALSE.equals(observation.soldOutLastQuarter().get(chipId))) {
            return 0;
        }
        return (long) Math.floor(demandShare * observation.last().book(chipId).bidChinaUnits())
                - observation.stock().getOrDefault(chipId, 0L);
    }

    /**
     * The price it expects to get next quarter: its last ask moved by the tatonnement step (up after
     * a sell-out, down after not), at most China's willingness to pay; China's willingness to pay
     * for a chip it has not offered.
     */
    double expectedResaleUsd(String chipId, BrokerObservation observation) {
        double willingness = GreyMargin.willingnessToPayUsd(chipId, observation, scarcityPremium);
        Long lastAsk = observation.lastAskUsd().get(chipId);
        if (lastAsk == null || lastAsk <= 0) {
            return willingness;
        }
        double next = movedAsk(lastAsk, observation.soldOutLastQuarter().get(chipId));
        return willingness > 0 ? Math.min(willingness, next) : next;
    }

    private double movedAsk(long lastAsk, Boolean soldOut) {
        if (soldOut == null) {
            return lastAsk;
        }
        return lastAsk * (soldOut ? 1 + markupStep : 1 - markupStep);
    }

    /**
     * This quarter's ask for a chip it holds: its last ask moved by the tatonnement step (unit cost x
     * (1 + markup) for a chip it did not offer), at most China's willingness to pay, and never below
     * unit cost x (1 + minMarkup + q / (1 - q)), which covers the expected seizures.
     */
    private long ask(String chipId, BrokerObservation observation) {
        long cost = observation.unitCostUsd().getOrDefault(chipId, 0L);
        double q = observation.seizureProbability();
        double floor = cost * (1 + minMarkup + q / Math.max(1e-9, 1 - q));
        Long lastAsk = observation.lastAskUsd().get(chipId);
        double next = lastAsk == null || lastAsk <= 0 ? cost * (1 + observation.markup())
                : movedAsk(lastAsk, observation.soldOutLastQuarter().get(chipId));
        double willingness = GreyMargin.willingnessToPayUsd(chipId, observation, scarcityPremium);
        double ceiling = willingness > 0 ? willingness : Double.MAX_VALUE;
        return Math.min(100_000_000L, Math.round(Math.max(floor, Math.min(ceiling, next))));
    }

    public static final class Factory implements PolicyFactory {
        @Override
        public String name() {
            return "arbitrage";
        }

        @Override
        public String role() {
            return Roles.BROKER;
        }

        @Override
        public String description() {
            return "enters when the price it can resell at in China, less the expected seizure loss, exceeds the "
                    + "landed cost abroad; commits more of its working capital the wider the margin; prices each chip "
                    + "by its sell-outs, under China's willingness to pay (docs/model.md, \"Broker\")";
        }

        @Override
        public List<ParamSpec> params() {
            return List.of(
                    ParamSpec.number("maxCashShare", 0.8, 0, 1, "share", "most of its cash it commits in a quarter"),
                    ParamSpec.number("halfCapitalMargin", 0.25, 0.001, 100, "share of landed cost",
                            "relative margin at which it commits half of the capital it has left"),
                    ParamSpec.number("demandShare", 1, 0, 10, "share",
                            "most it holds of a chip, as a share of China's bids for it last quarter"),
                    ParamSpec.number("scarcityPremium", 0.5, 0, 10, "share",
                            "how far China's unfilled share of bids raises its estimate of China's willingness to pay"),
                    ParamSpec.number("bidPremium", 0.2, 0, 5, "share",
                            "how far above the lowest legal ask abroad it bids (never above its break-even)"),
                    ParamSpec.number("markupStep", 0.1, 0, 0.9, "share per quarter", "how fast its asks move"),
                    ParamSpec.number("minMarkup", 0.05, 0, 10, "share",
                            "smallest markup over landed cost, before seizure risk"));
        }

        @Override
        public Object create(Params params) {
            return new ArbitragePolicy(params);
        }
    }
}
