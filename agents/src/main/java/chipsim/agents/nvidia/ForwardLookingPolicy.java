package chipsim.agents.nvidia;

import chipsim.agents.ParamSpec;
import chipsim.agents.Params;
import chipsim.agents.PolicyFactory;
import chipsim.agents.PriceAdjustment;
import chipsim.agents.Roles;
import chipsim.agents.beliefs.BanBeliefs;
import chipsim.market.Chip;
import chipsim.market.report.ChipBook;
import chipsim.market.rules.ExportStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Nvidia looking ahead (docs/model.md, "Nvidia, forward-looking"): it forecasts demand per chip
 * and region from fills and over-ordered bids (DemandForecast), holds a belief per chip that
 * China's route closes or opens next quarter (NvidiaBeliefs, the buyers' Bayes rule), and builds
 * toward next quarter's expected legal sales plus a target cover; it builds stock ahead of an
 * expected opening, stops building a China-only chip it expects to be banned, designs a variant
 * only when it fits under the line in force, and times its launch clear of a review that would
 * ban it. Prices as market-clearing. Its memory (forecast states and beliefs) is kept in
 * {@code forecastUnits} under the keys of {@link Memory}.
 */
public final class ForwardLookingPolicy implements NvidiaPolicy {

    private final double levelSmoothing;
    private final double trendSmoothing;
    private final double minFill;
    private final double maxExcess;
    private final double coverQuarters;
    private final double adjustmentQuarters;
    private final double openingCoverQuarters;
    private final double stopBuildingBelief;
    private final int writeDownAfterQuarters;
    private final boolean designVariants;
    private final double designMargin;
    private final double upgradeBelowShare;
    private final double licenceRentStep;
    private final double priceStep;
    private final double minMargin;
    private final double maxPriceRise;
    private final Params pricing;
    private final NvidiaBeliefs.Settings beliefs;
    private final boolean buildAheadOfLaunch;
    private final boolean portfolioPricing;
    private final double shareCapHeadroom;
    private final double choiceExponentGuess;

    ForwardLookingPolicy(Params params) {
        this.levelSmoothing = params.number("forecastSmoothing");
        this.trendSmoothing = params.number("trendSmoothing");
        this.minFill = params.number("minFillGuess");
        this.maxExcess = params.number("maxExcessDemand");
        this.coverQuarters = params.number("coverQuarters");
        this.adjustmentQuarters = params.number("inventoryAdjustmentQuarters");
        this.openingCoverQuarters = params.number("openingCoverQuarters");
        this.stopBuildingBelief = params.number("stopBuildingBelief");
        this.writeDownAfterQuarters = (int) params.integer("writeDownAfterQuarters");
        this.designVariants = params.flag("designVariants");
        this.designMargin = params.number("designMargin");
        this.upgradeBelowShare = params.number("upgradeBelowShare");
        this.licenceRentStep = params.number("licenceRentStep");
        this.priceStep = params.number("priceStep");
        this.minMargin = params.number("minMargin");
        this.maxPriceRise = params.number("maxPriceRise");
        this.pricing = params;
        this.buildAheadOfLaunch = params.flag("buildAheadOfLaunch");
        this.portfolioPricing = params.flag("portfolioPricing");
        this.shareCapHeadroom = params.number("shareCapHeadroom");
        this.choiceExponentGuess = params.number("choiceExponentGuess");
        PriceAdjustment.ask(params, 1, ChipBook.EMPTY, 0, 0, 0);
        double decay = params.number("beliefDecay");
        // A rumour is pooled with the ban belief by its source's reliability; openings have no rumours.
        double reliability = params.number("rumourReliability");
        this.beliefs = new NvidiaBeliefs.Settings(
                new BanBeliefs.Settings(params.number("banHazard"), params.number("reviewLikelihoodRatio"),
                        params.number("growthAlarmLine"), params.number("siblingLikelihoodRatio"), reliability, decay),
                new BanBeliefs.Settings(params.number("openingHazard"), params.number("openingLikelihoodRatio"),
                        params.number("shortfallAlarmLine"), params.number("siblingLikelihoodRatio"), 0, decay),
                params.number("licenceCeilingTpp"));
    }

    /** Names of the numbers kept from quarter to quarter in {@code forecastUnits}. */
    static final class Memory {
        private Memory() {}

        static String level(String chip, String region) {
            return chip + "@" + region + ".level";
        }

