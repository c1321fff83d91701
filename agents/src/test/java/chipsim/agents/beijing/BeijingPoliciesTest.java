package chipsim.agents.beijing;

import static chipsim.agents.Fixtures.QUARTER;
import static chipsim.agents.Fixtures.book;
import static chipsim.agents.Fixtures.catalogue;
import static chipsim.agents.Fixtures.chip;
import static chipsim.agents.Fixtures.policy;
import static chipsim.agents.Fixtures.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.market.Chip;
import chipsim.market.report.PublicState;
import chipsim.market.rules.ChipImportTerms;
import chipsim.market.rules.ImportPolicy;
import chipsim.market.rules.ImportStance;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BeijingPoliciesTest {

    /** H20 is weaker than the best Ascend; H100 and B200 are stronger. */
    private static final List<Chip> FOREIGN = List.of(chip("H20"), chip("H100"), chip("B200"));

    private static BeijingObservation observe(PublicState last, int usTightenings, double coverage) {
        return observe(ImportPolicy.openDoor(), last, usTightenings, coverage);
    }

    private static BeijingObservation observe(ImportPolicy current, PublicState last, int usTightenings,
            double coverage) {
        return observe(current, last, usTightenings, coverage, new TreeMap<>());
    }

    private static BeijingObservation observe(ImportPolicy current, PublicState last, int usTightenings,
            double coverage, SortedMap<String, Double> memory) {
        SortedMap<String, Double> h100e = new TreeMap<>();
        catalogue().all().forEach(c -> h100e.put(c.id(), catalogue().h100e(c.id())));
        return new BeijingObservation(QUARTER, current, last, usTightenings, FOREIGN, h100e,
                catalogue().h100e("Ascend910C"), coverage, memory);
    }

    private static long barred(ImportPlan plan) {
        return plan.terms().values().stream().filter(t -> t.stance() == ImportStance.BARRED).count();
    }

    @Nested
    class PragmaticQuota {

        private final BeijingPolicy policy = policy(new PragmaticQuotaPolicy.Factory(), Map.of(
                "discourageBelowDomestic", 1.0, "firstQuotaUnits", 100_000, "domesticRatio", 0.3,
                "subsidyUsdPerQuarter", 500_000_000), BeijingPolicy.class);

        private final PublicState h100InDemand = state().book("H100", book().bid(3_000_000, 2_000_000)).build();

        @Test
        void discouragesForeignChipsWeakerThanTheBestDomesticOneAndQuotasTheRest() {
            ImportPlan plan = policy.decide(observe(h100InDemand, 0, 0.5));

            assertEquals(ImportStance.DISCOURAGED, plan.terms().get("H20").stance());
            assertEquals(ImportStance.QUOTA, plan.terms().get("H100").stance());
            assertEquals(ImportStance.QUOTA, plan.terms().get("B200").stance());
        }

        @Test
        void sizesTheQuotaToWhatHuaweiCannotSupply() {
            long weakHuawei = policy.decide(observe(h100InDemand, 0, 0.25)).terms().get("H100").quotaUnits();
            long strongHuawei = policy.decide(observe(h100InDemand, 0, 0.75)).terms().get("H100").quotaUnits();

            assertTrue(weakHuawei >= 1_500_000, "covers the shortfall of 1.5 million: " + weakHuawei);
            assertTrue(strongHuawei >= 500_000, "covers the shortfall of 0.5 million: " + strongHuawei);
            assertTrue(weakHuawei > strongHuawei, "the less Huawei supplies, the larger the quota");
        }

        @Test
        void neverQuotasLessThanTheFirstQuotaEvenWithoutDemand() {
            PublicState quiet = state().book("H100", book().bid(1_000, 100)).build();

            assertEquals(100_000, policy.decide(observe(quiet, 0, 0.9)).terms().get("H100").quotaUnits());
        }

        @Test
        void requiresItsDomesticShareAndPaysItsSubsidy() {
            ImportPlan plan = policy.decide(observe(h100InDemand, 0, 0.5));

            assertEquals(0.3, plan.domesticRatio(), 1e-9);
            assertEquals(500_000_000, plan.subsidyUsd());
        }
    }

    @Nested
    class SelfReliance {

        private final BeijingPolicy policy = policy(new SelfReliancePolicy.Factory(), Map.of(
                "barAllAboveCoverage", 0.6, "maxDomesticRatio", 0.5, "subsidyUsdPerQuarter", 1_000_000_000),
                BeijingPolicy.class);

        @Test
        void barsWeakerForeignChipsAndDiscouragesTheRestWhileHuaweiIsSmall() {
            ImportPlan plan = policy.decide(observe(state().build(), 0, 0.2));

            assertEquals(ImportStance.BARRED, plan.terms().get("H20").stance());
            assertEquals(ImportStance.DISCOURAGED, plan.terms().get("H100").stance());
            assertEquals(ImportStance.DISCOURAGED, plan.terms().get("B200").stance());
        }

        @Test
        void barsEveryForeignChipOnceHuaweiCoversEnough() {
            ImportPlan plan = policy.decide(observe(state().build(), 0, 0.8));

            assertEquals(FOREIGN.size(), barred(plan));
        }

        @Test
        void barsMoreAndRaisesTheDomesticRatioAsCoverageGrows() {
            List<ImportPlan> plans = new ArrayList<>();
            for (int tenths = 0; tenths <= 10; tenths++) {
                plans.add(policy.decide(observe(state().build(), 0, tenths / 10.0)));
            }
            for (int i = 1; i < plans.size(); i++) {
                assertTrue(barred(plans.get(i)) >= barred(plans.get(i - 1)), "fewer chips barred at step " + i);
                assertTrue(plans.get(i).domesticRatio() >= plans.get(i - 1).domesticRatio(),
                        "lower domestic ratio at step " + i);
                assertTrue(plans.get(i).domesticRatio() <= 0.5 + 1e-9, "domestic ratio above its maximum");
            }
            assertTrue(barred(plans.get(plans.size() - 1)) > barred(plans.get(0)));
            assertTrue(plans.get(plans.size() - 1).domesticRatio() > plans.get(0).domesticRatio());
        }
    }

    @Nested
    class TitForTat {

        private BeijingPolicy titForTat(boolean bar) {
            return policy(new TitForTatPolicy.Factory(), Map.of("retaliationQuarters", 2, "bar", bar,
                    "subsidyUsdPerQuarter", 1_000_000_000, "retaliationSubsidyFactor", 2.0, "domesticRatio", 0.1),
                    BeijingPolicy.class);
        }

        /** The stance on H100 and the subsidy, quarter by quarter, for US tightenings per quarter. */
        private List<String> play(BeijingPolicy policy, int... tightenings) {
            List<String> quarters = new ArrayList<>();
            SortedMap<String, Double> memory = new TreeMap<>();
            for (int count : tightenings) {
                // The actor gives each decision's memory back in the next observation.
                ImportPlan plan = policy.decide(observe(ImportPolicy.openDoor(), state().build(), count, 0.3, memory));
                memory = plan.memory();
                quarters.add(plan.terms().get("H100").stance() + " " + plan.subsidyUsd());
            }
            return quarters;
        }

        @Test
        void allowsImportsWhileWashingtonIsCalm() {
            ImportPlan plan = titForTat(false).decide(observe(state().build(), 0, 0.3));

            for (ChipImportTerms terms : plan.terms().values()) {
                assertEquals(ImportStance.ALLOWED, terms.stance());
            }
            assertEquals(FOREIGN.size(), plan.terms().size());
        }

        @Test
        void retaliatesAfterAUsTighteningForItsQuartersAndThenStops() {
            assertEquals(List.of(
                            "ALLOWED 1000000000",
                            "DISCOURAGED 2000000000",
                            "DISCOURAGED 2000000000",
                            "ALLOWED 1000000000",
                            "ALLOWED 1000000000"),
                    play(titForTat(false), 0, 1, 0, 0, 0));
        }

        @Test
        void barsInsteadOfDiscouragingWhenSetTo() {
            assertEquals(List.of("BARRED 2000000000", "BARRED 2000000000", "ALLOWED 1000000000"),
                    play(titForTat(true), 3, 0, 0));
        }

        @Test
        void aNewTighteningProlongsTheRetaliation() {
            assertEquals(List.of(
                            "DISCOURAGED 2000000000",
                            "DISCOURAGED 2000000000",
                            "DISCOURAGED 2000000000",
                            "ALLOWED 1000000000"),
                    play(titForTat(false), 1, 1, 0, 0));
        }
    }

    @Nested
    class Static {

        private final BeijingPolicy policy = policy(new StaticBeijingPolicy.Factory(),
                Map.of("subsidyUsdPerQuarter", 700_000_000), BeijingPolicy.class);

        @Test
        void keepsThePolicyInForceWhateverHappensAndPaysItsSubsidy() {
            ImportPolicy current = new ImportPolicy(new TreeMap<>(Map.of("H20",
                    chipsim.market.rules.ChipImportTerms.of(ImportStance.DISCOURAGED))), 0.25);
            for (int tightenings : new int[] {0, 3}) {
                for (double coverage : new double[] {0.0, 0.9}) {
                    ImportPlan plan = policy.decide(observe(current, state().build(), tightenings, coverage));
                    assertEquals(current.byChip(), plan.terms());
                    assertEquals(0.25, plan.domesticRatio());
                    assertEquals(700_000_000L, plan.subsidyUsd());
                    assertTrue(plan.reason().isEmpty());
                }
            }
        }
    }
}
