package chipsim.agents.nvidia;

import chipsim.agents.ParamSpec;
import chipsim.agents.Params;
import chipsim.market.Chip;
import chipsim.market.report.ChipBook;
import chipsim.market.rules.ExportStatus;
import chipsim.market.rules.ImportStance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Nvidia's choices apart from pricing, shared by its shipped policies, which differ only in
 * {@link #ask}. Production follows a smoothed forecast of bids with some headroom (smoothing
 * damps the cobweb a one-quarter production lag would otherwise start); stock is split between
 * China and elsewhere in proportion to where the bids came from; a chip stranded by a ban is
 * written down (banned by Washington or barred by Beijing, it has no buyers left); and when a chip is banned for China while a catalogue variant of it would not be,
 * the most capable such variant is designed (the H100 -> H800 -> H20 -> B20 cycle).
 */
public abstract class StandardNvidiaPolicy implements NvidiaPolicy {

    /** The parameters every standard Nvidia policy takes, before its pricing parameters. */
    public static List<ParamSpec> commonParams() {
        return List.of(
                ParamSpec.number("capacityHeadroom", 1.2, 0, 10, "multiple",
                        "next quarter's production as this multiple of forecast bids, less expected left-over stock"),
                ParamSpec.flag("designVariants", true,
                        "design a compliant variant when its base chip is banned for China and the variant would not be"),
                ParamSpec.integer("writeDownAfterQuarters", 1, 0, 100, "quarters",
                        "quarters a China-only chip stays banned before its stock is written off"),
                ParamSpec.number("forecastSmoothing", 0.4, 0.01, 1, "weight",
                        "weight of last quarter's bids in the demand forecast (1 = no memory)"),
                ChinaPricing.RENT_STEP);
    }

    private final double capacityHeadroom;
    private final boolean designVariants;
    private final int writeDownAfterQuarters;
    private final double forecastSmoothing;
    private final double licenceRentStep;

    protected StandardNvidiaPolicy(Params params) {
        this.capacityHeadroom = params.number("capacityHeadroom");
        this.designVariants = params.flag("designVariants");
        this.writeDownAfterQuarters = (int) params.integer("writeDownAfterQuarters");
        this.forecastSmoothing = params.number("forecastSmoothing");
        this.licenceRentStep = params.number("licenceRentStep");
    }

    /** This quarter's ask for one chip, USD. */
    protected abstract long ask(Chip chip, NvidiaObservation observation);

    @Override
    public SupplyPlan supply(NvidiaObservation observation) {
        SortedMap<String, Long> wafers = new TreeMap<>();
        List<String> writeDown = new ArrayList<>();
        // Demand forecast per chip: an exponential average of bids, kept from quarter to quarter.
        SortedMap<String, Double> forecast = new TreeMap<>(observation.forecastUnits());
        for (Chip chip : observation.products()) {
            boolean bannedInChina = observation.rules().status(chip.id()) == ExportStatus.BANNED;
            boolean barredInChina = observation.imports().stance(chip.id()) == ImportStance.BARRED;
            if (chip.chinaOnly() && (bannedInChina || barredInChina)) {
                int banned = observation.quartersBanned().getOrDefault(chip.id(), 0);
                if (banned >= writeDownAfterQuarters && observation.stock(chip.id()) > 0) {
                    writeDown.add(chip.id());
                }
                continue;
            }
            double demand = expectedDemand(chip, observation, bannedInChina);
            Double previous = forecast.get(chip.id());
            double smoothed = previous == null ? demand : previous + forecastSmoothing * (demand - previous);
            forecast.put(chip.id(), smoothed);
            // This quarter's stock meets this quarter's demand; the order is for next quarter's, less
            // whatever stock is expected to be left over and what is already on its way.
            long leftOver = Math.max(0, observation.stock(chip.id()) - Math.round(smoothed));
            long wanted = (long) Math.ceil(capacityHeadroom * smoothed) - leftOver
                    - observation.pipelineUnits().getOrDefault(chip.id(), 0L);
            if (wanted > 0 && chip.unitsPerWafer() > 0) {
                wafers.put(chip.id(), (long) Math.ceil(wanted / chip.unitsPerWafer()));
            }
        }
        return new SupplyPlan(wafers, designVariants ? variantsToDesign(observation) : List.of(), writeDown, forecast);
    }

