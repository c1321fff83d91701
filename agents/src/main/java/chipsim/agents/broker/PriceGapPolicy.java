package chipsim.agents.broker;

import chipsim.agents.ParamSpec;
import chipsim.agents.Params;
import chipsim.agents.PolicyFactory;
import chipsim.agents.Roles;
import chipsim.market.report.ChipBook;
import java.util.ArrayList;
import java.util.List;

/**
 * Buys abroad what Chinese buyers could not get legally last quarter, less what it already holds,
 * scaled down by the chance of seizure; raises its markup while its units sell out and lowers it
 * while they do not, never below what covers the expected seizures. So grey volume rises with
 * unmet Chinese demand and the price it will bear, and falls with enforcement (FACTS.md mechanism 7).
 */
public final class PriceGapPolicy implements BrokerPolicy {

    private final double appetite;
    private final double markupStep;
    private final double minMarkup;
    private final double maxCashShare;
    private final double bidPremium;

    PriceGapPolicy(Params params) {
        this.appetite = params.number("appetite");
        this.markupStep = params.number("markupStep");
        this.minMarkup = params.number("minMarkup");
        this.maxCashShare = params.number("maxCashShare");
        this.bidPremium = params.number("bidPremium");
    }

    @Override
    public BrokerPlan plan(BrokerObservation observation) {
        boolean anySoldOut = observation.soldOutLastQuarter().containsValue(true);
        boolean anyUnsold = observation.soldOutLastQuarter().containsValue(false);
        double markup = observation.markup();
        if (anySoldOut && !anyUnsold) {
            markup += markupStep;
        } else if (anyUnsold && !anySoldOut) {
            markup -= markupStep;
        }
        double floor = minMarkup + observation.seizureProbability() / Math.max(1e-9, 1 - observation.seizureProbability());
        markup = Math.max(floor, markup);

        List<BrokerPlan.Purchase> purchases = new ArrayList<>();
        long budget = (long) Math.floor(observation.cashUsd() * maxCashShare);
        for (String chipId : observation.smuggleable()) {
            ChipBook book = observation.last().book(chipId);
            long price = book.averagePriceUsd() > 0 ? book.averagePriceUsd() : book.lowestAskUsd();
            if (price <= 0) {
                continue;
            }
            long maxPrice = Math.round(price * (1.0 + bidPremium));
            double wanted = appetite * book.unfilledChinaUnits() * (1.0 - observation.seizureProbability());
            long units = (long) Math.floor(wanted) - observation.stock().getOrDefault(chipId, 0L);
            units = Math.min(units, budget / maxPrice);
            if (units > 0) {
                purchases.add(new BrokerPlan.Purchase(chipId, units, maxPrice));
                budget -= units * maxPrice;
            }
        }
        return new BrokerPlan(purchases, markup);
    }

    public static final class Factory implements PolicyFactory {
        @Override
        public String name() {
            return "price-gap";
        }

        @Override
        public String role() {
            return Roles.BROKER;
        }

        @Override
        public String description() {
            return "buys abroad what China could not get legally, less seizure risk; raises its markup "
                    + "while it sells out, lowers it while it does not";
        }

        @Override
        public List<ParamSpec> params() {
            return List.of(
                    ParamSpec.number("appetite", 0.5, 0, 10, "share",
                            "share of China's unmet demand for a banned chip it tries to supply"),
                    ParamSpec.number("markupStep", 0.1, 0, 10, "share per quarter", "how fast the markup moves"),
                    ParamSpec.number("minMarkup", 0.2, 0, 10, "share", "smallest markup over cost, before seizure risk"),
                    ParamSpec.number("maxCashShare", 0.8, 0, 1, "share", "most of its cash it commits in a quarter"),
                    ParamSpec.number("bidPremium", 0.3, 0, 5, "share",
                            "how far above last price it bids abroad (it must outbid legal buyers for scarce chips)"));
        }

        @Override
        public Object create(Params params) {
            return new PriceGapPolicy(params);
        }
    }
}
