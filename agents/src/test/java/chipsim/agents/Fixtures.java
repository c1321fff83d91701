package chipsim.agents;

import chipsim.market.Chip;
import chipsim.market.ChipCatalogue;
import chipsim.market.Quarter;
import chipsim.market.report.ChipBook;
import chipsim.market.report.PublicState;
import chipsim.market.rules.ExportRules;
import chipsim.market.rules.ExportStatus;
import chipsim.market.rules.ImportPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Shared test data: a small catalogue shaped like the baseline's, export rules drawn on its TPP
 * rungs, market books and public states, and policies and agents built from explicit parameters
 * (never from defaults, which are tuned elsewhere).
 */
public final class Fixtures {

    /** How long a probe waits for a message that should come; generous for a loaded machine. */
    public static final Duration PATIENCE = Duration.ofSeconds(10);

    public static final long SEED = 42;

    /** An ordinary quarter (not Washington's October review). */
    public static final Quarter QUARTER = Quarter.parse("2025Q2");

    /** Washington's annual review quarter under {@link #REVIEW_QUARTER_OF_YEAR}. */
    public static final Quarter REVIEW = Quarter.parse("2025Q4");

    public static final int REVIEW_QUARTER_OF_YEAR = 4;

    // The TPP rungs of the catalogue's US chips, lowest to highest.
    public static final double H20_TPP = 2368;
    public static final double H100_TPP = 15824;
    public static final double B20_TPP = 18000;
    public static final double B200_TPP = 36000;

    private static final ChipCatalogue CATALOGUE = new ChipCatalogue(List.of(
            // Figures as in configs/baseline.yaml; only their order matters to the tests.
            new Chip("H100", "nvidia", "US", 989, 80, 3.35, 900, H100_TPP, 3300, 25000, 28, false,
                    null, null, null, 0),
            new Chip("H20", "nvidia", "US", 148, 96, 4.0, 900, H20_TPP, 2500, 12500, 28, true,
                    Quarter.parse("2024Q1"), null, "H100", 2),
            new Chip("B200", "nvidia", "US", 2250, 192, 8.0, 1800, B200_TPP, 6500, 40000, 14, false,
                    null, null, null, 0),
            // No availableFrom: a variant that exists only once Nvidia chooses to design it.
            new Chip("B20", "nvidia", "US", 1125, 144, 4.0, 900, B20_TPP, 4500, 25000, 28, true,
                    null, null, "B200", 3),
            new Chip("Ascend910B", "huawei", "CN", 300, 64, 1.6, 392, 4800, 5000, 17000, 0, false,
                    null, null, null, 0),
            new Chip("Ascend910C", "huawei", "CN", 780, 128, 3.2, 400, 12500, 9000, 28000, 0, false,
                    null, null, null, 0)), 0.6);

    private Fixtures() {}

    public static ChipCatalogue catalogue() {
        return CATALOGUE;
    }

    public static Chip chip(String id) {
        return CATALOGUE.get(id);
    }

    public static List<Chip> usChips() {
        return CATALOGUE.all().stream().filter(Chip::isUsOrigin).toList();
    }

    /** Rules with the given lines, a 25% revenue share, no volume cap, enforcement 0.5. */
    public static ExportRules rules(double licenceAboveTpp, double banAboveTpp) {
        return rules(licenceAboveTpp, banAboveTpp, 0.0, 0.5, Map.of());
    }

    public static ExportRules rules(double licenceAboveTpp, double banAboveTpp, double chinaCapRatio,
            double enforcement, Map<String, ExportStatus> overrides) {
        return ExportRules.classify(CATALOGUE.all(), licenceAboveTpp, banAboveTpp, 0.25, chinaCapRatio, enforcement,
                REVIEW_QUARTER_OF_YEAR, overrides, Map.of());
    }

    /** A policy built by its factory from explicit parameters, checked like a scenario's. */
    public static <P> P policy(PolicyFactory factory, Map<String, ?> params, Class<P> type) {
        return type.cast(factory.create(Params.resolve(factory.params(), params)));
    }

    /** An agent's construction data, its set-up checked against its role's specs. */
    public static AgentContext agent(String id, String role, Object policy, List<ParamSpec> setupSpecs,
            Map<String, ?> setup, List<ParamSpec> payoffSpecs, ExportRules rules, ImportPolicy imports) {
        return agent(id, role, policy, setupSpecs, setup, payoffSpecs, rules, imports, SEED);
    }

    public static AgentContext agent(String id, String role, Object policy, List<ParamSpec> setupSpecs,
            Map<String, ?> setup, List<ParamSpec> payoffSpecs, ExportRules rules, ImportPolicy imports, long seed) {
        AgentSpec spec = new AgentSpec(id, role, "under-test", AgentSpec.paramsOf(Map.of()),
                Params.resolve(setupSpecs, setup), Params.resolve(payoffSpecs, Map.of()));
        return new AgentContext(spec, chipsim.agents.decision.DecisionSetup.policyOnly("under-test", policy), CATALOGUE,
                seed, rules, imports);
    }

