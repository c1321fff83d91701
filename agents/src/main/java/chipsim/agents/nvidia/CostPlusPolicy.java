package chipsim.agents.nvidia;

import chipsim.agents.ParamSpec;
import chipsim.agents.Params;
import chipsim.agents.PolicyFactory;
import chipsim.agents.Roles;
import chipsim.market.Chip;
import chipsim.market.report.ChipBook;
import java.util.ArrayList;
import java.util.List;

/**
 * Prices at cost plus a fixed markup, with a scarcity surcharge while a chip sells out: the
 * list-price habit of a supplier that rations rather than auctions.
 */
public final class CostPlusPolicy extends StandardNvidiaPolicy {

    private final double markup;
    private final double scarcitySurcharge;

    CostPlusPolicy(Params params) {
        super(params);
        this.markup = params.number("markup");
        this.scarcitySurcharge = params.number("scarcitySurcharge");
    }

    @Override
    protected long ask(Chip chip, NvidiaObservation observation) {
        ChipBook book = observation.last().book(chip.id());
        boolean soldOut = book.offeredUnits() > 0 && book.filledUnits() >= book.offeredUnits()
                && book.bidUnits() > book.filledUnits();
        double price = chip.unitCostUsd() * (1.0 + markup) * (soldOut ? 1.0 + scarcitySurcharge : 1.0);
        return Math.round(price);
    }

    public static final class Factory implements PolicyFactory {
        @Override
        public String name() {
            return "cost-plus";
        }

        @Override
        public String role() {
            return Roles.NVIDIA;
        }

        @Override
        public String description() {
            return "prices at unit cost plus a markup, with a surcharge while a chip sells out; "
                    + "builds to demand; designs a compliant variant after a ban";
        }

        @Override
        public List<ParamSpec> params() {
            List<ParamSpec> params = new ArrayList<>(commonParams());
            params.add(ParamSpec.number("markup", 3.0, 0, 100, "share of cost", "price = cost x (1 + markup)"));
            params.add(ParamSpec.number("scarcitySurcharge", 0.2, 0, 10, "share",
                    "extra markup in a quarter after the chip sold out"));
            return params;
        }

        @Override
        public Object create(Params params) {
            return new CostPlusPolicy(params);
        }
    }
}
