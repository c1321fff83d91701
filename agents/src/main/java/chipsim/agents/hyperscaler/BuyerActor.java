package chipsim.agents.hyperscaler;

import akka.actor.typed.Behavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Behaviors;
import akka.actor.typed.javadsl.ReceiveBuilder;
import chipsim.agents.AgentActor;
import chipsim.agents.AgentRandom;
import chipsim.agents.AgentContext;
import chipsim.agents.ParamSpec;
import chipsim.agents.Params;
import chipsim.agents.beliefs.BanBeliefs;
import chipsim.agents.beliefs.CourseReversals;
import chipsim.market.Channel;
import chipsim.market.Chip;
import chipsim.market.Region;
import chipsim.market.events.ScriptedEvent;
import chipsim.market.protocol.AgentCommand;
import chipsim.market.protocol.MarketProtocol.Bid;
import chipsim.market.protocol.MarketProtocol.Fill;
import chipsim.market.protocol.PermitProtocol.ImportDecision;
import chipsim.market.protocol.PermitProtocol.ImportRequest;
import chipsim.market.protocol.Phase;
import chipsim.market.protocol.Ack;
import chipsim.market.report.AgentReport;
import chipsim.market.report.ChipBook;
import chipsim.market.report.MoneyLedger;
import chipsim.market.report.PublicState;
import chipsim.market.rules.ExportRules;
import chipsim.market.rules.ExportStatus;
import chipsim.market.rules.ImportStance;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A hyperscaler (ByteDance, Alibaba, Tencent, Baidu, or a US cloud): receives a budget each
 * quarter, wants compute that grows, asks Beijing for import approval (in China), bids, and
 * installs what it buys. Its ban beliefs follow Bayes' rule from what it sees (BanBeliefs).
 */
public final class BuyerActor extends AgentActor {

    public static final List<ParamSpec> SETUP = List.of(
            ParamSpec.text("region", "CN", "CN, US or OFFSHORE: which permits its purchases need"),
            ParamSpec.numberMap("annualBudgetUsd", 0, 1e13, "USD/year", "chip budget by calendar year"),
            ParamSpec.number("budgetGrowth", 0.2, -1, 10, "share per year", "budget growth for years past the last one given"),
            ParamSpec.numberMap("annualDemandH100e", 0, 1e10, "H100e/year", "compute it wants to add, by calendar year"),
            ParamSpec.flag("smoothQuarters", false,
                    "split a year's budget and demand over its quarters growing toward next year's (same total, no "
                            + "step at New Year) instead of a quarter each"),
            ParamSpec.number("demandGrowth", 0.3, -1, 10, "share per year", "demand growth for years past the last one given"),
            ParamSpec.number("cashUsd", 0, 0, 1e13, "USD", "cash for chips saved when the run starts"),
            ParamSpec.number("fleetH100e", 0, 0, 1e10, "H100e", "installed compute when the run starts"),
            ParamSpec.number("budgetShockSd", 0, 0, 2, "sd of log",
                    "quarterly shock to its chip budget: budget x exp(sd z - sd^2/2), z ~ N(0,1); 0 = none"),
            ParamSpec.number("budgetShockPersistence", 0, 0, 0.99, "AR(1) coefficient of log",
                    "how much of last quarter's budget shock carries into this one (0 = a fresh draw each quarter); "
                            + "the spread in a quarter stays budgetShockSd"),
            ParamSpec.number("demandShockSd", 0, 0, 2, "sd of log",
                    "quarterly shock to the compute it wants: demand x exp(sd z - sd^2/2), z ~ N(0,1); 0 = none"),
            ParamSpec.number("depreciationPerQuarter", 0, 0, 1, "share per quarter",
                    "share of the installed fleet retired each quarter (0.04: about a six-year life)"),
            ParamSpec.number("banHazard", 0.05, 0, 0.99, "probability per quarter",
                    "base chance that a chip's route closes next quarter, once a signal puts it in play"),
            ParamSpec.number("reviewLikelihoodRatio", 3.5, 1, 1000, "ratio",
                    "how much the review next quarter raises the odds that the most capable open US chip is cut, "
                            + "at China's growth at the alarm line"),
            ParamSpec.number("growthAlarmLine", 0.3, 0.01, 10, "share per year",
                    "China's compute growth at which the buyer thinks Washington is alarmed (scales the review's ratio)"),
            ParamSpec.number("siblingBanLikelihoodRatio", 3, 1, 1000, "ratio",
                    "how much a ban on another chip of the same vendor raises the odds for this one"),
            ParamSpec.number("reversalLikelihoodRatio", 2, 1, 1000, "ratio",
                    "how much each reversal of Washington's course in the last year raises the odds a signal gives "
                            + "(1 = past reversals tell nothing)"),
            ParamSpec.number("rumourReliability", 0.8, 0, 1, "weight 0..1",
                    "weight of a public rumour against the buyer's own prior (log-odds pooling)"),
            ParamSpec.number("beliefDecay", 0.5, 0, 1, "share per quarter", "share of a belief kept into a quarter with no signal"),
            ParamSpec.number("greyPremium", 0.5, 0, 10, "share", "grey-market price over the licensed price it expects"),
            ParamSpec.number("bidDepth", 1, 1, 100, "multiple",
                    "units sent with each bid over the units planned, so that budget freed by a failed bid can buy "
                            + "what is there (the budget still binds)"),
            ParamSpec.flag("launchPriceAtGoingRate", false,
                    "expect a chip with no price yet at the going price per H100e of its vendor's best-selling chip "
                            + "(at most list) instead of at list"));

