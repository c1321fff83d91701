package chipsim.agents.washington;

import static chipsim.agents.Fixtures.B200_TPP;
import static chipsim.agents.Fixtures.B20_TPP;
import static chipsim.agents.Fixtures.H100_TPP;
import static chipsim.agents.Fixtures.H20_TPP;
import static chipsim.agents.Fixtures.QUARTER;
import static chipsim.agents.Fixtures.REVIEW;
import static chipsim.agents.Fixtures.catalogue;
import static chipsim.agents.Fixtures.policy;
import static chipsim.agents.Fixtures.rules;
import static chipsim.agents.Fixtures.state;
import static chipsim.agents.Fixtures.usChips;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.agents.Fixtures;
import chipsim.market.Quarter;
import chipsim.market.report.PublicState;
import chipsim.market.rules.ExportRules;
import chipsim.market.rules.ExportStatus;
import chipsim.market.rules.ImportPolicy;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class WashingtonPoliciesTest {

    private static WashingtonObservation observe(Quarter quarter, ExportRules current, PublicState last) {
        boolean review = quarter.quarterOfYear() == current.reviewQuarterOfYear();
        return new WashingtonObservation(quarter, review, current, last, usChips());
    }

    /** The rules a decision leads to, classified the way Washington's actor does it. */
    private static ExportRules apply(RulesDecision decision, ExportRules current) {
        return ExportRules.classify(catalogue().all(), decision.licenceAboveTpp(), decision.banAboveTpp(),
                decision.revenueShare(), decision.chinaCapRatio(), decision.enforcement(),
                current.reviewQuarterOfYear(), current.overrides(), current.shareOverrides());
    }

    private static void assertNeverLooser(ExportRules before, ExportRules after) {
        for (String chip : before.statusByChip().keySet()) {
            assertTrue(after.status(chip).ordinal() >= before.status(chip).ordinal(),
                    chip + " went from " + before.status(chip) + " to " + after.status(chip));
        }
    }

    @Nested
    class LicenceForRevenue {

        private final WashingtonPolicy policy = policy(new LicenceForRevenuePolicy.Factory(), Map.of(
                "dependenceTarget", 0.5, "maxChinaGrowth", 0.3, "maxChinaToUsCompute", 0.5,
                "licenceCeilingTpp", 21000, "revenueShare", 0.2, "chinaCapRatio", 0.5), WashingtonPolicy.class);

        private final ExportRules everythingAboveH20Banned = rules(4800, 4800);

        @Test
        void licensesChipsBelowTheCeilingWhenChinaBuysTooFewUsChipsAtReview() {
            PublicState drifting = state().usChipShare(0.2).chinaGrowth(0.0).build();

            RulesDecision decision = policy.decide(observe(REVIEW, everythingAboveH20Banned, drifting));
            ExportRules next = apply(decision, everythingAboveH20Banned);

            assertTrue(decision.changed());
            assertEquals(ExportStatus.LICENSED, next.status("H100"), "H100 is below the ceiling");
            assertEquals(ExportStatus.LICENSED, next.status("B20"), "B20 is below the ceiling");
            assertEquals(ExportStatus.BANNED, next.status("B200"), "B200 is above the ceiling");
            assertEquals(ExportStatus.OPEN, next.status("H20"), "a chip below the licence line stays open");
            assertEquals(0.2, next.revenueShare(), 1e-9);
            assertEquals(0.5, next.chinaCapRatio(), 1e-9);
        }

        @Test
        void doesNothingOffTheReviewQuarter() {
            PublicState drifting = state().usChipShare(0.2).chinaGrowth(2.0).build();

            RulesDecision decision = policy.decide(observe(QUARTER, everythingAboveH20Banned, drifting));

            assertFalse(decision.changed());
            assertEquals(RulesDecision.keep(everythingAboveH20Banned), decision);
        }

        @Test
        void doesNothingBeforeThereIsAnyHistory() {
            PublicState none = Fixtures.firstState(everythingAboveH20Banned, ImportPolicy.openDoor());

            assertEquals(RulesDecision.keep(everythingAboveH20Banned),
                    policy.decide(observe(REVIEW, everythingAboveH20Banned, none)));
        }

        @Test
        void tightensOneClassWhenChinasComputeGrowsTooFast() {
            ExportRules licensedUpToCeiling = rules(4800, 21000);
            PublicState racing = state().usChipShare(0.7).chinaGrowth(0.8).compute(1e6, 10e6).build();

            ExportRules next = apply(policy.decide(observe(REVIEW, licensedUpToCeiling, racing)), licensedUpToCeiling);

            assertEquals(1, next.tighteningsSince(licensedUpToCeiling), "one chip class more is banned");
            assertEquals(ExportStatus.BANNED, next.status("B20"), "the most capable chip below the old line");
            assertEquals(ExportStatus.LICENSED, next.status("H100"));
        }

        @Test
        void tightensWhenChinasComputeGetsTooCloseToTheUs() {
            ExportRules licensedUpToCeiling = rules(4800, 21000);
            PublicState close = state().usChipShare(0.7).chinaGrowth(0.0).compute(3e6, 4e6).build();

            ExportRules next = apply(policy.decide(observe(REVIEW, licensedUpToCeiling, close)), licensedUpToCeiling);

            assertEquals(1, next.tighteningsSince(licensedUpToCeiling));
        }

        @Test
        void keepsTheRulesWhenChinaIsDependentAndNotRacing() {
            ExportRules licensedUpToCeiling = rules(4800, 21000);
            PublicState calm = state().usChipShare(0.7).chinaGrowth(0.1).compute(1e6, 10e6).build();

            assertFalse(policy.decide(observe(REVIEW, licensedUpToCeiling, calm)).changed());
        }
    }

    @Nested
    class ThresholdRatchet {

        private final WashingtonPolicy policy = policy(new ThresholdRatchetPolicy.Factory(),
                Map.of("growthTrigger", 0.5, "huaweiShareTrigger", 0.4), WashingtonPolicy.class);

        @Test
        void dropsTheBanLineOneClassWhenChinasGrowthCrossesTheTrigger() {
            ExportRules current = rules(H100_TPP, B20_TPP);

            ExportRules next = apply(policy.decide(observe(REVIEW, current, state().chinaGrowth(0.9).build())), current);

            assertEquals(ExportStatus.BANNED, next.status("H100"));
            assertEquals(1, next.tighteningsSince(current));
        }

        @Test
        void dropsTheBanLineWhenHuaweisShareCrossesTheTrigger() {
            ExportRules current = rules(H100_TPP, B20_TPP);

            ExportRules next = apply(policy.decide(observe(REVIEW, current, state().huaweiShare(0.6).build())), current);

            assertEquals(1, next.tighteningsSince(current));
        }

        @Test
        void keepsTheRulesBelowTheTriggersAndOffTheReview() {
            ExportRules current = rules(H100_TPP, B20_TPP);

            assertFalse(policy.decide(observe(REVIEW, current, state().chinaGrowth(0.2).huaweiShare(0.1).build()))
                    .changed());
            assertFalse(policy.decide(observe(QUARTER, current, state().chinaGrowth(0.9).huaweiShare(0.9).build()))
                    .changed());
        }

        @Test
        void onlyEverTightens() {
            double[] lines = {H20_TPP, H100_TPP, B20_TPP, B200_TPP, 50_000};
            SplittableRandom random = new SplittableRandom(7);
            for (int i = 0; i < 200; i++) {
                double ban = lines[random.nextInt(lines.length)];
                double licence = Math.min(ban, lines[random.nextInt(lines.length)]);
                ExportRules current = rules(licence, ban);
                Quarter quarter = random.nextBoolean() ? REVIEW : QUARTER;
                PublicState last = state().chinaGrowth(random.nextDouble() * 2).huaweiShare(random.nextDouble())
                        .usChipShare(random.nextDouble()).build();

                RulesDecision decision = policy.decide(observe(quarter, current, last));

                assertTrue(decision.banAboveTpp() <= ban && decision.licenceAboveTpp() <= licence,
                        "lines rose: " + decision + " from licence " + licence + ", ban " + ban);
                assertNeverLooser(current, apply(decision, current));
            }
        }
    }

    @Test
    void staticPolicyKeepsTheRulesWhateverItSees() {
        WashingtonPolicy policy = policy(new StaticWashingtonPolicy.Factory(), Map.of(), WashingtonPolicy.class);
        ExportRules current = rules(4800, 21000);
        PublicState extreme = state().usChipShare(0.0).chinaGrowth(5.0).huaweiShare(1.0).compute(9e6, 1e6).build();

        assertEquals(RulesDecision.keep(current), policy.decide(observe(REVIEW, current, extreme)));
    }
}
