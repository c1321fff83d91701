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
import chipsim.agents.washington.RulesDecision;
import chipsim.agents.washington.WashingtonObservation;
import chipsim.agents.washington.WashingtonPolicy;
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
            return new SupplyPlan(new TreeMap<>(), List.of(), List.of(), new TreeMap<>());
        }

        @Override
        public chipsim.agents.nvidia.LicenceRequests licenceRequests(NvidiaObservation observation) {
            return new chipsim.agents.nvidia.LicenceRequests(new TreeMap<>());
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

    /** A TSMC policy that blocks its actor far longer than a decision may take, as a hung agent would. */
    public static final class Stalling implements TsmcPolicy {
        private static final CountDownLatch NEVER = new CountDownLatch(1);

        @Override
        public SortedMap<String, Long> allocate(TsmcObservation observation) {
            try {
                NEVER.await(3, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new TreeMap<>();
        }

        @Override
        public long expansion(TsmcObservation observation) {
            return 0;
        }

        public static final class Factory extends TestFactory {
            public Factory() {
                super("test-stalls", Roles.TSMC, "test only: blocks for 3 s when allocating capacity", List.of(),
                        params -> new Stalling());
            }
        }
    }

    /** A Washington policy that never returns from the quarter given: an endless loop, burning its thread. */
    public static final class Looping implements WashingtonPolicy {
        private final Quarter loopIn;
        private volatile long spins;

        Looping(Quarter loopIn) {
            this.loopIn = loopIn;
        }

        @Override
        public RulesDecision decide(WashingtonObservation observation) {
            while (!observation.quarter().isBefore(loopIn)) {
                spins++;
            }
            return RulesDecision.keep(observation.current());
        }

        public static final class Factory extends TestFactory {
            public Factory() {
                super("test-loops", Roles.WASHINGTON, "test only: loops forever from a quarter on",
                        List.of(ParamSpec.text("loopIn", "2024Q2", "the first quarter it never returns in")),
                        params -> new Looping(Quarter.parse(params.text("loopIn"))));
            }
        }
    }

    /** A Washington policy whose enforcement turns NaN from a quarter on. */
    public static final class NotANumber implements WashingtonPolicy {
        private final Quarter from;

        NotANumber(Quarter from) {
            this.from = from;
        }

        @Override
        public RulesDecision decide(WashingtonObservation observation) {
            RulesDecision keep = RulesDecision.keep(observation.current());
            if (observation.quarter().isBefore(from)) {
                return keep;
            }
            return new RulesDecision(keep.licenceAboveTpp(), keep.banAboveTpp(), keep.revenueShare(),
                    keep.chinaCapRatio(), Double.NaN, "");
        }

        public static final class Factory extends TestFactory {
            public Factory() {
                super("test-nan", Roles.WASHINGTON, "test only: enforcement NaN from a quarter on",
                        List.of(ParamSpec.text("from", "2024Q3", "the first quarter of NaN")),
                        params -> new NotANumber(Quarter.parse(params.text("from"))));
            }
        }
    }

    /** A factory of a test policy, declared by its parts. */
    abstract static class TestFactory implements PolicyFactory {
        private final String name;
        private final String role;
        private final String description;
        private final List<ParamSpec> params;
        private final java.util.function.Function<Params, Object> make;

        TestFactory(String name, String role, String description, List<ParamSpec> params,
                java.util.function.Function<Params, Object> make) {
            this.name = name;
            this.role = role;
            this.description = description;
            this.params = params;
            this.make = make;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String role() {
            return role;
        }

        @Override
        public String description() {
            return description;
        }

        @Override
        public List<ParamSpec> params() {
            return params;
        }

        @Override
        public Object create(Params params) {
            return make.apply(params);
        }
    }
}