    public static final List<ParamSpec> PAYOFF = List.of(
            ParamSpec.number("surplus", 1.0, -100, 100, "per USD bn", "value of compute bought less what it cost"),
            ParamSpec.number("computeValueUsd", 40_000, 0, 1e7, "USD per H100e", "what one H100e of compute is worth to it"),
            ParamSpec.number("unmet", 1.0, -100, 100, "per million H100e", "demand left unmet (a cost)"),
            ParamSpec.number("greyRisk", 1.0, -100, 100, "per share", "share of its units bought on the grey market (a cost)"));

    private static final double MIN_FILL_CHANCE = 0.05;

    private final Params payoff;
    private final Params setup;
    private final Region region;
    /** This quarter's rumours: chip to the probability they state. */
    private final SortedMap<String, Double> rumours = new TreeMap<>();
    /** Its ban belief per chip (state, updated once a quarter before it observes). */
    private final SortedMap<String, Double> beliefs = new TreeMap<>();
    /** Washington's course as it has seen it: its last direction and when it reversed. */
    private CourseReversals course = CourseReversals.NONE;
    private final SortedMap<String, Long> approvals = new TreeMap<>();
    private final SortedMap<String, Long> unitsBought = new TreeMap<>();
    private final SortedMap<String, Route> lastRoutes = new TreeMap<>();
    private final SortedMap<String, Double> fillRates = new TreeMap<>();
    private PurchasePlan plan = PurchasePlan.committing(List.of());
    private long cashUsd;
    private double fleetH100e;
    private double plannedFleetH100e;
    private long budgetUsd;
    /** The standardised log of its budget shock last quarter (NaN before the first). */
    private double budgetShockLog = Double.NaN;
    private double demandH100e;
    private long spentUsd;
    private double acquiredH100e;
    private long greyUnits;
    private long totalUnits;

    public static Behavior<AgentCommand> create(AgentContext agent) {
        return Behaviors.setup(ctx -> new BuyerActor(ctx, agent));
    }

    private BuyerActor(ActorContext<AgentCommand> context, AgentContext agent) {
        super(context, agent);
        this.payoff = agent.spec().payoff();
        this.setup = agent.spec().setup();
        this.region = Region.valueOf(setup.text("region"));
        this.cashUsd = Math.round(setup.number("cashUsd"));
        this.fleetH100e = setup.number("fleetH100e");
        this.plannedFleetH100e = fleetH100e;
    }

