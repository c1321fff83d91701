package chipsim.market;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The chips of a scenario, in catalogue order, with the effective-compute blend that turns a chip
 * into H100-equivalents.
 */
public final class ChipCatalogue {

    /** The reference chip of an H100-equivalent: H100 SXM, 989 dense BF16 TFLOPS, 3.35 TB/s. */
    public static final double H100_TFLOPS = 989.0;
    public static final double H100_BANDWIDTH_TBS = 3.35;

    private final Map<String, Chip> byId;
    private final List<Chip> all;
    private final Map<String, List<Chip>> byVendor = new java.util.HashMap<>();
    private final double flopsWeight;
    /** Effective compute per chip, computed once: it is read on every fill and every buyer's choice. */
    private final Map<String, Double> h100eById = new java.util.HashMap<>();

    /**
     * @param flopsWeight weight of FLOPs in the effective-compute blend (0..1); the rest goes to
     *                    memory bandwidth. Training leans on FLOPs, inference on bandwidth.
     */
    public ChipCatalogue(List<Chip> chips, double flopsWeight) {
        Map<String, Chip> map = new LinkedHashMap<>();
        for (Chip chip : chips) {
            if (map.put(chip.id(), chip) != null) {
                throw new IllegalArgumentException("chip " + chip.id() + " is listed twice");
            }
        }
        this.byId = Collections.unmodifiableMap(map);
        this.all = List.copyOf(map.values());
        for (Chip chip : all) {
            byVendor.computeIfAbsent(chip.vendor(), v -> new ArrayList<>()).add(chip);
        }
        byVendor.replaceAll((vendor, chipsOfVendor) -> List.copyOf(chipsOfVendor));
        this.flopsWeight = flopsWeight;
        for (Chip chip : chips) {
            h100eById.put(chip.id(), h100e(chip, flopsWeight));
        }
    }

    /**
     * This catalogue with a chip designed during the run added after the others (a compliant
     * variant: docs/model.md, "Variant design"). Every holder of the catalogue adds the same chips
     * in the order they are announced, so all agree on it. Adding a chip already listed with the
     * same figures changes nothing; a different chip under a listed id is refused.
     */
    public ChipCatalogue with(Chip chip) {
        Chip listed = byId.get(chip.id());
        if (listed != null) {
            if (!listed.equals(chip)) {
                throw new IllegalArgumentException("chip " + chip.id() + " is already listed with other figures");
            }
            return this;
        }
        List<Chip> chips = new ArrayList<>(all);
        chips.add(chip);
        return new ChipCatalogue(chips, flopsWeight);
    }

    /** Effective compute of one unit of a chip under a FLOPs weight (see {@link #h100e(String)}). */
    public static double h100e(Chip chip, double flopsWeight) {
        double flops = chip.tflopsBf16() / H100_TFLOPS;
        double bandwidth = chip.bandwidthTbs() / H100_BANDWIDTH_TBS;
        return Math.pow(flops, flopsWeight) * Math.pow(bandwidth, 1.0 - flopsWeight);
    }

    public List<Chip> all() {
        return all;
    }

    public Chip get(String id) {
        Chip chip = byId.get(id);
        if (chip == null) {
            throw new IllegalArgumentException("unknown chip '" + id + "'; the catalogue has " + byId.keySet());
        }
        return chip;
    }

    public Optional<Chip> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<Chip> byVendor(String vendor) {
        return byVendor.getOrDefault(vendor, List.of());
    }

    public double flopsWeight() {
        return flopsWeight;
    }

    /**
     * Effective compute of one unit in H100-equivalents: a weighted geometric mean of its FLOPs and
     * its memory bandwidth, each relative to an H100. A geometric blend means neither can stand in
     * fully for the other: an H20 with a seventh of the FLOPs but more bandwidth scores about 0.35.
     */
    public double h100e(String chipId) {
        Double h100e = h100eById.get(chipId);
        if (h100e == null) {
            throw new IllegalArgumentException("unknown chip '" + chipId + "'; the catalogue has " + byId.keySet());
        }
        return h100e;
    }
}
