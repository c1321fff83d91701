package chipsim.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalogue takes chips designed during the run, in the order they are announced. */
class ChipCatalogueTest {

    private static Chip chip(String id, double tflops, double bandwidth) {
        return new Chip(id, "nvidia", "US", tflops, 96, bandwidth, 900, 16 * tflops, 4000, 20000, 28, true,
                Quarter.parse("2027Q1"), null, "B200", 3);
    }

    private static final ChipCatalogue SCENARIO = new ChipCatalogue(List.of(chip("H100", 989, 3.35), chip("H20", 148, 4.0)),
            0.6);

    @Test
    void aDesignedChipIsAddedAfterTheScenarioChipsWithItsEffectiveCompute() {
        Chip b20 = chip("B20", 1247, 4.0);
        ChipCatalogue grown = SCENARIO.with(b20);
        assertEquals(List.of("H100", "H20", "B20"), grown.all().stream().map(Chip::id).toList());
        assertEquals(List.of("H100", "H20", "B20"), grown.byVendor("nvidia").stream().map(Chip::id).toList());
        assertEquals(ChipCatalogue.h100e(b20, 0.6), grown.h100e("B20"), 1e-12);
        assertEquals(1.0, grown.h100e("H100"), 1e-12, "the reference chip is one H100e");
        assertTrue(SCENARIO.find("B20").isEmpty(), "the catalogue it grew from is unchanged");
    }

    @Test
    void theSameChipTwiceChangesNothingAndAnotherUnderItsIdIsRefused() {
        ChipCatalogue grown = SCENARIO.with(chip("B20", 1247, 4.0));
        assertSame(grown, grown.with(chip("B20", 1247, 4.0)));
        assertThrows(IllegalArgumentException.class, () -> grown.with(chip("B20", 1000, 4.0)));
    }
}
