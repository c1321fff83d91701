package chipsim.agents.nvidia;

import static chipsim.agents.Fixtures.book;
import static chipsim.agents.Fixtures.chip;
import static chipsim.agents.Fixtures.policy;
import static chipsim.agents.Fixtures.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.agents.Fixtures;
import chipsim.market.Chip;
import chipsim.market.ChipCatalogue;
import chipsim.market.Quarter;
import chipsim.market.rules.ChipImportTerms;
import chipsim.market.rules.ExportRules;
import chipsim.market.rules.ExportStatus;
import chipsim.market.rules.ImportPolicy;
import chipsim.market.rules.ImportStance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Variants designed at run time (docs/model.md, "Variant design"): the derivation and the rule. */
class VariantDesignTest {

    /** Three quarters, $300m a design, all the base's memory kept, half the unit cost scaled. */
    private static final VariantDesign.Terms TERMS = new VariantDesign.Terms(3, 300_000_000L, 1.0, 0.5, 0.6);

    private static ForwardLookingPolicy nvidia() {
        Map<String, Object> params = new HashMap<>(Map.ofEntries(
                Map.entry("forecastSmoothing", 0.5), Map.entry("trendSmoothing", 0.0),
                Map.entry("minFillGuess", 0.3), Map.entry("maxExcessDemand", 2.0),
                Map.entry("coverQuarters", 0.25), Map.entry("inventoryAdjustmentQuarters", 1.0),
                Map.entry("openingCoverQuarters", 1.5), Map.entry("stopBuildingBelief", 0.2),
                Map.entry("designMargin", 0.05), Map.entry("upgradeBelowShare", 0.4),
                Map.entry("banHazard", 0.05), Map.entry("reviewLikelihoodRatio", 3.5),
                Map.entry("growthAlarmLine", 0.3), Map.entry("openingHazard", 0.05),
                Map.entry("openingLikelihoodRatio", 3.5), Map.entry("shortfallAlarmLine", 0.5),
                Map.entry("licenceCeilingTpp", 21000.0), Map.entry("rumourReliability", 0.8)));
        return policy(new ForwardLookingPolicy.Factory(), params, ForwardLookingPolicy.class);
    }

    /** What Nvidia sees: H100, H20 and B200 on sale, no catalogue variant to design. */
    private static final class Seen {
        Quarter quarter = Fixtures.QUARTER;
        ExportRules rules = Fixtures.rules(4800, 21000);
        ImportPolicy imports = ImportPolicy.openDoor();
        List<Chip> designs = new ArrayList<>();
        VariantDesign.Terms terms = TERMS;
        SortedMap<String, Double> rumours = new TreeMap<>();
        double chinaGrowth = 0.1;
        SortedMap<String, Long> inventory = new TreeMap<>();
        Map<String, Fixtures.BookBuilder> books = new TreeMap<>();

