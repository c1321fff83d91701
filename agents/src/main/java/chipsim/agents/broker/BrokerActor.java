package chipsim.agents.broker;

import akka.actor.typed.Behavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Behaviors;
import chipsim.agents.AgentActor;
import chipsim.agents.AgentContext;
import chipsim.agents.AgentRandom;
import chipsim.agents.Holdings;
import chipsim.agents.ParamSpec;
import chipsim.agents.Params;
import chipsim.market.Channel;
import chipsim.market.Chip;
import chipsim.market.Region;
import chipsim.market.events.ScriptedEvent;
import chipsim.market.protocol.AgentCommand;
import chipsim.market.protocol.MarketProtocol.Bid;
import chipsim.market.protocol.MarketProtocol.Fill;
import chipsim.market.protocol.MarketProtocol.Offer;
import chipsim.market.protocol.Phase;
import chipsim.market.report.AgentReport;
import chipsim.market.report.MoneyLedger;
import chipsim.market.report.PublicState;
import chipsim.market.rules.ExportStatus;
import chipsim.market.rules.ImportStance;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A grey-market broker: buys US chips abroad as an offshore buyer, holds them in a third country,
 * and offers them to Chinese buyers outside both permit systems. Each quarter each unit it holds
 * may be seized, with a chance set by Washington's enforcement; seizures are its own random draws.
 * A remote-access host (capacityH100e above 0) is the same trade with the chips kept abroad: it
 * leases hosted compute to Chinese buyers for leaseQuarters, within a capacity that Washington's
 * enforcement cuts (know-your-customer and remote-access rules reach data centres and clouds).
 */
public final class BrokerActor extends AgentActor {

    public static final List<ParamSpec> SETUP = List.of(
            ParamSpec.number("cashUsd", 1e9, 0, 1e13, "USD", "working capital when the run starts"),
            ParamSpec.number("detectionAtFullEnforcement", 0.3, 0, 1, "probability",
                    "chance a unit held is seized in a quarter when enforcement is 1"),
            ParamSpec.number("markup", 0.5, 0, 100, "share", "markup over cost when the run starts"),
            ParamSpec.numberMap("inventory", 0, 1e9, "units", "units held abroad when the run starts"),
            ParamSpec.number("routeCostUsdPerUnit", 0, 0, 1e7, "USD per unit",
                    "what its route adds to each unit bought: transport, fronts, bribes; for a host, hosting over the lease"),
            ParamSpec.number("capacityH100e", 0, 0, 1e10, "H100e",
                    "hosting capacity of a remote-access host (third-country data centre, cloud); 0 = a smuggler, no limit"),
            ParamSpec.number("capacityGrowthPerQuarter", 0, -1, 10, "share per quarter", "growth of its hosting capacity"),
            ParamSpec.number("capacityCutAtFullEnforcement", 0, 0, 1, "share",
                    "share of its hosting capacity Washington's rules close when enforcement is 1"),
            ParamSpec.number("leaseQuarters", 16, 1, 100, "quarters",
                    "a host's lease: its rent per H100e-quarter is the lease price / (H100e x leaseQuarters)"));

    public static final List<ParamSpec> PAYOFF = List.of(
            ParamSpec.number("profit", 1.0, -100, 100, "per USD bn", "sales less cost of units sold and seized"));

    private final Params payoff;
    private final double detection;
    private final Holdings holdings;
    private final SortedMap<String, Long> unitCost = new TreeMap<>();
    private final SortedMap<String, Long> offeredLastQuarter = new TreeMap<>();
    private final SortedMap<String, Long> soldThisQuarter = new TreeMap<>();
    private final SortedMap<String, Long> offeredThisQuarter = new TreeMap<>();
    private final SortedMap<String, Long> askLastQuarter = new TreeMap<>();
    private final SortedMap<String, Long> askThisQuarter = new TreeMap<>();
    private SortedMap<String, Boolean> soldOut = new TreeMap<>();
    private double markup;
    private long cashUsd;
    private long revenueUsd;
    private long costOfSalesUsd;
    private long seizedUnits;
    private long seizedCostUsd;
    private final long routeCostUsdPerUnit;
    private final double capacityCut;
    private final double capacityGrowth;
    private final int leaseQuarters;
    /** Hosting capacity before enforcement's cut, H100e; 0 for a smuggler. */
    private double capacityH100e;
    /** Compute a host has leased out and still hosts, H100e. */
    private double leasedH100e;
    private boolean firstQuarter = true;
    private long offeredValueUsd;
    private double offeredH100e;

