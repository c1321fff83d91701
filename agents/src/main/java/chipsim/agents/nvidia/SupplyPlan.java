package chipsim.agents.nvidia;

import chipsim.agents.decision.Checks;
import chipsim.agents.decision.Decision;
import chipsim.market.Chip;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Nvidia's supply decision.
 *
 * @param wafersByChip   advanced-packaging wafers wanted this quarter per product, or per scheduled chip
 *                       launching when the units arrive (0..10^9)
 * @param startDesign    variants to start designing now (from {@code designable})
 * @param writeDown      chips whose whole stock is written off now (stranded by a ban)
 * @param forecastUnits  its demand forecast per chip, units per quarter, kept for the next
 *                       quarter's observation (its memory; 0..10^12)
 * @param designTo       new variants to design now: base product (banned for China) to the TPP the
 *                       variant is designed to (above 0, below the base's TPP)
 * @param abandonDesign  variants in design (from {@code variantDesigns}) to stop designing now
 */
public record SupplyPlan(SortedMap<String, Long> wafersByChip, List<String> startDesign, List<String> writeDown,
        SortedMap<String, Double> forecastUnits, SortedMap<String, Double> designTo, List<String> abandonDesign)
        implements Decision<NvidiaObservation> {

    /** A plan that designs no variant at run time. */
    public SupplyPlan(SortedMap<String, Long> wafersByChip, List<String> startDesign, List<String> writeDown,
            SortedMap<String, Double> forecastUnits) {
        this(wafersByChip, startDesign, writeDown, forecastUnits, null, null);
    }

    public SupplyPlan {
        designTo = designTo == null ? Collections.emptySortedMap() : Collections.unmodifiableSortedMap(new TreeMap<>(designTo));
        abandonDesign = abandonDesign == null ? List.of() : List.copyOf(abandonDesign);
        wafersByChip = Collections.unmodifiableSortedMap(new TreeMap<>(wafersByChip));
        startDesign = List.copyOf(startDesign);
        writeDown = List.copyOf(writeDown);
        forecastUnits = forecastUnits == null ? Collections.emptySortedMap()
                : Collections.unmodifiableSortedMap(new TreeMap<>(forecastUnits));
    }

    @Override
    public void check(NvidiaObservation observation, Checks checks) {
        List<String> buildable = java.util.stream.Stream.concat(observation.products().stream(),
                ForwardLookingPolicy.launchingNext(observation).stream()).map(Chip::id).toList();
        checks.counts("wafersByChip", wafersByChip, buildable, 0, 1_000_000_000L);
        checks.members("startDesign", startDesign, observation.designable().stream().map(Chip::id).toList());
        checks.members("writeDown", writeDown, observation.inventory().keySet());
        checks.numbers("forecastUnits", forecastUnits, forecastUnits.keySet(), 0, 1e12);
        checks.members("abandonDesign", abandonDesign, observation.variantDesigns().stream().map(Chip::id).toList());
        for (var design : designTo.entrySet()) {
            Chip base = observation.products().stream().filter(c -> c.id().equals(design.getKey())).findFirst().orElse(null);
            if (base == null) {
                checks.problem("designTo", design.getKey() + " is not one of its products");
            } else if (!(design.getValue() > 0 && design.getValue() < base.tpp())) {
                checks.problem("designTo", design.getKey() + " -> " + design.getValue()
                        + ": a variant's TPP must be above 0 and below its base's " + base.tpp());
            }
        }
    }
}
