package chipsim.runner.sweep;

import chipsim.agents.ParamSpec;
import chipsim.agents.Params;
import chipsim.agents.PolicyFactory;
import chipsim.agents.Roles;
import chipsim.agents.hyperscaler.BuyerObservation;
import chipsim.agents.hyperscaler.BuyerPolicy;
import chipsim.agents.hyperscaler.PurchasePlan;
import java.util.List;

/** A buyer that buys nothing, or throws when told to: a run that fails on demand, through --policy-jar. */
public final class FailingBuyerPolicy implements BuyerPolicy {

    private final boolean fail;

    FailingBuyerPolicy(boolean fail) {
        this.fail = fail;
    }

    @Override
    public PurchasePlan plan(BuyerObservation observation) {
        if (fail) {
            throw new IllegalStateException("told to fail in " + observation.quarter());
        }
        return PurchasePlan.committing(List.of());
    }

    public static final class Factory implements PolicyFactory {
        @Override
        public String name() {
            return "fails-when-told";
        }

        @Override
        public String role() {
            return Roles.BUYER;
        }

        @Override
        public String description() {
            return "test policy: buys nothing, or fails";
        }

        @Override
        public List<ParamSpec> params() {
            return List.of(ParamSpec.flag("fail", false, "throw instead of planning"),
                    ParamSpec.number("valuePerH100eUsd", 0, 0, 1e9, "USD", "accepted so the baseline's params fit"),
                    ParamSpec.number("referencePriceUsdPerH100e", 0, 0, 1e9, "USD", "accepted so the baseline's params fit"));
        }

        @Override
        public Object create(Params params) {
            return new FailingBuyerPolicy(params.flag("fail"));
        }
    }
}