    public static Behavior<AgentCommand> create(AgentContext agent) {
        return Behaviors.setup(ctx -> new BrokerActor(ctx, agent));
    }

    private BrokerActor(ActorContext<AgentCommand> context, AgentContext agent) {
        super(context, agent);
        this.payoff = agent.spec().payoff();
        Params setup = agent.spec().setup();
        this.detection = setup.number("detectionAtFullEnforcement");
        this.markup = setup.number("markup");
        this.cashUsd = Math.round(setup.number("cashUsd"));
        this.holdings = new Holdings(selfId);
        this.routeCostUsdPerUnit = Math.round(setup.number("routeCostUsdPerUnit"));
        this.capacityH100e = setup.number("capacityH100e");
        this.capacityCut = setup.number("capacityCutAtFullEnforcement");
        this.capacityGrowth = setup.number("capacityGrowthPerQuarter");
        this.leaseQuarters = (int) Math.round(setup.number("leaseQuarters"));
        setup.numberMap("inventory").forEach((chip, units) -> {
            holdings.stock(chip, Math.round(units));
            unitCost.put(chip, catalogue.get(chip).listPriceUsd());
        });
    }

    @Override
    protected Set<Phase> actsIn() {
        return Set.of(Phase.TRADE);
    }

    @Override
    protected void opened(List<ScriptedEvent> scripted) {
        holdings.openQuarter();
        soldOut = new TreeMap<>();
        offeredLastQuarter.forEach((chip, offered) ->
                soldOut.put(chip, soldThisQuarter.getOrDefault(chip, 0L) >= offered));
        offeredLastQuarter.clear();
        soldThisQuarter.clear();
        offeredThisQuarter.clear();
        askLastQuarter.clear();
        askLastQuarter.putAll(askThisQuarter);
        askThisQuarter.clear();
        revenueUsd = 0;
        costOfSalesUsd = 0;
        seizedUnits = 0;
        seizedCostUsd = 0;
        offeredValueUsd = 0;
        offeredH100e = 0;
        if (!firstQuarter) {
            capacityH100e *= 1.0 + capacityGrowth;
        }
        firstQuarter = false;
    }

    private boolean isHost() {
        return capacityH100e > 0;
    }

    /** Hosting room left now, H100e: capacity less enforcement's cut, less what it holds and has leased out. */
    private double capacityLeftH100e() {
        if (!isHost()) {
            return BrokerObservation.NO_CAPACITY_LIMIT;
        }
        double held = 0;
        for (Map.Entry<String, Long> stock : holdings.stockByChip().entrySet()) {
            held += stock.getValue() * catalogue.h100e(stock.getKey());
        }
        return Math.max(0, openCapacityH100e() - held - leasedH100e);
    }

    /** The capacity Washington's rules leave open this quarter, H100e. */
    private double openCapacityH100e() {
        return capacityH100e * (1.0 - capacityCut * exportRules.enforcement());
    }

    private double seizureProbability() {
        return Math.min(1.0, exportRules.enforcement() * detection);
    }

    @Override
    protected void act(Phase phase) {
        if (phase != Phase.TRADE) {
            return;
        }
        List<String> smuggleable = new ArrayList<>();
        for (Chip chip : catalogue.all()) {
            boolean blocked = exportRules.status(chip.id()) == ExportStatus.BANNED
                    || importPolicy.stance(chip.id()) == ImportStance.BARRED;
            if (chip.isUsOrigin() && !chip.chinaOnly() && blocked && chip.inProduction(quarter)) {
                smuggleable.add(chip.id());
            }
        }
        SortedMap<String, Double> h100e = new TreeMap<>();
        for (Chip chip : catalogue.all()) {
            h100e.put(chip.id(), catalogue.h100e(chip.id()));
        }
        decide(BrokerRole.TRADING, new BrokerObservation(quarter, cashUsd, smuggleable, holdings.stockByChip(),
                unitCost, markup, soldOut, seizureProbability(), lastState, h100e, routeCostUsdPerUnit,
                capacityLeftH100e(), askLastQuarter), this::trade);
    }

