package chipsim.agents.huawei;

import chipsim.agents.ParamSpec;
import chipsim.agents.Params;
import chipsim.agents.PolicyFactory;
import chipsim.agents.PriceAdjustment;
import chipsim.agents.Roles;
import chipsim.agents.forecast.DemandForecast;
import chipsim.market.Chip;
import chipsim.market.report.ChipBook;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Produces to the sales it expects, within an HBM budget that makes its stockpile last
 * (docs/model.md, "Huawei"). HBM is the input it cannot replace: the stockpile was bought before
 * the controls and domestic stacks are years behind, so each quarter it uses at most this
 * quarter's domestic stacks plus 1/{@code hbmCoverQuarters} of the rest. Within that and its dies
 * and packaging it makes the chip that yields the most compute, but only as much as its forecast
 * of demand (plus a stock cover) less the stock it holds: in a glut it holds its inputs back
 * rather than dumping output. It prices toward clearing and invests in packaging only when
 * packaging is what limits it.
 */
public final class ExpectedSalesPolicy implements HuaweiPolicy {

    private final double hbmCoverQuarters;
    private final double stockCover;
    private final double unfilledWeight;
    private final double smoothing;
    private final double trendSmoothing;
    private final double trendDamping;
    private final double priceStep;
    private final double minMargin;
    private final double investShare;
    private final double adjustmentQuarters;
    private final boolean launchAtGoingRate;
    private final Params pricing;

    ExpectedSalesPolicy(Params params) {
        this.hbmCoverQuarters = params.number("hbmCoverQuarters");
        this.stockCover = params.number("stockCover");
        this.unfilledWeight = params.number("unfilledWeight");
        this.smoothing = params.number("smoothing");
        this.trendSmoothing = params.number("trendSmoothing");
        this.trendDamping = params.number("trendDamping");
        this.priceStep = params.number("priceStep");
        this.minMargin = params.number("minMargin");
        this.investShare = params.number("investShare");
        this.adjustmentQuarters = params.number("inventoryAdjustmentQuarters");
        this.launchAtGoingRate = params.flag("launchAtGoingRate");
        this.pricing = params;
        PriceAdjustment.ask(params, 1, ChipBook.EMPTY, 0, 0, 0);
    }

    /** HBM stacks it lets itself use this quarter: the new domestic stacks plus a share of the rest. */
    long hbmBudget(HuaweiObservation observation) {
        long inflow = Math.min(observation.hbmInflowStacks(), observation.hbmStacks());
        long stockpile = observation.hbmStacks() - inflow;
        return Math.min(observation.hbmStacks(), inflow + (long) Math.floor(stockpile / hbmCoverQuarters));
    }

    /** Last quarter's demand for its chips, H100e: what sold plus a share of what was bid at its ask and not filled. */
    double observedDemandH100e(HuaweiObservation observation) {
        if (observation.last() == null || observation.last().lastQuarter() == null) {
            return -1;
        }
        double demand = 0;
        for (Chip chip : observation.ownChips()) {
            ChipBook book = observation.last().book(chip.id());
            long unfilledAtAsk = Math.max(0, book.bidUnitsAtAsk() - book.filledUnits());
            demand += observation.h100eByChip().getOrDefault(chip.id(), 0.0)
                    * (book.filledUnits() + unfilledWeight * unfilledAtAsk);
        }
        return demand;
    }

    @Override
    public ProductionPlan plan(HuaweiObservation observation) {
        DemandForecast forecast = new DemandForecast(observation.forecastH100e(), observation.forecastGrowth());
        double seen = observedDemandH100e(observation);
        if (seen >= 0) {
            forecast = forecast.update(seen, smoothing, trendSmoothing, trendDamping);
        }
        long hbm = hbmBudget(observation);
        Chip best = null;
        double bestCompute = 0;
        for (Chip chip : observation.chips()) {
            double compute = observation.maxUnits(chip.id(), hbm) * observation.h100eByChip().get(chip.id());
            if (compute > bestCompute) {
                bestCompute = compute;
                best = chip;
            }
        }
        SortedMap<String, Long> units = new TreeMap<>();
        String limit = "";
        if (best != null) {
            long capacity = observation.maxUnits(best.id(), hbm);
            limit = observation.bindingInput(best.id(), hbm);
            long wanted = capacity;
            if (!forecast.empty()) {
                double stockH100e = 0;
                for (var held : observation.stock().entrySet()) {
                    stockH100e += held.getValue() * observation.h100eByChip().getOrDefault(held.getKey(), 0.0);
                }
                double wantedH100e = wantedH100e(forecast.next(), stockH100e);
                wanted = (long) Math.ceil(wantedH100e / observation.h100eByChip().get(best.id()));
            }
            if (wanted < capacity) {
                limit = "demand";
            }
            long make = Math.min(capacity, wanted);
            if (make > 0) {
                units.put(best.id(), make);
            }
        }
        long invest = limit.equals("packaging") ? Math.max(0, (long) Math.floor(observation.cashUsd() * investShare)) : 0;
        return new ProductionPlan(units, invest, forecast.level(), forecast.growth(), limit);
    }

