package chipsim.agents.huawei;

import chipsim.agents.ParamSpec;
import chipsim.agents.Params;
import chipsim.agents.PolicyFactory;
import chipsim.agents.PriceAdjustment;
import chipsim.agents.Roles;
import chipsim.market.Chip;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Makes the one chip that yields the most compute from the inputs it has (a 910C needs twice the
 * dies and HBM of a 910B, so when HBM binds the older chip can be worth more), prices toward
 * clearing like Nvidia's market-clearing policy, and puts a set share of its cash into packaging.
 */
public final class MaxComputePolicy implements HuaweiPolicy {

    private final double priceStep;
    private final double minMargin;
    private final double investShare;
    private final Params pricing;

    MaxComputePolicy(Params params) {
        this.priceStep = params.number("priceStep");
        this.minMargin = params.number("minMargin");
        this.investShare = params.number("investShare");
        this.pricing = params;
        PriceAdjustment.ask(params, 1, chipsim.market.report.ChipBook.EMPTY, 0, 0, 0);
    }

    @Override
    public SortedMap<String, Long> production(HuaweiObservation observation) {
        SortedMap<String, Long> plan = new TreeMap<>();
        Chip best = null;
        double bestCompute = 0;
        for (Chip chip : observation.chips()) {
            double compute = observation.maxUnits(chip.id()) * observation.h100eByChip().get(chip.id());
            if (compute > bestCompute) {
                bestCompute = compute;
                best = chip;
            }
        }
        if (best != null) {
            plan.put(best.id(), observation.maxUnits(best.id()));
        }
        return plan;
    }

    @Override
    public long ask(Chip chip, HuaweiObservation observation) {
        long current = observation.asks().getOrDefault(chip.id(), chip.listPriceUsd());
        long floor = Math.round(chip.unitCostUsd() * (1.0 + minMargin));
        return PriceAdjustment.ask(pricing, current, observation.last().book(chip.id()),
                observation.stock().getOrDefault(chip.id(), 0L), priceStep, floor);
    }

    @Override
    public long investment(HuaweiObservation observation) {
        return Math.max(0, (long) Math.floor(observation.cashUsd() * investShare));
    }

    public static final class Factory implements PolicyFactory {
        @Override
        public String name() {
            return "max-compute";
        }

        @Override
        public String role() {
            return Roles.HUAWEI;
        }

        @Override
        public String description() {
            return "makes the chip that yields the most compute from its dies, HBM and packaging; prices "
                    + "toward clearing; invests a share of its cash in packaging";
        }

        @Override
        public List<ParamSpec> params() {
            List<ParamSpec> params = new java.util.ArrayList<>(List.of(
                    ParamSpec.number("priceStep", 0.1, 0, 1, "share per quarter",
                            "price change at full excess demand or full unsold stock"),
                    ParamSpec.number("minMargin", 0.1, 0, 10, "share of cost", "price never below cost times 1 + this"),
                    ParamSpec.number("investShare", 0.5, 0, 1, "share of cash",
                            "cash (subsidy included) put into packaging capacity each quarter")));
            params.addAll(PriceAdjustment.pricingParams());
            return params;
        }

        @Override
        public Object create(Params params) {
            return new MaxComputePolicy(params);
        }
    }
}