        static String growth(String chip, String region) {
            return chip + "@" + region + ".growth";
        }

        static String fill(String chip, String region) {
            return chip + "@" + region + ".fill";
        }

        static String ban(String chip) {
            return chip + "@ban";
        }

        static String opening(String chip) {
            return chip + "@open";
        }

        /** Holt's level (USD bn a quarter) and growth of what buyers outside China spend on its chips. */
        static final String SPENDING_LEVEL = "portfolio@ROW.spendingBn";
        static final String SPENDING_GROWTH = "portfolio@ROW.growth";

        static final String CHINA = "CN";
        static final String ELSEWHERE = "ROW";
    }

    /** This quarter's view of one chip: expected demand by region and the beliefs about its rule. */
    record Outlook(DemandForecast.State china, DemandForecast.State elsewhere, double banBelief,
            double openingBelief) {}

    @Override
    public SupplyPlan supply(NvidiaObservation seen) {
        SortedMap<String, Double> memory = new TreeMap<>();
        SortedMap<String, Long> wafers = new TreeMap<>();
        List<String> writeDown = new ArrayList<>();
        java.util.Map<String, Outlook> outlooks = new java.util.LinkedHashMap<>();
        for (Chip chip : seen.products()) {
            Outlook outlook = outlook(chip, seen);
            outlooks.put(chip.id(), outlook);
            remember(chip, outlook, memory);
            if (chip.chinaOnly() && !NvidiaBeliefs.legalNow(chip, seen)) {
                int banned = seen.quartersBanned().getOrDefault(chip.id(), 0);
                if (banned >= writeDownAfterQuarters && seen.stock(chip.id()) > 0
                        && outlook.openingBelief() < stopBuildingBelief) {
                    writeDown.add(chip.id());
                }
            }
        }
        if (portfolioPricing || shareCapHeadroom > 0) {
            // Both the portfolio's price level and the share cap read the spending it expects.
            rememberSpending(seen, memory);
        }
        double successorShare = successorShare(seen, outlooks);
        java.util.Map<String, Double> shareCaps = shareCapHeadroom > 0 ? shareCaps(seen, memory) : java.util.Map.of();
        for (Chip chip : seen.products()) {
            Outlook outlook = outlooks.get(chip.id());
            if (endsBeforeArrival(chip, seen)) {
                continue;
            }
            double inherited = chip.chinaOnly() ? 0 : successorShare * outlook.elsewhere().nextQuarterUnits();
            Double cap = shareCaps.get(chip.id());
            if (cap != null && outlook.elsewhere().nextQuarterUnits() + inherited > cap) {
                inherited = cap - outlook.elsewhere().nextQuarterUnits();
            }
            long units = unitsToOrder(chip, outlook, inherited, seen);
            if (units > 0 && chip.unitsPerWafer() > 0) {
                wafers.put(chip.id(), (long) Math.ceil(units / chip.unitsPerWafer()));
            }
        }
        List<String> catalogueDesigns = designVariants ? variantsToDesign(seen) : List.of();
        VariantDesignRule.Plan runTime = designVariants
                ? VariantDesignRule.plan(seen, designMargin, upgradeBelowShare, !catalogueDesigns.isEmpty())
                : VariantDesignRule.Plan.NONE;
        if (buildAheadOfLaunch) {
            for (Chip chip : launchingNext(seen)) {
                if (runTime.abandon().contains(chip.id())) {
                    continue; // a design stopped now is never launched
                }
                long units = launchUnitsToOrder(chip, seen);
                Double cap = shareCaps.get(chip.id());
                if (cap != null && !chip.chinaOnly()) {
                    units = Math.min(units, (long) Math.ceil(cap * (1.0 + coverQuarters)));
                }
                if (units > 0 && chip.unitsPerWafer() > 0) {
                    wafers.put(chip.id(), (long) Math.ceil(units / chip.unitsPerWafer()));
                }
            }
        }
        return new SupplyPlan(wafers, catalogueDesigns, writeDown, memory, runTime.designTo(), runTime.abandon());
    }