    @Override
    protected Set<Phase> actsIn() {
        return Set.of(Phase.PERMITS, Phase.TRADE);
    }

    @Override
    protected void protocol(ReceiveBuilder<AgentCommand> builder) {
        builder.onMessage(ImportDecision.class, this::onImportDecision);
    }

    @Override
    protected void opened(List<ScriptedEvent> scripted) {
        approvals.clear();
        unitsBought.clear();
        spentUsd = 0;
        acquiredH100e = 0;
        greyUnits = 0;
        totalUnits = 0;
        plan = PurchasePlan.committing(List.of());
        rumours.clear();
        for (ScriptedEvent event : scripted) {
            if (event instanceof ScriptedEvent.Rumour rumour) {
                rumours.put(rumour.chipId(), Math.max(rumours.getOrDefault(rumour.chipId(), 0.0), rumour.probability()));
            }
        }
        budgetShockLog = PersistentShock.nextLog(budgetShockLog, AgentRandom.gaussian(draws("budget")),
                setup.number("budgetShockPersistence"));
        budgetUsd = Math.round(thisQuarter("annualBudgetUsd", "budgetGrowth")
                * PersistentShock.factor(budgetShockLog, setup.number("budgetShockSd")));
        demandH100e = thisQuarter("annualDemandH100e", "demandGrowth") * shock("demand", setup.number("demandShockSd"));
        cashUsd += budgetUsd;
    }

    /**
     * This quarter's share of the year's figure: a quarter of it, or (smoothQuarters) growing
     * through the year toward next year's so that the four quarters still add to the year's
     * figure and there is no step at New Year (QuarterlyProfile).
     */
    private double thisQuarter(String mapName, String growthName) {
        double year = byYear(mapName, growthName, quarter.year());
        if (!setup.flag("smoothQuarters")) {
            return year / 4.0;
        }
        return QuarterlyProfile.smooth(year, byYear(mapName, growthName, quarter.year() + 1), quarter.quarterOfYear());
    }

    /** A year's figure from a by-year map, grown past the last year given. */
    private double byYear(String mapName, String growthName, int year) {
        SortedMap<String, Double> byYear = setup.numberMap(mapName);
        if (byYear.isEmpty()) {
            return 0;
        }
        Double exact = byYear.get(Integer.toString(year));
        if (exact != null) {
            return exact;
        }
        int lastYear = Integer.parseInt(byYear.lastKey());
        int firstYear = Integer.parseInt(byYear.firstKey());
        if (year < firstYear) {
            return byYear.get(byYear.firstKey());
        }
        return byYear.get(byYear.lastKey()) * Math.pow(1.0 + setup.number(growthName), year - lastYear);
    }

    @Override
    protected void act(Phase phase) {
        if (phase == Phase.PERMITS) {
            updateBeliefs();
            decide(BuyerRole.PURCHASES, observe(learnFillChances()), chosen -> {
                plan = chosen;
                requestImports();
            });
        } else if (phase == Phase.TRADE) {
            var market = directory.single("market");
            for (PurchasePlan.PlannedBid bid : plan.bids()) {
                request(market, new Bid(selfId, region, bid.chipId(), deep(bid.units()), bid.maxPriceUsd(), bid.acceptsGrey(),
                        plan.budgetUsd(),
                        getContext().getSelf().narrow()));
            }
        }
    }

    /**
     * The units a bid is sent with: the plan's times {@code bidDepth}. The plan's units are what
     * it wants at the prices it expects; its budget, which the exchange never lets it overspend,
     * is what binds. A deeper bid lets the budget a failed bid frees (a chip sold out, or priced
     * below what it expected) buy more of the chips that are there in the same quarter. Scaling
     * every bid alike leaves the exchange's first split of the budget, by value at the asks, as
     * it was: the choice among chips is the plan's.
     */
    private long deep(long units) {
        return (long) Math.floor(units * setup.number("bidDepth"));
    }

