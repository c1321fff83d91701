package chipsim.agents.hyperscaler;

import chipsim.agents.ParamSpec;
import chipsim.agents.Params;
import chipsim.agents.PolicyFactory;
import chipsim.agents.Roles;
import java.util.ArrayList;
import java.util.List;

/**
 * A buyer that hedges against the next ban: it chooses chips by value per dollar like
 * {@link ValuePerDollarPolicy}, but front-loads much harder when a route may close (stockpiling
 * ahead of a ban, FACTS.md mechanism 5) and always keeps a domestic share of its units, whatever
 * Beijing requires, so a sudden cut-off never leaves it with no supplier.
 */
public final class HedgingStockpilerPolicy implements BuyerPolicy {

    private final ValuePerDollarPolicy choices;

    HedgingStockpilerPolicy(Params params) {
        this.choices = new ValuePerDollarPolicy(params);
    }

    @Override
    public PurchasePlan plan(BuyerObservation observation) {
        return choices.plan(observation);
    }

    public static final class Factory implements PolicyFactory {
        @Override
        public String name() {
            return "hedging-stockpiler";
        }

        @Override
        public String role() {
            return Roles.BUYER;
        }

        @Override
        public String description() {
            return "value per dollar, but front-loads hard when a ban looks likely and always keeps a "
                    + "domestic share of its units as a hedge";
        }

        @Override
        public List<ParamSpec> params() {
            List<ParamSpec> params = new ArrayList<>(ValuePerDollarPolicy.specs(3.0));
            params.add(ParamSpec.number("minDomesticShare", 0.3, 0, 1, "share 0..1",
                    "share of its units it buys domestic whatever Beijing requires"));
            return params;
        }

        @Override
        public Object create(Params params) {
            return new HedgingStockpilerPolicy(params);
        }
    }
}