    /**
     * The most of each chip it expects to sell outside China next quarter by its share of the
     * spending it expects there (docs/model.md, "Nvidia's share cap"): buyers split one budget
     * over its chips by a logit of price per unit of performance, so a chip's own forecast, learned
     * from bids that the same budget placed on several chips, overstates it once a better chip
     * arrives. With S the spending expected next quarter (Holt's level times its growth twice),
     * a_c the ask (list price for a chip launching next quarter) and TPP_c its performance:
     * <pre>
     *   w_c = (a_c / TPP_c)^-sigma,   cap_c = (1 + h) S w_c / (a_c sum_j w_j)
     * </pre>
     * sigma its guess of the buyers' logit exponent, h the headroom. Empty before it has seen
     * spending, or when no chip stays outside China.
     */
    private java.util.Map<String, Double> shareCaps(NvidiaObservation seen, SortedMap<String, Double> memory) {
        Double levelBn = memory.getOrDefault(Memory.SPENDING_LEVEL, seen.forecastUnits().get(Memory.SPENDING_LEVEL));
        if (levelBn == null || levelBn <= 0) {
            return java.util.Map.of();
        }
        double growth = memory.getOrDefault(Memory.SPENDING_GROWTH,
                seen.forecastUnits().getOrDefault(Memory.SPENDING_GROWTH, 1.0));
        double expectedUsd = levelBn * 1e9 * growth * growth;
        java.util.Map<String, Double> asks = new java.util.TreeMap<>();
        java.util.Map<String, Double> weights = new java.util.TreeMap<>();
        double total = 0;
        List<Chip> next = new ArrayList<>(seen.products().stream().filter(chip -> !endsBeforeArrival(chip, seen)).toList());
        if (buildAheadOfLaunch) {
            next.addAll(launchingNext(seen));
        }
        for (Chip chip : next) {
            if (chip.chinaOnly() || chip.tpp() <= 0 || asks.containsKey(chip.id())) {
                continue;
            }
            double ask = seen.asks().getOrDefault(chip.id(), chip.listPriceUsd());
            if (ask <= 0) {
                continue;
            }
            double weight = Math.pow(ask / chip.tpp(), -choiceExponentGuess);
            asks.put(chip.id(), ask);
            weights.put(chip.id(), weight);
            total += weight;
        }
        java.util.Map<String, Double> caps = new java.util.TreeMap<>();
        for (var entry : weights.entrySet()) {
            caps.put(entry.getKey(), (1 + shareCapHeadroom) * expectedUsd * entry.getValue() / total / asks.get(entry.getKey()));
        }
        return caps;
    }

    /** Scheduled chips whose launch quarter is next quarter, when units ordered now arrive. */
    static List<Chip> launchingNext(NvidiaObservation seen) {
        return seen.scheduled().stream()
                .filter(chip -> chip.availableFrom() != null && chip.availableFrom().equals(seen.quarter().next()))
                .toList();
    }

    /**
     * Units of a chip launching next quarter to order now, so that the launch has stock (the
     * record: a new generation ships in volume in its launch quarter, from wafers started the
     * quarter before): its order book for the chip (the demand it assumes before the chip has a
     * history) plus the cover it keeps, {@code D_0 (1 + c)}; nothing for a China-only chip it
     * could not sell there now.
     */
    long launchUnitsToOrder(Chip chip, NvidiaObservation seen) {
        if (chip.chinaOnly() && !NvidiaBeliefs.legalNow(chip, seen)) {
            return 0;
        }
        return (long) Math.ceil(seen.unknownDemand(chip.id()) * (1.0 + coverQuarters));
    }

    /**
     * Learns what buyers outside China spend on its chips a quarter (the budget they put on
     * them, {@link PortfolioPricing#spending}) by Holt's rule, as the unit forecasts do; nothing
     * is kept before the first quarter with sales.
     */
    void rememberSpending(NvidiaObservation seen, SortedMap<String, Double> memory) {
        java.util.Set<String> chips = new java.util.TreeSet<>();
        java.util.stream.Stream.concat(seen.products().stream(), seen.sellable().stream())
                .filter(chip -> !chip.chinaOnly()).forEach(chip -> chips.add(chip.id()));
        double spentBn = 0;
        for (String chip : chips) {
            spentBn += PortfolioPricing.spending(seen.last().book(chip)) / 1e9;
        }
        Double level = seen.forecastUnits().get(Memory.SPENDING_LEVEL);
        if (level == null || level <= 0) {
            if (spentBn > 0) {
                memory.put(Memory.SPENDING_LEVEL, spentBn);
                memory.put(Memory.SPENDING_GROWTH, 1.0);
            }
            return;
        }
        double growth = seen.forecastUnits().getOrDefault(Memory.SPENDING_GROWTH, 1.0);
        double next = levelSmoothing * spentBn + (1 - levelSmoothing) * level * growth;
        double nextGrowth = next > 0 ? trendSmoothing * (next / level) + (1 - trendSmoothing) * growth : growth;
        memory.put(Memory.SPENDING_LEVEL, next);
        memory.put(Memory.SPENDING_GROWTH,
                Math.max(DemandForecast.MIN_GROWTH, Math.min(DemandForecast.MAX_GROWTH, nextGrowth)));
    }