    private void requestImports() {
        if (region != Region.CN) {
            return;
        }
        var beijing = directory.single("beijing");
        for (PurchasePlan.PlannedBid bid : plan.bids()) {
            Chip chip = catalogue.get(bid.chipId());
            if (chip.isUsOrigin() && exportRules.status(chip.id()) != ExportStatus.BANNED
                    && importPolicy.stance(chip.id()) != ImportStance.BARRED) {
                request(beijing, new ImportRequest(selfId, chip.id(), bid.units(), getContext().getSelf().narrow()));
            }
        }
    }

    /**
     * Updates its ban belief of every chip on a legal route into China from this quarter's signals
     * (BanBeliefs); a chip off that route keeps no belief.
     */
    private void updateBeliefs() {
        BanBeliefs.Settings settings = new BanBeliefs.Settings(setup.number("banHazard"),
                setup.number("reviewLikelihoodRatio"), setup.number("growthAlarmLine"),
                setup.number("siblingBanLikelihoodRatio"), setup.number("rumourReliability"), setup.number("beliefDecay"),
                setup.number("reversalLikelihoodRatio"));
        course = course.after(quarter, CourseReversals.direction(lastState.exportRules(), exportRules));
        int reversals = course.recent(quarter, CourseReversals.A_YEAR);
        Chip mostCapableOpen = null;
        for (Chip chip : catalogue.all()) {
            if (route(chip) == Route.LICENSED && (mostCapableOpen == null || chip.tpp() > mostCapableOpen.tpp())) {
                mostCapableOpen = chip;
            }
        }
        boolean reviewNext = quarter.next().quarterOfYear() == exportRules.reviewQuarterOfYear();
        ExportRules before = lastState.exportRules();
        for (Chip chip : catalogue.all()) {
            if (route(chip) != Route.LICENSED) {
                beliefs.remove(chip.id());
                continue;
            }
            boolean siblingBanned = false;
            for (Chip other : catalogue.byVendor(chip.vendor())) {
                siblingBanned |= other != chip && exportRules.status(other.id()) == ExportStatus.BANNED
                        && before != null && before.status(other.id()) != ExportStatus.BANNED;
            }
            BanBeliefs.Evidence evidence = new BanBeliefs.Evidence(reviewNext && chip == mostCapableOpen,
                    lastState.chinaComputeGrowthYoY(), siblingBanned,
                    rumours.getOrDefault(chip.id(), BanBeliefs.Evidence.NO_RUMOUR), reversals);
            beliefs.put(chip.id(), BanBeliefs.update(beliefs.getOrDefault(chip.id(), 0.0), evidence, settings));
        }
    }

    /**
     * Updates what it has learned of each route's fill rate from last quarter's book (its state),
     * before it observes; returns this quarter's expected fill chance per chip it could bid for.
     */
    private SortedMap<String, Double> learnFillChances() {
        SortedMap<String, Double> chances = new TreeMap<>();
        SortedMap<String, Route> routes = new TreeMap<>();
        for (Chip chip : catalogue.all()) {
            Route route = route(chip);
            if (route != null) {
                chances.put(chip.id(), fillChance(chip, route));
                routes.put(chip.id(), route);
            }
        }
        lastRoutes.clear();
        lastRoutes.putAll(routes);
        return chances;
    }