    private void trade(BrokerPlan plan) {
        markup = plan.markup();
        var market = directory.single("market");
        for (BrokerPlan.Purchase purchase : plan.purchases()) {
            request(market, new Bid(selfId, Region.OFFSHORE, purchase.chipId(), purchase.units(), purchase.maxPriceUsd(),
                    false, cashUsd, getContext().getSelf().narrow()));
        }
        for (Map.Entry<String, Long> stock : holdings.stockByChip().entrySet()) {
            Long chosen = plan.asks().get(stock.getKey());
            long ask = chosen != null ? chosen : Math.round(unitCost.getOrDefault(stock.getKey(), 0L) * (1.0 + markup));
            askThisQuarter.put(stock.getKey(), ask);
            offeredThisQuarter.put(stock.getKey(), stock.getValue());
            offeredValueUsd += ask * stock.getValue();
            offeredH100e += stock.getValue() * catalogue.h100e(stock.getKey());
            request(market, new Offer(selfId, stock.getKey(), stock.getValue(), ask, true, Channel.GREY,
                    getContext().getSelf().narrow()));
        }
    }

    @Override
    protected void filled(Fill fill) {
        if (fill.buyerId().equals(selfId)) {
            long held = holdings.stock(fill.chipId());
            long oldCost = unitCost.getOrDefault(fill.chipId(), 0L);
            // Landed cost: the route's cost is paid outside the exchange (shippers, fronts, hosting).
            long landedUsd = fill.valueUsd() + routeCostUsdPerUnit * fill.units();
            unitCost.put(fill.chipId(), (held * oldCost + landedUsd) / (held + fill.units()));
            holdings.buy(fill.chipId(), fill.units());
            holdings.pay(fill.valueUsd());
            cashUsd -= landedUsd;
        } else {
            holdings.sell(fill.chipId(), fill.units());
            holdings.receive(fill.valueUsd());
            cashUsd += fill.valueUsd();
            revenueUsd += fill.valueUsd();
            costOfSalesUsd += fill.units() * unitCost.getOrDefault(fill.chipId(), 0L);
            soldThisQuarter.merge(fill.chipId(), fill.units(), Long::sum);
            if (isHost()) {
                leasedH100e += fill.units() * catalogue.h100e(fill.chipId());
            }
        }
    }

    @Override
    protected AgentReport close(PublicState outcome) {
        double p = seizureProbability();
        java.util.SplittableRandom seizures = draws("seizure");
        for (Map.Entry<String, Long> stock : holdings.stockByChip().entrySet()) {
            long seized = AgentRandom.binomial(seizures, stock.getValue(), p);
            if (seized > 0) {
                holdings.writeOff(stock.getKey(), seized);
                seizedUnits += seized;
                seizedCostUsd += seized * unitCost.getOrDefault(stock.getKey(), 0L);
            }
        }
        if (seizedUnits > 0) {
            note("loses " + seizedUnits + " units to seizure");
        }
        offeredLastQuarter.putAll(offeredThisQuarter);
        long profit = revenueUsd - costOfSalesUsd - seizedCostUsd;
        SortedMap<String, Double> state = new TreeMap<>();
        holdings.stockByChip().forEach((chip, units) -> state.put("inventory." + chip, (double) units));
        state.put("cashUsd", (double) cashUsd);
        state.put("markup", markup);
        state.put("revenueUsd", (double) revenueUsd);
        state.put("seizedUnits", (double) seizedUnits);
        state.put("seizureProbability", p);
        state.put("profitUsd", (double) profit);
        if (isHost()) {
            state.put("capacityH100e", openCapacityH100e());
            state.put("capacityLeftH100e", capacityLeftH100e());
            state.put("leasedH100e", leasedH100e);
            state.put("rentUsdPerH100eQuarter", offeredH100e == 0 ? 0 : offeredValueUsd / offeredH100e / leaseQuarters);
        }
        double score = payoff.number("profit") * profit / 1e9;
        return report(state, score, holdings.closeQuarter(),
                new MoneyLedger(holdings.paidUsd(), holdings.receivedUsd(), 0, cashUsd));
    }
}