    /** True when the chip leaves production before units ordered now would arrive. */
    static boolean endsBeforeArrival(Chip chip, NvidiaObservation seen) {
        return chip.discontinuedAfter() != null && seen.quarter().next().isAfter(chip.discontinuedAfter());
    }

    /**
     * Demand for a chip leaving production that its left-over stock will not meet moves to the
     * products that stay (buyers replace a retired model with its successors): valued at the asks,
     * it is spread over the staying products outside China in proportion to their forecast
     * value. Returns the multiple of each staying product's forecast it inherits.
     */
    private static double successorShare(NvidiaObservation seen, java.util.Map<String, Outlook> outlooks) {
        double orphanUsd = 0;
        double stayingUsd = 0;
        for (Chip chip : seen.products()) {
            Outlook outlook = outlooks.get(chip.id());
            double ask = seen.asks().getOrDefault(chip.id(), chip.listPriceUsd());
            if (chip.chinaOnly()) {
                continue;
            }
            if (endsBeforeArrival(chip, seen)) {
                double leftOver = Math.max(0, seen.stock(chip.id()) - outlook.elsewhere().levelUnits());
                orphanUsd += Math.max(0, outlook.elsewhere().nextQuarterUnits() - leftOver) * ask;
            } else {
                stayingUsd += outlook.elsewhere().nextQuarterUnits() * ask;
            }
        }
        return stayingUsd > 0 ? orphanUsd / stayingUsd : 0;
    }

    /**
     * Units to order now, which arrive next quarter: next quarter's expected legal sales, plus a
     * share 1/tau of the gap between the stock it wants (a cover of next quarter's sales, plus
     * stock for an expected opening) and the stock it expects (left over after this quarter's
     * sales, and on its way): production smoothing, so one glut or one shortage is worked off over
     * tau quarters rather than at once. China's part is weighted by the chance its route is open
     * next quarter; a China-only chip it expects banned is not built at all. {@code inheritedUnits}
     * is demand it expects from a product leaving production.
     */
    long unitsToOrder(Chip chip, Outlook outlook, double inheritedUnits, NvidiaObservation seen) {
        boolean legal = NvidiaBeliefs.legalNow(chip, seen);
        double elsewhereNext = chip.chinaOnly() ? 0 : outlook.elsewhere().nextQuarterUnits() + inheritedUnits;
        double chinaNext = outlook.china().nextQuarterUnits();
        double chinaOpenNext = legal ? 1.0 - outlook.banBelief() : outlook.openingBelief();
        if (chip.chinaOnly() && chinaOpenNext < 1.0 - stopBuildingBelief) {
            return 0;
        }
        double salesNext = elsewhereNext + chinaNext * chinaOpenNext;
        double wantedStock = salesNext * coverQuarters;
        if (!legal) {
            wantedStock += chinaNext * outlook.openingBelief() * openingCoverQuarters;
        }
        double salesNow = (chip.chinaOnly() ? 0 : outlook.elsewhere().levelUnits())
                + (legal ? outlook.china().levelUnits() : 0);
        double expectedStock = Math.max(0, seen.stock(chip.id()) - salesNow)
                + seen.pipelineUnits().getOrDefault(chip.id(), 0L);
        return (long) Math.ceil(Math.max(0, salesNext + (wantedStock - expectedStock) / adjustmentQuarters));
    }