        NvidiaObservation observation() {
            List<Chip> products = List.of(chip("H100"), chip("H20"), chip("B200"));
            var last = state().lastQuarter(quarter.plus(-1)).rules(rules).chinaGrowth(chinaGrowth);
            books.forEach(last::book);
            return new NvidiaObservation(quarter, products, products, List.of(), List.of(), new TreeMap<>(),
                    inventory, new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), rules, imports,
                    last.build(), 1_000, new TreeMap<>(), Set.of(), new TreeMap<>(), rumours, designs, terms);
        }
    }

    private static Chip designed(Chip base, double tpp) {
        return VariantDesign.derive(base, tpp, VariantDesign.name(base.id(), tpp, Set.of()),
                Fixtures.QUARTER.plus(2), TERMS);
    }

    @Test
    void aVariantTakesItsFiguresFromItsBaseByTheDocumentedRule() {
        Chip b200 = chip("B200");
        Chip b20 = VariantDesign.derive(b200, 19_950, "B20", Quarter.parse("2027Q1"), TERMS);
        double kept = 19_950 / b200.tpp();
        assertEquals(19_950, b20.tpp(), 1e-9);
        assertEquals(b200.tflopsBf16() * kept, b20.tflopsBf16(), 1e-9, "FLOPs scaled with the TPP");
        assertEquals(b200.bandwidthTbs(), b20.bandwidthTbs(), 1e-12, "the rules test TPP only: bandwidth kept");
        assertEquals(Math.round(b200.unitCostUsd() * (0.5 + 0.5 * kept)), b20.unitCostUsd());
        double pricePerH100e = (double) b200.listPriceUsd() / ChipCatalogue.h100e(b200, 0.6);
        assertEquals(pricePerH100e * ChipCatalogue.h100e(b20, 0.6), b20.listPriceUsd(), 1.0,
                "opens at its base's price per H100e");
        assertTrue(b20.chinaOnly() && "B200".equals(b20.variantOf()) && b20.unitsPerWafer() == b200.unitsPerWafer());
        assertEquals(Quarter.parse("2027Q1"), b20.availableFrom());
        Chip halfMemory = VariantDesign.derive(b200, 19_950, "B20", null,
                new VariantDesign.Terms(3, 0, 0.5, 0.5, 0.6));
        assertEquals(b200.memoryGb() / 2, halfMemory.memoryGb(), 1e-12);
        assertTrue(halfMemory.listPriceUsd() < b20.listPriceUsd(), "less bandwidth, fewer H100e, a lower price");
    }

    @Test
    void aVariantIsNamedAfterItsBaseAndItsTppAndNeverReusesAName() {
        assertEquals("B20", VariantDesign.name("B200", 19_950, Set.of()));
        assertEquals("B2", VariantDesign.name("B200", 2_250, Set.of()));
        assertEquals("H20A", VariantDesign.name("H100", 19_800, Set.of("H20")));
        assertEquals("H20B", VariantDesign.name("H100", 19_800, Set.of("H20", "H20A")));
        assertEquals("Rubin19", VariantDesign.name("Rubin", 18_953, Set.of()));
    }

    @Test
    void theVariantItDesignsSitsUnderTheThresholdInForce() {
        for (double line : new double[] {15_000, 21_000, 30_000}) {
            Seen seen = new Seen();
            seen.rules = Fixtures.rules(Math.min(4_800, line), line);
            SupplyPlan plan = nvidia().supply(seen.observation());
            assertEquals(Set.of("B200"), plan.designTo().keySet(), "B200 is banned at " + line + ": " + plan);
            Chip variant = designed(chip("B200"), plan.designTo().get("B200"));
            assertEquals(line * 0.95, variant.tpp(), 1e-9, "designed to the line less the 5% margin");
            ExportRules classified = ExportRules.classify(List.of(variant), seen.rules.licenceAboveTpp(), line, 0.25, 0,
                    0.5, Fixtures.REVIEW_QUARTER_OF_YEAR, Map.of(), Map.of());
            assertNotEquals(ExportStatus.BANNED, classified.status(variant.id()), "under the line " + line);
        }
    }

    @Test
    void noNewVariantWhileItsChinaLineSitsNearTheRule() {
        Seen seen = new Seen();
        seen.rules = Fixtures.rules(4_800, 4_800);
        // H20 (TPP 2,368) is legal and over 0.4 x 4,560: no successor yet.
        assertEquals(Map.of(), nvidia().supply(seen.observation()).designTo());
        // Under a line of 21,000 it is under 0.4 x 19,950: a successor is designed.
        seen.rules = Fixtures.rules(4_800, 21_000);
        assertEquals(Set.of("B200"), nvidia().supply(seen.observation()).designTo().keySet());
    }

    @Test
    void aLineMovedDuringTheLagAbandonsTheDesignAndRedesignsToTheNewLine() {
        Seen seen = new Seen();
        seen.designs.add(designed(chip("B200"), 19_950));
        SupplyPlan kept = nvidia().supply(seen.observation());
        assertEquals(List.of(), kept.abandonDesign(), "the line has not moved: the design goes on");
        assertEquals(Map.of(), kept.designTo(), "one design at a time");

        seen.rules = Fixtures.rules(4_800, 15_000);
        SupplyPlan tightened = nvidia().supply(seen.observation());
        assertEquals(List.of("B20"), tightened.abandonDesign(), "TPP 19,950 would launch banned under 15,000");
        assertEquals(15_000 * 0.95, tightened.designTo().get("B200"), 1e-9, "redesigned to the new line at once");

        seen.designs.set(0, designed(chip("B200"), 2_250));
        seen.rules = Fixtures.rules(4_800, 21_000);
        SupplyPlan relaxed = nvidia().supply(seen.observation());
        assertEquals(List.of("B2"), relaxed.abandonDesign(), "a relaxed line overtook a TPP 2,250 design");
        assertEquals(19_950, relaxed.designTo().get("B200"), 1e-9);
    }

    @Test
    void aVariantWorthNoMoreThanAChipBeijingShunsIsNotDesigned() {
        Seen seen = new Seen();
        // H20 banned by a line at its own TPP; Beijing discourages it.
        seen.rules = Fixtures.rules(Fixtures.H20_TPP, Fixtures.H20_TPP);
        seen.imports = new ImportPolicy(new TreeMap<>(Map.of("H20", ChipImportTerms.of(ImportStance.DISCOURAGED))), 0);
        assertEquals(Set.of("B200"), nvidia().supply(seen.observation()).designTo().keySet(),
                "a TPP 2,250 B200 with all its bandwidth beats the H20 in H100e");
        seen.terms = new VariantDesign.Terms(3, 300_000_000L, 0.5, 0.5, 0.6);
        assertEquals(Map.of(), nvidia().supply(seen.observation()).designTo(),
                "with half the bandwidth it is worth less than the H20 China's buyers are told to shun");
    }

    @Test
    void aVariantIsNotDesignedToLaunchInTheQuarterBeforeAReview() {
        Seen seen = new Seen();
        seen.quarter = Fixtures.REVIEW; // + 3 quarters: on sale in Q3, the quarter before the Q4 review
        assertEquals(Map.of(), nvidia().supply(seen.observation()).designTo());
        seen.quarter = Fixtures.REVIEW.next();
        assertEquals(Set.of("B200"), nvidia().supply(seen.observation()).designTo().keySet(), "a quarter later");
    }

    @Test
    void aRumourRaisesItsBanBeliefAndCutsItsBuildOfThatChip() {
        // H20, China-only and legal under the 4800 line, sold out to China in a quiet quarter.
        Seen quiet = new Seen();
        quiet.rules = Fixtures.rules(4_800, 4_800);
        quiet.books.put("H20", book().offered(100_000, 100_000).bid(150_000, 150_000).filled(100_000, 100_000));
        Seen rumoured = new Seen();
        rumoured.rules = quiet.rules;
        rumoured.books.putAll(quiet.books);
        rumoured.rumours.put("H20", 0.6);
        ForwardLookingPolicy forward = nvidia();
        SupplyPlan calm = forward.supply(quiet.observation());
        SupplyPlan alarmed = forward.supply(rumoured.observation());
        double before = calm.forecastUnits().get("H20@ban");
        double after = alarmed.forecastUnits().get("H20@ban");
        assertEquals(0.0, before, "no signal, no belief");
        // Pooled on log-odds with reliability 0.8: logit b = 0.2 logit(0.05) + 0.8 logit(0.6).
        double logOdds = 0.2 * Math.log(0.05 / 0.95) + 0.8 * Math.log(0.6 / 0.4);
        assertEquals(1 / (1 + Math.exp(-logOdds)), after, 1e-9);
        assertTrue(calm.wafersByChip().getOrDefault("H20", 0L) > 0, "built in a quiet quarter");
        assertEquals(0L, alarmed.wafersByChip().getOrDefault("H20", 0L),
                "a belief over the stop-building bar: the China-only chip is not built");
    }
}
