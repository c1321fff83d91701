package chipsim.agents.tsmc;

import chipsim.agents.ParamSpec;
import chipsim.agents.Params;
import chipsim.agents.PolicyFactory;
import chipsim.agents.Roles;
import chipsim.market.ProRata;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Shares scarce capacity pro rata to what each customer asked, and builds more when demand runs
 * ahead of capacity plus what is already being built: TSMC "would have to raise production sharply
 * at Nvidia's request" (FACTS.md, 000), but only as fast as new lines can be built.
 */
public final class DemandExpansionPolicy implements TsmcPolicy {

    private final double expandAboveDemandRatio;
    private final double maxExpansionShare;

    DemandExpansionPolicy(Params params) {
        this.expandAboveDemandRatio = params.number("expandAboveDemandRatio");
        this.maxExpansionShare = params.number("maxExpansionShare");
    }

    @Override
    public SortedMap<String, Long> allocate(TsmcObservation observation) {
        List<TsmcObservation.Claim> claims = observation.claims();
        long[] wafers = ProRata.allocate(observation.capacityWafers(),
                claims.stream().mapToLong(TsmcObservation.Claim::wafers).toArray());
        SortedMap<String, Long> granted = new TreeMap<>();
        for (int i = 0; i < wafers.length; i++) {
            granted.merge(claims.get(i).customer(), wafers[i], Long::sum);
        }
        return granted;
    }

    @Override
    public long expansion(TsmcObservation observation) {
        long planned = observation.capacityWafers() + observation.underConstruction();
        double target = observation.demandedWafers() / Math.max(1e-9, expandAboveDemandRatio);
        long gap = (long) Math.ceil(target) - planned;
        long most = (long) Math.floor(maxExpansionShare * observation.capacityWafers());
        return Math.max(0, Math.min(gap, most));
    }

    public static final class Factory implements PolicyFactory {
        @Override
        public String name() {
            return "demand-expansion";
        }

        @Override
        public String role() {
            return Roles.TSMC;
        }

        @Override
        public String description() {
            return "shares scarce capacity pro rata to requests; builds new capacity when demand outruns "
                    + "capacity plus what is being built, up to a share of capacity per quarter";
        }

        @Override
        public List<ParamSpec> params() {
            return List.of(
                    ParamSpec.number("expandAboveDemandRatio", 0.9, 0.01, 10, "ratio",
                            "target utilisation: build until demand over planned capacity falls to this"),
                    ParamSpec.number("maxExpansionShare", 0.3, 0, 10, "share of capacity per quarter",
                            "most new capacity started in one quarter"));
        }

        @Override
        public Object create(Params params) {
            return new DemandExpansionPolicy(params);
        }
    }
}