    /** The forecasts and beliefs for one chip, learned from last quarter's book and its memory. */
    Outlook outlook(Chip chip, NvidiaObservation seen) {
        SortedMap<String, Double> memory = seen.forecastUnits();
        ChipBook book = seen.last().book(chip.id());
        boolean history = book.bidUnits() > 0 || book.offeredUnits() > 0;
        DemandForecast.State china;
        DemandForecast.State elsewhere;
        if (!history && recalled(memory, chip.id(), Memory.ELSEWHERE) == null) {
            double opening = seen.unknownDemand(chip.id());
            china = new DemandForecast.State(chip.chinaOnly() ? opening : 0, 1.0, 1.0);
            elsewhere = new DemandForecast.State(chip.chinaOnly() ? 0 : opening, 1.0, 1.0);
        } else {
            // China's legal offers are its own (grey units count as fills but not as its offers).
            long chinaOffered = legalLastQuarter(chip, seen) ? book.offeredChinaUnits() - book.greyUnits() : 0;
            china = DemandForecast.update(recalled(memory, chip.id(), Memory.CHINA), chinaOffered,
                    book.bidChinaUnits(), book.filledChinaUnits() - book.greyUnits(), levelSmoothing, trendSmoothing,
                    minFill, maxExcess);
            elsewhere = DemandForecast.update(recalled(memory, chip.id(), Memory.ELSEWHERE),
                    book.offeredUnits() - book.offeredChinaUnits(), book.bidUnits() - book.bidChinaUnits(),
                    book.filledUnits() - book.filledChinaUnits(), levelSmoothing, trendSmoothing, minFill,
                    maxExcess);
        }
        boolean legal = NvidiaBeliefs.legalNow(chip, seen);
        double ban = legal ? NvidiaBeliefs.ban(memory.getOrDefault(Memory.ban(chip.id()), 0.0), chip, seen, beliefs) : 0;
        double opening = legal ? 0
                : NvidiaBeliefs.opening(memory.getOrDefault(Memory.opening(chip.id()), 0.0), chip, seen, beliefs);
        return new Outlook(china, elsewhere, ban, opening);
    }

    private static boolean legalLastQuarter(Chip chip, NvidiaObservation seen) {
        var before = seen.last().exportRules();
        var imports = seen.last().importPolicy();
        return before != null && before.status(chip.id()) != ExportStatus.BANNED
                && (imports == null || imports.stance(chip.id()) != chipsim.market.rules.ImportStance.BARRED);
    }

    private static DemandForecast.State recalled(SortedMap<String, Double> memory, String chip, String region) {
        Double level = memory.get(Memory.level(chip, region));
        if (level == null) {
            return null;
        }
        return new DemandForecast.State(level, memory.getOrDefault(Memory.growth(chip, region), 1.0),
                memory.getOrDefault(Memory.fill(chip, region), 1.0));
    }

    private static void remember(Chip chip, Outlook outlook, SortedMap<String, Double> memory) {
        String id = chip.id();
        memory.put(id, outlook.elsewhere().nextQuarterUnits() + outlook.china().nextQuarterUnits());
        for (String region : List.of(Memory.CHINA, Memory.ELSEWHERE)) {
            DemandForecast.State state = region.equals(Memory.CHINA) ? outlook.china() : outlook.elsewhere();
            memory.put(Memory.level(id, region), state.levelUnits());
            memory.put(Memory.growth(id, region), state.growth());
            memory.put(Memory.fill(id, region), state.expectedFill());
        }
        memory.put(Memory.ban(id), outlook.banBelief());
        memory.put(Memory.opening(id), outlook.openingBelief());
    }

    /**
     * A catalogue variant is designed when its base chip is banned for China, the variant's TPP
     * sits under the target of a design to the line in force ({@link VariantDesign}), no other
     * legal variant of the base is on sale or on its way, and it would not launch in the quarter
     * before a review: a launch then is a launch into the chip's most likely ban.
     */
    List<String> variantsToDesign(NvidiaObservation seen) {
        double target = VariantDesign.targetTpp(seen.rules().banAboveTpp(), designMargin);
        return seen.designable().stream()
                .filter(v -> !seen.designing().containsKey(v.id()))
                .filter(v -> seen.rules().status(v.variantOf()) == ExportStatus.BANNED)
                .filter(v -> seen.rules().status(v.id()) != ExportStatus.BANNED && v.tpp() <= target)
                .filter(v -> java.util.stream.Stream.concat(seen.products().stream(), seen.scheduled().stream())
                        .noneMatch(p -> v.variantOf().equals(p.variantOf()) && NvidiaBeliefs.legalNow(p, seen)))
                .filter(v -> !launchesBeforeReview(v, seen))
                .max(Comparator.comparingDouble(Chip::tpp))
                .map(v -> List.of(v.id()))
                .orElse(List.of());
    }