    /** What it sees now: a pure function of its state and the public state. */
    private BuyerObservation observe(SortedMap<String, Double> fillChances) {
        List<ChipOption> options = new ArrayList<>();
        for (Chip chip : catalogue.all()) {
            Route route = route(chip);
            if (route == null) {
                continue;
            }
            long price = expectedPrice(chip, route);
            if (route == Route.GREY) {
                price = Math.round(price * (1.0 + setup.number("greyPremium")));
            }
            double belief = route == Route.LICENSED ? beliefs.getOrDefault(chip.id(), 0.0) : 0.0;
            ImportStance stance = region == Region.CN && chip.isUsOrigin()
                    ? importPolicy.stance(chip.id()) : ImportStance.ALLOWED;
            options.add(new ChipOption(chip.id(), catalogue.h100e(chip.id()), price, route, stance, belief,
                    "CN".equals(chip.origin()), fillChances.get(chip.id())));
        }
        double domesticRatio = region == Region.CN ? importPolicy.domesticRatio() : 0;
        double kept = 1.0 - setup.number("depreciationPerQuarter");
        return new BuyerObservation(quarter, selfId, region, cashUsd, budgetUsd, demandH100e, options, domesticRatio,
                fleetH100e * kept, plannedFleetH100e * kept);
    }

    /** How this buyer could get a chip now, or null when it cannot at all. */
    private Route route(Chip chip) {
        boolean onDemandVariant = chip.isVariant() && chip.availableFrom() == null;
        // A discontinued chip is still on sale while last quarter's offers show stock left.
        boolean onSale = onDemandVariant ? launchedProducts.contains(chip.id())
                : chip.inProduction(quarter) || lastState.book(chip.id()).offeredUnits() > 0;
        if (!onSale) {
            return null;
        }
        if (region != Region.CN) {
            return chip.isUsOrigin() && !chip.chinaOnly() ? Route.DIRECT : null;
        }
        if (!chip.isUsOrigin()) {
            return Route.DIRECT;
        }
        boolean blocked = exportRules.status(chip.id()) == ExportStatus.BANNED
                || importPolicy.stance(chip.id()) == ImportStance.BARRED;
        if (!blocked) {
            return Route.LICENSED;
        }
        return chip.chinaOnly() ? null : Route.GREY;
    }

    /**
     * The share of bids on this route it expects to be filled: an average of past quarters' fill
     * rates (half weight on the latest), starting from a prior for a route that just opened; a
     * quarter with nothing on offer leaves the estimate as it was when nobody in its region bid,
     * and counts as a fill of zero when they did (bids met no offer at all). A small floor
     * keeps a buyer signalling demand for a route that delivered nothing.
     */
    private double fillChance(Chip chip, Route route) {
        ChipBook book = lastState.book(chip.id());
        double prior = route == Route.GREY ? MIN_FILL_CHANCE * 2 : 1.0;
        if (lastRoutes.get(chip.id()) != route) {
            fillRates.put(chip.id(), prior);
            return prior;
        }
        double estimate = fillRates.getOrDefault(chip.id(), prior);
        long regionBids = region == Region.CN ? book.bidChinaUnits() : book.bidUnits() - book.bidChinaUnits();
        if (book.offeredUnits() == 0 && regionBids > 0 && route != Route.GREY) {
            // Its region bid and nothing was offered at all: the route filled none of it (a chip
            // still in production that its maker stopped offering), not a quarter without news.
            estimate = 0.5 * estimate;
        } else if (book.offeredUnits() > 0) {
            // Fills are read against the units wanted, not the deeper units bid (buyers of a
            // region bid alike deep).
            double depth = setup.number("bidDepth");
            long filled = region != Region.CN ? book.filledUnits() - book.filledChinaUnits()
                    : route == Route.GREY ? book.greyUnits() : book.filledChinaUnits() - book.greyUnits();
            double observed = regionBids == 0 ? estimate : depth * filled / regionBids;
            estimate = 0.5 * estimate + 0.5 * observed;
        }
        estimate = Math.max(MIN_FILL_CHANCE, Math.min(1.0, estimate));
        fillRates.put(chip.id(), estimate);
        return estimate;
    }

