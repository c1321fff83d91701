package chipsim.agents.nvidia;

import chipsim.agents.ParamSpec;
import chipsim.agents.Params;
import chipsim.agents.PolicyFactory;
import chipsim.agents.PriceAdjustment;
import chipsim.agents.Roles;
import chipsim.market.Chip;
import java.util.ArrayList;
import java.util.List;

/**
 * Prices move toward clearing: by a step, up when bids outran supply last quarter and down when
 * stock went unsold; or ({@code pricing: clearing}) toward the price that clears this quarter's
 * stock against last quarter's bids (PriceAdjustment).
 */
public final class MarketClearingPolicy extends StandardNvidiaPolicy {

    private final double priceStep;
    private final double minMargin;
    private final Params pricing;

    MarketClearingPolicy(Params params) {
        super(params);
        this.priceStep = params.number("priceStep");
        this.minMargin = params.number("minMargin");
        this.pricing = params;
        PriceAdjustment.ask(params, 1, chipsim.market.report.ChipBook.EMPTY, 0, 0, 0);
    }

    @Override
    protected long ask(Chip chip, NvidiaObservation observation) {
        long current = observation.asks().getOrDefault(chip.id(), chip.listPriceUsd());
        long floor = Math.round(chip.unitCostUsd() * (1.0 + minMargin));
        return PriceAdjustment.ask(pricing, current, observation.last().book(chip.id()), observation.stock(chip.id()),
                priceStep, floor);
    }

    public static final class Factory implements PolicyFactory {
        @Override
        public String name() {
            return "market-clearing";
        }

        @Override
        public String role() {
            return Roles.NVIDIA;
        }

        @Override
        public String description() {
            return "moves each price toward clearing (up on excess bids, down on unsold stock); "
                    + "builds to demand; designs a compliant variant after a ban";
        }

        @Override
        public List<ParamSpec> params() {
            List<ParamSpec> params = new ArrayList<>(commonParams());
            params.add(ParamSpec.number("priceStep", 0.1, 0, 1, "share per quarter",
                    "price change at full excess demand or full unsold stock"));
            params.add(ParamSpec.number("minMargin", 0.2, 0, 10, "share of cost", "price never below cost times 1 + this"));
            params.addAll(PriceAdjustment.pricingParams());
            return params;
        }

        @Override
        public Object create(Params params) {
            return new MarketClearingPolicy(params);
        }
    }
}