    /**
     * Output wanted, H100e: the sales it expects plus a share 1/tau of the gap between the stock
     * it wants after them (a cover of them) and the stock it holds, {@code D + (c D - S) / tau}
     * (production smoothing: a glut or a shortage is worked off over tau quarters, not in one,
     * which would swing output between its limit and nothing); tau = 1 makes D (1 + c) - S.
     */
    double wantedH100e(double expectedSalesH100e, double stockH100e) {
        return Math.max(0, expectedSalesH100e + (stockCover * expectedSalesH100e - stockH100e) / adjustmentQuarters);
    }

    @Override
    public SortedMap<String, Long> production(HuaweiObservation observation) {
        return plan(observation).unitsByChip();
    }

    @Override
    public long investment(HuaweiObservation observation) {
        return plan(observation).investmentUsd();
    }

    @Override
    public long ask(Chip chip, HuaweiObservation observation) {
        long floor = Math.round(chip.unitCostUsd() * (1.0 + minMargin));
        Long asked = observation.asks().get(chip.id());
        long current = asked != null ? asked
                : launchAtGoingRate ? launchAsk(chip, observation, floor) : chip.listPriceUsd();
        if (asked == null) {
            return current; // a launch: priced by the rule above, with no book of its own to move it
        }
        return PriceAdjustment.ask(pricing, current, observation.last().book(chip.id()),
                observation.stock().getOrDefault(chip.id(), 0L), priceStep, floor);
    }

    /**
     * The first ask of a chip it launches: the going price per H100e of the chip of its own that
     * sold most last quarter, times the new chip's H100e, at most its list price and at least its
     * floor. A successor priced at list next to a predecessor marked down in a glut would be
     * dearer per unit of compute than what buyers just paid, and China's units would drop at
     * every launch; the list price when nothing of its own sold.
     */
    long launchAsk(Chip chip, HuaweiObservation observation, long floorUsd) {
        Chip reference = null;
        long mostSold = 0;
        for (Chip own : observation.ownChips()) {
            long sold = observation.last() == null ? 0 : observation.last().book(own.id()).filledUnits();
            if (!own.id().equals(chip.id()) && sold > mostSold && observation.asks().containsKey(own.id())) {
                mostSold = sold;
                reference = own;
            }
        }
        double h100e = observation.h100eByChip().getOrDefault(chip.id(), 0.0);
        double referenceH100e = reference == null ? 0 : observation.h100eByChip().getOrDefault(reference.id(), 0.0);
        if (reference == null || h100e <= 0 || referenceH100e <= 0) {
            return chip.listPriceUsd();
        }
        // The reference's ask this quarter, after its own book has moved it (a glut's cut included):
        // last quarter's ask would launch the successor above what the predecessor now sells at.
        long going = Math.round(ask(reference, observation) / referenceH100e * h100e);
        return Math.max(floorUsd, Math.min(chip.listPriceUsd(), going));
    }

    public static final class Factory implements PolicyFactory {
        @Override
        public String name() {
            return "expected-sales";
        }

        @Override
        public String role() {
            return Roles.HUAWEI;
        }

        @Override
        public String description() {
            return "makes what it expects to sell (a smoothed forecast with a trend, plus a stock cover), within "
                    + "an HBM budget that makes its stockpile last, its dies and its packaging; prices toward "
                    + "clearing; invests in packaging when packaging binds";
        }

        @Override
        public List<ParamSpec> params() {
            List<ParamSpec> params = new ArrayList<>(List.of(
                    ParamSpec.number("hbmCoverQuarters", 14, 1, 400, "quarters",
                            "the HBM stockpile is spread over this many quarters, on top of the domestic stacks"),
                    ParamSpec.number("stockCover", 0.25, 0, 10, "quarters of demand",
                            "finished stock it aims to hold after a quarter's sales"),
                    ParamSpec.number("unfilledWeight", 0.5, 0, 1, "share",
                            "weight of bids at its ask it could not fill in the demand it observes (buyers over-order)"),
                    ParamSpec.number("smoothing", 0.5, 0, 1, "share", "weight of the latest quarter in the demand level"),
                    ParamSpec.number("trendSmoothing", 0.3, 0, 1, "share",
                            "weight of the latest quarter in the demand growth rate"),
                    ParamSpec.number("trendDamping", 0.9, 0, 1, "share per quarter",
                            "how much of the growth rate carries to the next quarter"),
                    ParamSpec.number("priceStep", 0.1, 0, 1, "share per quarter",
                            "price change at full excess demand or full unsold stock (step pricing)"),
                    ParamSpec.number("minMargin", 0.1, 0, 10, "share of cost", "price never below cost times 1 + this"),
                    ParamSpec.number("inventoryAdjustmentQuarters", 1, 1, 20, "quarters",
                            "quarters over which a gap between the stock it wants and the stock it holds is closed"),
                    ParamSpec.flag("launchAtGoingRate", false,
                            "price a new chip at the going price per H100e of its best-selling chip (at most the list "
                                    + "price) instead of at list"),
                    ParamSpec.number("investShare", 0.15, 0, 1, "share of cash",
                            "cash (subsidy included) put into packaging capacity in a quarter packaging binds")));
            params.addAll(PriceAdjustment.pricingParams());
            return params;
        }

        @Override
        public Object create(Params params) {
            return new ExpectedSalesPolicy(params);
        }
    }
}