    public static BookBuilder book() {
        return new BookBuilder();
    }

    /** Last quarter's public state; starts from a quiet market under {@code rules(4800, 4800)}. */
    public static StateBuilder state() {
        return new StateBuilder();
    }

    /** The public state before the first quarter of a run: no history yet. */
    public static PublicState firstState(ExportRules rules, ImportPolicy imports) {
        return new PublicState(null, new TreeMap<>(), 1e6, 4e6, 0, 0, 0, 0, 0, 0, rules, imports);
    }

    /** One chip's book; units are chips, prices USD per unit. */
    public static final class BookBuilder {
        private long offered;
        private long offeredChina;
        private long bid;
        private long bidAtAsk = -1;
        private long bidChina;
        private long filled;
        private long filledChina;
        private long grey;
        private long unfilledChina;
        private long averagePriceUsd;
        private long lowestAskUsd;

        public BookBuilder offered(long total, long intoChina) {
            offered = total;
            offeredChina = intoChina;
            return this;
        }

        public BookBuilder bid(long total, long fromChina) {
            bid = total;
            bidChina = fromChina;
            return this;
        }

        public BookBuilder filled(long total, long toChina) {
            filled = total;
            filledChina = toChina;
            return this;
        }

        public BookBuilder grey(long units) {
            grey = units;
            return this;
        }

        public BookBuilder unfilledChina(long units) {
            unfilledChina = units;
            return this;
        }

        public BookBuilder bidAtAsk(long units) {
            bidAtAsk = units;
            return this;
        }

        public BookBuilder price(long usd) {
            averagePriceUsd = usd;
            lowestAskUsd = usd;
            return this;
        }

        private long clearingPriceUsd;
        private long topBidUsd;
        private long averageChinaPriceUsd;

        /** The volume-weighted price of last quarter's legal fills into China. */
        public BookBuilder chinaPrice(long usd) {
            averageChinaPriceUsd = usd;
            return this;
        }

        /** The highest maximum price of any bid last quarter. */
        public BookBuilder topBid(long priceUsd) {
            this.topBidUsd = priceUsd;
            return this;
        }

        /** The price at which last quarter's bids would have just taken every unit offered. */
        public BookBuilder clearing(long priceUsd) {
            this.clearingPriceUsd = priceUsd;
            return this;
        }

        public ChipBook build() {
            // Every bid is taken to be at or above the ask unless a test says otherwise.
            return new ChipBook(offered, offeredChina, bid, bidAtAsk < 0 ? bid : bidAtAsk, bidChina, filled,
                    filledChina, grey, unfilledChina, averagePriceUsd, averageChinaPriceUsd, lowestAskUsd, clearingPriceUsd,
                    topBidUsd);
        }
    }

    /** Last quarter's public state, field by field. */
    public static final class StateBuilder {
        private Quarter lastQuarter = QUARTER.plus(-1);
        private final SortedMap<String, ChipBook> books = new TreeMap<>();
        private double chinaComputeH100e = 1e6;
        private double usComputeH100e = 4e6;
        private double chinaGrowthYoY;
        private double huaweiShareOfChina;
        private double usChipShareOfChina = 0.5;
        private ExportRules rules = Fixtures.rules(4800, 4800);
        private ImportPolicy imports = ImportPolicy.openDoor();

        public StateBuilder lastQuarter(Quarter quarter) {
            lastQuarter = quarter;
            return this;
        }

        public StateBuilder book(String chipId, BookBuilder book) {
            books.put(chipId, book.build());
            return this;
        }

        public StateBuilder compute(double chinaH100e, double usH100e) {
            chinaComputeH100e = chinaH100e;
            usComputeH100e = usH100e;
            return this;
        }

        public StateBuilder chinaGrowth(double yearOnYear) {
            chinaGrowthYoY = yearOnYear;
            return this;
        }

        public StateBuilder huaweiShare(double share) {
            huaweiShareOfChina = share;
            return this;
        }

        public StateBuilder usChipShare(double share) {
            usChipShareOfChina = share;
            return this;
        }

        public StateBuilder rules(ExportRules exportRules) {
            rules = exportRules;
            return this;
        }

        public StateBuilder imports(ImportPolicy importPolicy) {
            imports = importPolicy;
            return this;
        }

        public PublicState build() {
            return new PublicState(lastQuarter, books, chinaComputeH100e, usComputeH100e, chinaGrowthYoY,
                    huaweiShareOfChina, usChipShareOfChina, 0, 0, 0, rules, imports);
        }
    }
}