    /**
     * The price it expects to pay: last quarter's China price on a legal route into China, else
     * last quarter's price, else the list price. Where no China price is known yet for a licensed
     * chip, it expects the licence's revenue share to be passed on.
     */
    private long expectedPrice(Chip chip, Route route) {
        ChipBook book = lastState.book(chip.id());
        boolean legalIntoChina = region == Region.CN && route == Route.LICENSED;
        if (legalIntoChina && book.averageChinaPriceUsd() > 0) {
            return book.averageChinaPriceUsd();
        }
        long price = book.averagePriceUsd() > 0 ? book.averagePriceUsd() : launchPrice(chip);
        if (legalIntoChina && exportRules.status(chip.id()) == ExportStatus.LICENSED) {
            double share = Math.min(0.95, exportRules.revenueShare(chip.id()));
            price = Math.round(price / (1.0 - share));
        }
        return price;
    }

    /**
     * The price it expects for a chip with no price yet: with {@code launchPriceAtGoingRate}, the
     * going price per H100e of the vendor's chip that sold most last quarter times the chip's
     * H100e, at most its list price (sellers price a successor so: ExpectedSalesPolicy); else, or
     * when none of the vendor's chips sold, the list price.
     */
    private long launchPrice(Chip chip) {
        if (!setup.flag("launchPriceAtGoingRate")) {
            return chip.listPriceUsd();
        }
        Chip reference = null;
        long mostSold = 0;
        for (Chip other : catalogue.byVendor(chip.vendor())) {
            ChipBook book = lastState.book(other.id());
            if (other != chip && book.filledUnits() > mostSold && book.averagePriceUsd() > 0) {
                mostSold = book.filledUnits();
                reference = other;
            }
        }
        if (reference == null) {
            return chip.listPriceUsd();
        }
        double going = lastState.book(reference.id()).averagePriceUsd() / catalogue.h100e(reference.id())
                * catalogue.h100e(chip.id());
        return Math.max(1, Math.min(chip.listPriceUsd(), Math.round(going)));
    }

    private Behavior<AgentCommand> onImportDecision(ImportDecision decision) {
        approvals.put(decision.chipId(), decision.approvedUnits());
        if (decision.approvedUnits() < decision.requestedUnits()) {
            note("Beijing approved " + decision.approvedUnits() + " of " + decision.requestedUnits() + " "
                    + decision.chipId() + " asked");
        }
        outbox.tell(decision.replyTo(), new Ack(selfId));
        return this;
    }

    @Override
    protected void filled(Fill fill) {
        cashUsd -= fill.valueUsd();
        spentUsd += fill.valueUsd();
        acquiredH100e += fill.units() * catalogue.h100e(fill.chipId());
        unitsBought.merge(fill.chipId(), fill.units(), Long::sum);
        totalUnits += fill.units();
        if (fill.channel() == Channel.GREY) {
            greyUnits += fill.units();
        }
    }

    @Override
    protected AgentReport close(PublicState outcome) {
        fleetH100e = fleetH100e * (1.0 - setup.number("depreciationPerQuarter")) + acquiredH100e;
        plannedFleetH100e = plannedFleetH100e * (1.0 - setup.number("depreciationPerQuarter")) + Math.max(0, demandH100e);
        double unmet = Math.max(0, demandH100e - acquiredH100e);
        double greyShare = totalUnits == 0 ? 0 : (double) greyUnits / totalUnits;
        SortedMap<String, Double> state = new TreeMap<>();
        state.put("cashUsd", (double) cashUsd);
        state.put("budgetUsd", (double) budgetUsd);
        state.put("spentUsd", (double) spentUsd);
        state.put("demandH100e", demandH100e);
        state.put("acquiredH100e", acquiredH100e);
        state.put("unmetH100e", unmet);
        state.put("fleetH100e", fleetH100e);
        state.put("greyUnits", (double) greyUnits);
        for (Map.Entry<String, Long> bought : unitsBought.entrySet()) {
            state.put("bought." + bought.getKey(), (double) bought.getValue());
        }
        double value = acquiredH100e * payoff.number("computeValueUsd");
        double score = payoff.number("surplus") * (value - spentUsd) / 1e9
                - payoff.number("unmet") * unmet / 1e6
                - payoff.number("greyRisk") * greyShare;
        return report(state, score, List.of(), new MoneyLedger(spentUsd, 0, 0, cashUsd));
    }
}
