package chipsim.runner.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import chipsim.market.Chip;
import chipsim.market.Quarter;
import chipsim.market.rules.ChipImportTerms;
import chipsim.market.rules.ExportRules;
import chipsim.market.rules.ExportStatus;
import chipsim.market.rules.ImportPolicy;
import chipsim.market.rules.ImportStance;
import chipsim.runner.sim.QuarterRecord;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class RegimesTest {

    private static Chip chip(String id, String origin, double tpp, String from, String until) {
        return new Chip(id, origin.equals("US") ? "nvidia" : "huawei", origin, 1000, 80, 3, 900, tpp, 1000, 2000, 20,
                false, from == null ? null : Quarter.parse(from), until == null ? null : Quarter.parse(until), null, 0);
    }

    private static final List<Chip> CHIPS = List.of(
            chip("H100", "US", 15824, "2023Q1", "2025Q2"),     // retired before the end: not on the market
            chip("H20", "US", 2368, "2024Q1", null),
            chip("H200", "US", 15824, "2024Q2", null),
            chip("B200", "US", 36000, "2025Q1", null),
            chip("B20", "US", 18000, null, null),              // a variant with no launch date
            chip("Ascend910C", "CN", 12500, "2025Q1", null));  // not Washington's to rule

    private static QuarterRecord last(Map<String, ExportStatus> overrides, Map<String, ImportStance> stances) {
        ExportRules rules = ExportRules.classify(CHIPS, 4800, 30000, 0.25, 0.5, 0.3, 1, new TreeMap<>(overrides),
                new TreeMap<>(Map.of("H20", 0.15)));
        TreeMap<String, ChipImportTerms> terms = new TreeMap<>();
        stances.forEach((chip, stance) -> terms.put(chip, ChipImportTerms.of(stance)));
        return new QuarterRecord(Quarter.parse("2027Q4"), rules, new ImportPolicy(terms, 0.2), new TreeMap<>(),
                List.of(), List.of(), new TreeMap<>(), List.of(), new TreeMap<>(), List.of());
    }

    @Test
    void eachUsChipOnTheMarketWithBothCapitalsStances() {
        QuarterRecord quarter = last(Map.of("H20", ExportStatus.BANNED),
                Map.of("H200", ImportStance.QUOTA, "H20", ImportStance.DISCOURAGED));
        // H20 banned (Beijing's stance on a banned chip says nothing); H200 licensed at 25% in a quota;
        // B200 above the ban line; B20 never offered, so not on the market.
        assertEquals("B200:banned H20:banned H200:licensed(25%)/quota", Regimes.label(quarter, CHIPS, Set.of()));
    }

    @Test
    void aVariantWashingtonRuledOnByNameIsInTheRegimeEvenIfNeverOffered() {
        QuarterRecord quarter = last(Map.of("B20", ExportStatus.BANNED), Map.of());
        assertEquals("B20:banned B200:banned H20:open H200:licensed(25%)", Regimes.label(quarter, CHIPS, Set.of()));
    }

    @Test
    void aVariantIsOnTheMarketOnceOfferedAndItsOwnShareIsShown() {
        QuarterRecord quarter = last(Map.of("H20", ExportStatus.LICENSED), Map.of("B20", ImportStance.BARRED));
        assertEquals("B20:licensed(25%)/barred B200:banned H20:licensed(15%) H200:licensed(25%)",
                Regimes.label(quarter, CHIPS, Set.of("B20")));
    }
}