    /** Bid units of last quarter that this chip could legally serve this quarter. */
    private long expectedDemand(Chip chip, NvidiaObservation observation, boolean bannedInChina) {
        ChipBook book = observation.last().book(chip.id());
        if (book.bidUnits() == 0 && book.offeredUnits() == 0) {
            return observation.unknownDemand(chip.id());
        }
        long elsewhere = book.bidUnits() - book.bidChinaUnits();
        return bannedInChina ? elsewhere : book.bidUnits();
    }

    /**
     * A catalogue variant is worth designing when the chip it is cut down from is banned for China,
     * the variant itself would not be, and no other variant of that chip is allowed and on sale or
     * on its way: the H100 -> H800 -> H20 and B200 -> B20 pattern, one new design per tightening.
     */
    private static List<String> variantsToDesign(NvidiaObservation observation) {
        return observation.designable().stream()
                .filter(v -> !observation.designing().containsKey(v.id()))
                .filter(v -> observation.rules().status(v.id()) != ExportStatus.BANNED)
                .filter(v -> observation.rules().status(v.variantOf()) == ExportStatus.BANNED)
                .filter(v -> java.util.stream.Stream.concat(observation.products().stream(),
                                observation.scheduled().stream())
                        .noneMatch(p -> v.variantOf().equals(p.variantOf())
                                && observation.rules().status(p.id()) != ExportStatus.BANNED))
                .max(Comparator.comparingDouble(Chip::tpp))
                .map(v -> List.of(v.id()))
                .orElse(List.of());
    }

    @Override
    public LicenceRequests licenceRequests(NvidiaObservation observation) {
        SortedMap<String, Long> requests = new TreeMap<>();
        for (Chip chip : observation.products()) {
            if (observation.rules().status(chip.id()) != ExportStatus.LICENSED) {
                continue;
            }
            long chinaBids = observation.last().book(chip.id()).bidChinaUnits();
            long wanted = chinaBids > 0 ? chinaBids : observation.unknownDemand(chip.id());
            requests.put(chip.id(), (long) Math.ceil(capacityHeadroom * wanted));
        }
        return new LicenceRequests(requests);
    }

    @Override
    public SalesPlan sales(NvidiaObservation observation) {
        SortedMap<String, Long> asks = new TreeMap<>();
        SortedMap<String, Long> chinaAsks = new TreeMap<>();
        SortedMap<String, Long> china = new TreeMap<>();
        SortedMap<String, Long> elsewhere = new TreeMap<>();
        for (Chip chip : observation.sellable()) {
            long stock = observation.stock(chip.id());
            if (stock <= 0) {
                continue;
            }
            long ask = ask(chip, observation);
            asks.put(chip.id(), ask);
            long split = chinaSplit(chip, stock, observation);
            long intoChina = ChinaPricing.licensedPart(chip, split, observation);
            chinaAsks.put(chip.id(), ChinaPricing.ask(chip, ask, intoChina < split, observation, licenceRentStep));
            china.put(chip.id(), intoChina);
            elsewhere.put(chip.id(), chip.chinaOnly() ? 0 : stock - intoChina);
        }
        return new SalesPlan(asks, chinaAsks, china, elsewhere);
    }

    /** Stock split by last quarter's bids, before licences. */
    private static long chinaSplit(Chip chip, long stock, NvidiaObservation observation) {
        if (observation.rules().status(chip.id()) == ExportStatus.BANNED) {
            return 0;
        }
        if (chip.chinaOnly()) {
            return stock;
        }
        ChipBook book = observation.last().book(chip.id());
        double share = book.bidUnits() > 0 ? (double) book.bidChinaUnits() / book.bidUnits() : 0.5;
        return (long) Math.floor(stock * share);
    }

}