    /** True when a design started now would launch in the quarter just before a review. */
    static boolean launchesBeforeReview(Chip variant, NvidiaObservation seen) {
        var launch = seen.quarter().plus(Math.max(1, variant.designLagQuarters()));
        return launch.next().quarterOfYear() == seen.rules().reviewQuarterOfYear();
    }

    @Override
    public LicenceRequests licenceRequests(NvidiaObservation seen) {
        SortedMap<String, Long> requests = new TreeMap<>();
        for (Chip chip : seen.products()) {
            if (seen.rules().status(chip.id()) != ExportStatus.LICENSED) {
                continue;
            }
            // The memory is this quarter's (kept at the supply phase): the China level is what it
            // expects China to want now, not the over-ordered bids.
            double chinaNow = seen.forecastUnits().getOrDefault(Memory.level(chip.id(), Memory.CHINA),
                    (double) seen.unknownDemand(chip.id()));
            requests.put(chip.id(), (long) Math.ceil(chinaNow * (1.0 + coverQuarters)));
        }
        return new LicenceRequests(requests);
    }

    @Override
    public SalesPlan sales(NvidiaObservation seen) {
        SortedMap<String, Long> asks = new TreeMap<>();
        SortedMap<String, Long> chinaAsks = new TreeMap<>();
        SortedMap<String, Long> china = new TreeMap<>();
        SortedMap<String, Long> elsewhere = new TreeMap<>();
        java.util.Set<String> licenceBound = new java.util.TreeSet<>();
        for (Chip chip : seen.sellable()) {
            long stock = seen.stock(chip.id());
            if (stock <= 0) {
                continue;
            }
            long current = seen.asks().getOrDefault(chip.id(), chip.listPriceUsd());
            long floor = Math.round(chip.unitCostUsd() * (1.0 + minMargin));
            long ask = askUsd(current, seen.last().book(chip.id()), stock, floor);
            asks.put(chip.id(), ask);
            long split = chinaSplit(chip, stock, seen);
            long intoChina = ChinaPricing.licensedPart(chip, split, seen);
            if (intoChina < split) {
                licenceBound.add(chip.id());
            }
            chinaAsks.put(chip.id(), chinaAsk(chip, ask, licenceBound.contains(chip.id()), seen));
            china.put(chip.id(), intoChina);
            long reserved = reservedForChina(chip, stock - intoChina, seen);
            elsewhere.put(chip.id(), chip.chinaOnly() ? 0 : stock - intoChina - reserved);
        }
        if (portfolioPricing) {
            priceThePortfolio(seen, asks, chinaAsks, elsewhere, licenceBound);
        }
        return new SalesPlan(asks, chinaAsks, china, elsewhere);
    }

    /**
     * Replaces the asks of the chips offered outside China (China-only chips keep theirs) by
     * the portfolio's ({@link PortfolioPricing}), toward the spending it expects this quarter,
     * Holt's level times its growth; the China asks follow ({@code licenceBound}: the chips whose
     * China units the licences cap this quarter).
     */
    private void priceThePortfolio(NvidiaObservation seen, SortedMap<String, Long> asks,
            SortedMap<String, Long> chinaAsks, SortedMap<String, Long> elsewhere, java.util.Set<String> licenceBound) {
        Double levelBn = seen.forecastUnits().get(Memory.SPENDING_LEVEL);
        if (levelBn == null || levelBn <= 0) {
            return;
        }
        double expected = levelBn * seen.forecastUnits().getOrDefault(Memory.SPENDING_GROWTH, 1.0) * 1e9;
        List<Chip> chips = new ArrayList<>();
        List<PortfolioPricing.Line> lines = new ArrayList<>();
        for (Chip chip : seen.sellable()) {
            long units = elsewhere.getOrDefault(chip.id(), 0L);
            if (chip.chinaOnly() || units <= 0) {
                continue;
            }
            long current = seen.asks().getOrDefault(chip.id(), chip.listPriceUsd());
            long floor = Math.round(chip.unitCostUsd() * (1.0 + minMargin));
            chips.add(chip);
            lines.add(new PortfolioPricing.Line(current, units, seen.last().book(chip.id()), floor));
        }
        long[] priced = PortfolioPricing.asks(lines, expected, pricing.number("priceSpeed"), priceStep);
        for (int i = 0; i < chips.size(); i++) {
            Chip chip = chips.get(i);
            asks.put(chip.id(), priced[i]);
            chinaAsks.put(chip.id(), chinaAsk(chip, priced[i], licenceBound.contains(chip.id()), seen));
        }
    }

