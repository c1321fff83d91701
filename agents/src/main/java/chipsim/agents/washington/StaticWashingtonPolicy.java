package chipsim.agents.washington;

import chipsim.agents.ParamSpec;
import chipsim.agents.Params;
import chipsim.agents.PolicyFactory;
import chipsim.agents.Roles;
import java.util.List;

/**
 * Keeps the scenario's starting rules for the whole run: the control case, and the policy to use
 * when a timeline of scripted events should be the only source of rule changes.
 */
public final class StaticWashingtonPolicy implements WashingtonPolicy {

    @Override
    public RulesDecision decide(WashingtonObservation observation) {
        return RulesDecision.keep(observation.current());
    }

    public static final class Factory implements PolicyFactory {
        @Override
        public String name() {
            return "static";
        }

        @Override
        public String role() {
            return Roles.WASHINGTON;
        }

        @Override
        public String description() {
            return "keeps the starting rules; only scripted events change them";
        }

        @Override
        public List<ParamSpec> params() {
            return List.of();
        }

        @Override
        public Object create(Params params) {
            return new StaticWashingtonPolicy();
        }
    }
}
