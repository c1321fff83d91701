package chipsim.market;

/**
 * One accelerator model in the catalogue. Specs are data, read from the scenario.
 *
 * @param id                 short name used everywhere ("H20", "Ascend910C")
 * @param vendor             the agent id of the seller that produces it ("nvidia", "huawei")
 * @param origin             the country whose rules control it: US chips fall under Washington's export rules
 * @param tflopsBf16         dense BF16 TFLOPS
 * @param memoryGb           on-package memory, GB
 * @param bandwidthTbs       memory bandwidth, TB/s
 * @param interconnectGbs    chip-to-chip interconnect, GB/s
 * @param tpp                total processing performance, the export-control metric (about 16 x dense TFLOPS)
 * @param unitCostUsd        the vendor's cost to make one unit, USD
 * @param listPriceUsd       the price the vendor opens at, USD per unit
 * @param unitsPerWafer      good packaged units per advanced-packaging (CoWoS) wafer, for TSMC-made chips
 * @param chinaOnly          a China-specific variant: it has no buyer elsewhere, so a ban strands its stock
 * @param availableFrom      first quarter it can be produced and sold; null for "since before the run"
 * @param discontinuedAfter  last quarter it is produced; null for "still produced"
 * @param variantOf          for a compliant variant, the chip it is cut down from; null otherwise
 * @param designLagQuarters  for a variant, quarters from the decision to design it to its first units
 */
public record Chip(
        String id,
        String vendor,
        String origin,
        double tflopsBf16,
        double memoryGb,
        double bandwidthTbs,
        double interconnectGbs,
        double tpp,
        long unitCostUsd,
        long listPriceUsd,
        double unitsPerWafer,
        boolean chinaOnly,
        Quarter availableFrom,
        Quarter discontinuedAfter,
        String variantOf,
        int designLagQuarters) {

    public boolean isUsOrigin() {
        return "US".equals(origin);
    }

    public boolean isVariant() {
        return variantOf != null;
    }

    /** True when the chip exists as a product in that quarter (launched, not yet discontinued). */
    public boolean inProduction(Quarter quarter) {
        return (availableFrom == null || !quarter.isBefore(availableFrom))
                && (discontinuedAfter == null || !quarter.isAfter(discontinuedAfter));
    }
}