    /**
     * Units of a chip China may not buy now held back from sale elsewhere for the opening it
     * expects: b x openingCoverQuarters x China's demand forecast, at most the stock (b the
     * opening belief). Stock built for an expected licence is not sold off abroad the quarter
     * before (the record: about 700,000 H200 in stock when the licences came).
     */
    long reservedForChina(Chip chip, long available, NvidiaObservation seen) {
        if (available <= 0 || chip.chinaOnly() || seen.rules().status(chip.id()) != ExportStatus.BANNED) {
            return 0;
        }
        double belief = seen.forecastUnits().getOrDefault(Memory.opening(chip.id()), 0.0);
        double chinaLevel = seen.forecastUnits().getOrDefault(Memory.level(chip.id(), Memory.CHINA), 0.0);
        return Math.min(available, (long) Math.floor(belief * openingCoverQuarters * chinaLevel));
    }

    /**
     * The ask by the pricing rule of market-clearing, but raised by at most {@code maxPriceRise} a
     * quarter: buyers bid a set premium over the price they last saw, so a larger jump prices
     * every regular buyer out for a quarter (and the revenue with them).
     */
    long askUsd(long currentUsd, ChipBook book, long stock, long floorUsd) {
        long ask = PriceAdjustment.ask(pricing, currentUsd, book, stock, priceStep, floorUsd);
        return Math.max(floorUsd, Math.min(ask, Math.round(currentUsd * (1.0 + maxPriceRise))));
    }

    private long chinaAsk(Chip chip, long ask, boolean licenceBinds, NvidiaObservation seen) {
        return ChinaPricing.ask(chip, ask, licenceBinds, seen, licenceRentStep);
    }

    /** Stock split by the forecast's regions (what buyers want, not what they over-ordered), before licences. */
    private static long chinaSplit(Chip chip, long stock, NvidiaObservation seen) {
        if (!NvidiaBeliefs.legalNow(chip, seen)) {
            return 0;
        }
        if (chip.chinaOnly()) {
            return stock;
        }
        double chinaLevel = seen.forecastUnits().getOrDefault(Memory.level(chip.id(), Memory.CHINA), 0.0);
        double elsewhereLevel = seen.forecastUnits().getOrDefault(Memory.level(chip.id(), Memory.ELSEWHERE), 0.0);
        double share = chinaLevel + elsewhereLevel > 0 ? chinaLevel / (chinaLevel + elsewhereLevel) : 0.5;
        return (long) Math.floor(stock * share);
    }


    public static final class Factory implements PolicyFactory {
        @Override
        public String name() {
            return "forward-looking";
        }

        @Override
        public String role() {
            return Roles.NVIDIA;
        }

        @Override
        public String description() {
            return "forecasts demand per chip and region from fills and over-ordered bids (smoothing with a trend); "
                    + "builds to the forecast plus a cover, weighted by its beliefs that China's route closes or opens; "
                    + "stocks up for an expected opening; designs a variant that fits under the line in force";
        }

