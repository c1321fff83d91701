package chipsim.agents.nvidia;

import chipsim.market.Chip;
import chipsim.market.Quarter;
import chipsim.market.report.PublicState;
import chipsim.market.rules.ExportRules;
import chipsim.market.rules.ImportPolicy;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;

/**
 * What Nvidia knows when it chooses.
 *
 * @param products            its chips that can be made and sold this quarter (variants only once launched)
 * @param sellable            its chips with units to sell: products, and discontinued chips still in stock
 * @param scheduled           its catalogue chips not yet launched but with a set launch quarter
 * @param designable          compliant variants in the catalogue it has not designed yet
 * @param designing           variants in design, with the quarter their first units can be made
 * @param inventory           units in stock per chip
 * @param pipelineUnits       units already ordered and not yet delivered, per chip
 * @param asks                its current asking price per chip, USD
 * @param licencesGranted     units Washington licensed this quarter per chip (empty before the permits phase)
 * @param quartersBanned      per chip, consecutive quarters it has been banned or barred for China
 * @param imports             Beijing's import policy in force
 * @param launchUnits         demand assumed for a chip with no market history and no opening forecast
 * @param openingForecast     its order book: demand per chip assumed until the chip has market history
 * @param launched            variants it has launched
 * @param forecastUnits       the demand forecast per chip its last supply decision kept (units per quarter)
 * @param rumours             this quarter's public rumours: chip to the probability of a ban they state
 * @param variantDesigns      variants it is designing during the run, each with the figures it was
 *                            designed to and its first quarter on sale ({@code availableFrom})
 * @param designTerms         what a new design takes (lag, cost) and how its figures follow from its base's
 */
public record NvidiaObservation(Quarter quarter, List<Chip> products, List<Chip> sellable, List<Chip> scheduled, List<Chip> designable,
        SortedMap<String, Quarter> designing, SortedMap<String, Long> inventory, SortedMap<String, Long> pipelineUnits,
        SortedMap<String, Long> asks, SortedMap<String, Long> licencesGranted, SortedMap<String, Integer> quartersBanned,
        ExportRules rules, ImportPolicy imports, PublicState last, long launchUnits, SortedMap<String, Double> openingForecast,
        Set<String> launched, SortedMap<String, Double> forecastUnits, SortedMap<String, Double> rumours,
        List<Chip> variantDesigns, VariantDesign.Terms designTerms) {

    /** An observation with no rumour, no variant in design and no design terms of its own. */
    public NvidiaObservation(Quarter quarter, List<Chip> products, List<Chip> sellable, List<Chip> scheduled,
            List<Chip> designable, SortedMap<String, Quarter> designing, SortedMap<String, Long> inventory,
            SortedMap<String, Long> pipelineUnits, SortedMap<String, Long> asks, SortedMap<String, Long> licencesGranted,
            SortedMap<String, Integer> quartersBanned, ExportRules rules, ImportPolicy imports, PublicState last,
            long launchUnits, SortedMap<String, Double> openingForecast, Set<String> launched,
            SortedMap<String, Double> forecastUnits) {
        this(quarter, products, sellable, scheduled, designable, designing, inventory, pipelineUnits, asks,
                licencesGranted, quartersBanned, rules, imports, last, launchUnits, openingForecast, launched,
                forecastUnits, new java.util.TreeMap<>(), List.of(), VariantDesign.Terms.NONE);
    }

    public NvidiaObservation {
        rumours = copy(rumours == null ? new java.util.TreeMap<>() : rumours);
        variantDesigns = variantDesigns == null ? List.of() : List.copyOf(variantDesigns);
        designTerms = designTerms == null ? VariantDesign.Terms.NONE : designTerms;
        products = List.copyOf(products);
        sellable = List.copyOf(sellable);
        scheduled = List.copyOf(scheduled);
        designable = List.copyOf(designable);
        designing = copy(designing);
        inventory = copy(inventory);
        pipelineUnits = copy(pipelineUnits);
        asks = copy(asks);
        licencesGranted = copy(licencesGranted);
        quartersBanned = copy(quartersBanned);
        openingForecast = copy(openingForecast);
        launched = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(launched));
        forecastUnits = copy(forecastUnits);
    }

    private static <V> SortedMap<String, V> copy(SortedMap<String, V> map) {
        return java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(map));
    }

    /** Demand to assume for a chip that has no market history yet. */
    public long unknownDemand(String chipId) {
        return Math.round(openingForecast.getOrDefault(chipId, (double) launchUnits));
    }

    public long stock(String chipId) {
        return inventory.getOrDefault(chipId, 0L);
    }
}
