package chipsim.runner;

import chipsim.agents.ParamSpec;
import chipsim.agents.Params;
import chipsim.agents.PolicyFactory;
import chipsim.agents.Roles;
import chipsim.agents.nvidia.NvidiaObservation;
import chipsim.agents.nvidia.NvidiaPolicy;
import chipsim.agents.nvidia.SalesPlan;
import chipsim.agents.nvidia.SupplyPlan;
import chipsim.agents.tsmc.TsmcObservation;
import chipsim.agents.tsmc.TsmcPolicy;
import chipsim.market.Quarter;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Policies that break on purpose, registered for the tests only, to check that a failing or a
 * stalled agent ends a run with an error naming it, its phase and its quarter, and never hangs.
 */
public final class BrokenPolicies {

    private BrokenPolicies() {}

    /** An Nvidia policy that throws in the supply phase of a given quarter. */
    public static final class Throwing implements NvidiaPolicy {
        private final Quarter failIn;

        Throwing(Quarter failIn) {
            this.failIn = failIn;
        }

        @Override
        public SupplyPlan supply(NvidiaObservation observation) {
            if (observation.quarter().equals(failIn)) {
                throw new IllegalStateException("deliberate test failure");
            }
            return new SupplyPlan(new TreeMap<>(), List.of(), List.of());
        }

        @Override
        public SortedMap<String, Long> licenceRequests(NvidiaObservation observation) {
            return new TreeMap<>();
        }

        @Override
        public SalesPlan sales(NvidiaObservation observation) {
            return new SalesPlan(new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
        }

        public static final class Factory implements PolicyFactory {
            @Override
            public String name() {
                return "test-throws";
            }

            @Override
            public String role() {
                return Roles.NVIDIA;
            }

            @Override
            public String description() {
                return "test only: throws in the supply phase of failIn";
            }

            @Override
            public List<ParamSpec> params() {
                return List.of(ParamSpec.text("failIn", "2024Q2", "quarter in which to throw"));
            }

            @Override
            public Object create(Params params) {
                return new Throwing(Quarter.parse(params.text("failIn")));
            }
        }
    }

    /** A TSMC policy that blocks its actor far longer than a phase may take, as a hung agent would. */
    public static final class Stalling implements TsmcPolicy {
        private static final CountDownLatch NEVER = new CountDownLatch(1);

        @Override
        public long[] allocate(long capacityWafers, long[] claims) {
            try {
                NEVER.await(3, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new long[claims.length];
        }

        @Override
        public long expansion(TsmcObservation observation) {
            return 0;
        }

        public static final class Factory implements PolicyFactory {
            @Override
            public String name() {
                return "test-stalls";
            }

            @Override
            public String role() {
                return Roles.TSMC;
            }

            @Override
            public String description() {
                return "test only: blocks for 3 s when allocating capacity";
            }

            @Override
            public List<ParamSpec> params() {
                return List.of();
            }

            @Override
            public Object create(Params params) {
                return new Stalling();
            }
        }
    }
}