        @Override
        public List<ParamSpec> params() {
            List<ParamSpec> params = new ArrayList<>(List.of(
                    ParamSpec.number("forecastSmoothing", 0.5, 0.01, 1, "weight",
                            "weight of last quarter's corrected demand in the forecast's level"),
                    ParamSpec.number("trendSmoothing", 0.3, 0, 1, "weight",
                            "weight of last quarter's growth in the forecast's trend (0 = no trend)"),
                    ParamSpec.number("minFillGuess", 0.3, 0.01, 1, "share",
                            "lowest fill it thinks buyers over-order for (bids at most 1/this times what they want)"),
                    ParamSpec.number("maxExcessDemand", 0.5, 0, 10, "share of fills",
                            "most a sold-out chip's demand is thought to exceed what was bought (bids outrun budgets)"),
                    ParamSpec.number("coverQuarters", 0.25, 0, 4, "quarters of sales",
                            "stock it wants left after next quarter's expected sales"),
                    ParamSpec.number("inventoryAdjustmentQuarters", 2, 1, 20, "quarters",
                            "quarters over which a gap between the stock it wants and the stock it has is closed"),
                    ParamSpec.number("openingCoverQuarters", 1.5, 0, 8, "quarters of China demand",
                            "stock built for a banned chip's China demand, times the belief that it opens next quarter"),
                    ParamSpec.number("stopBuildingBelief", 0.2, 0, 1, "probability",
                            "ban belief from which a China-only chip is not built (nor, if it opens below this, written down)"),
                    ParamSpec.integer("writeDownAfterQuarters", 1, 0, 100, "quarters",
                            "quarters a China-only chip stays banned before its stock is written off"),
                    ParamSpec.flag("buildAheadOfLaunch", false,
                            "order a scheduled chip's first units the quarter before its launch, so it launches with stock"),
                    ParamSpec.flag("portfolioPricing", false,
                            "price the chips sold outside China as one portfolio: the stock's value moves toward the spending "
                                    + "it expects, each chip's relative price by its own excess demand (priceSpeed, priceStep)"),
                    ParamSpec.number("shareCapHeadroom", 0, 0, 100, "share",
                            "caps a chip's expected sales outside China at (1 + this) x its share of the spending it expects "
                                    + "there, split by a logit of ask per TPP (0 = no cap)"),
                    ParamSpec.number("choiceExponentGuess", 4, 0, 50, "exponent",
                            "its guess of the buyers' logit exponent of the choice among its chips by price per unit of performance"),
                    ParamSpec.flag("designVariants", true,
                            "design a compliant variant when its base chip is banned and the variant fits under the line"),
                    ParamSpec.number("designMargin", 0.05, 0.001, 0.9, "share of the line",
                            "a variant is designed to TPP = ban line x (1 - this)"),
                    ParamSpec.number("upgradeBelowShare", 0.4, 0, 1, "share of the design target",
                            "a China line under this share of the TPP the line allows gets a new variant; "
                                    + "a design in progress under it is abandoned"),
                    ParamSpec.number("rumourReliability", 0.8, 0, 1, "weight 0..1",
                            "weight of a public rumour of a ban against its own prior (log-odds pooling, as the buyers')"),
                    ChinaPricing.RENT_STEP,
                    ParamSpec.number("banHazard", 0.05, 0, 0.99, "probability per quarter",
                            "base chance a legal chip's China route closes next quarter, once a signal puts it in play"),
                    ParamSpec.number("reviewLikelihoodRatio", 3.5, 1, 1000, "ratio",
                            "odds multiple of a ban of its most capable legal chip from the review next quarter, "
                                    + "at China's growth at the alarm line"),
                    ParamSpec.number("growthAlarmLine", 0.3, 0.01, 10, "share per year",
                            "China's compute growth at which it thinks Washington is alarmed"),
                    ParamSpec.number("siblingLikelihoodRatio", 3, 1, 1000, "ratio",
                            "odds multiple from another of its chips banned (or opened) in the latest rule change"),
                    ParamSpec.number("beliefDecay", 0.5, 0, 1, "share per quarter",
                            "share of a belief kept into a quarter with no signal"),
                    ParamSpec.number("openingHazard", 0.05, 0, 0.99, "probability per quarter",
                            "base chance a banned chip is licensed next quarter, once a signal puts it in play"),
                    ParamSpec.number("openingLikelihoodRatio", 3.5, 1, 1000, "ratio",
                            "odds multiple of a licence for a banned chip under the ceiling from the review next quarter, "
                                    + "at the alarm shortfall"),
                    ParamSpec.number("shortfallAlarmLine", 0.5, 0.01, 1, "share",
                            "shortfall of US chips' share of China's purchases (1 - share) at which it thinks Washington opens"),
                    ParamSpec.number("licenceCeilingTpp", 21000, 0, 1e7, "TPP",
                            "the TPP under which Washington has said it licenses case by case"),
                    ParamSpec.number("priceStep", 0.1, 0, 1, "share per quarter",
                            "price change at full excess demand or full unsold stock"),
                    ParamSpec.number("minMargin", 0.2, 0, 10, "share of cost", "price never below cost times 1 + this"),
                    ParamSpec.number("maxPriceRise", 0.1, 0, 10, "share per quarter",
                            "most the ask rises in a quarter (buyers bid a set premium over the last price they saw)")));
            params.addAll(PriceAdjustment.pricingParams());
            return params;
        }

        @Override
        public Object create(Params params) {
            return new ForwardLookingPolicy(params);
        }
    }
}
