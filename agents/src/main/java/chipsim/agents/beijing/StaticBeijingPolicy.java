package chipsim.agents.beijing;

import chipsim.agents.ParamSpec;
import chipsim.agents.Params;
import chipsim.agents.PolicyFactory;
import chipsim.agents.Roles;
import java.util.List;

/**
 * Keeps the import policy in force and pays a fixed subsidy: the control case, and the policy to
 * use when a timeline of scripted events should be Beijing's only source of changes.
 */
public final class StaticBeijingPolicy implements BeijingPolicy {

    private final long subsidyUsdPerQuarter;

    StaticBeijingPolicy(Params params) {
        this.subsidyUsdPerQuarter = params.integer("subsidyUsdPerQuarter");
    }

    @Override
    public ImportPlan decide(BeijingObservation observation) {
        return new ImportPlan(observation.current().byChip(), observation.current().domesticRatio(),
                subsidyUsdPerQuarter, "");
    }

    public static final class Factory implements PolicyFactory {
        @Override
        public String name() {
            return "static";
        }

        @Override
        public String role() {
            return Roles.BEIJING;
        }

        @Override
        public String description() {
            return "keeps the import policy in force and a fixed subsidy; only scripted events change them";
        }

        @Override
        public List<ParamSpec> params() {
            return List.of(ParamSpec.integer("subsidyUsdPerQuarter", 1_000_000_000L, 0, 1_000_000_000_000L,
                    "USD/quarter", "subsidy paid to Huawei each quarter"));
        }

        @Override
        public Object create(Params params) {
            return new StaticBeijingPolicy(params);
        }
    }
}
