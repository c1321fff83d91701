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
 */
public final class BrokerActor extends AgentActor {

    public static final List<ParamSpec> SETUP = List.of(
            ParamSpec.number("cashUsd", 1e9, 0, 1e13, "USD", "working capital when the run starts"),
            ParamSpec.number("detectionAtFullEnforcement", 0.3, 0, 1, "probability",
                    "chance a unit held is seized in a quarter when enforcement is 1"),
            ParamSpec.number("markup", 0.5, 0, 100, "share", "markup over cost when the run starts"),
            ParamSpec.numberMap("inventory", 0, 1e9, "units", "units held abroad when the run starts"));

    public static final List<ParamSpec> PAYOFF = List.of(
            ParamSpec.number("profit", 1.0, -100, 100, "per USD bn", "sales less cost of units sold and seized"));

    private final Params payoff;
    private final double detection;
    private final Holdings holdings;
    private final SortedMap<String, Long> unitCost = new TreeMap<>();
    private final SortedMap<String, Long> offeredLastQuarter = new TreeMap<>();
    private final SortedMap<String, Long> soldThisQuarter = new TreeMap<>();
    private final SortedMap<String, Long> offeredThisQuarter = new TreeMap<>();
    private SortedMap<String, Boolean> soldOut = new TreeMap<>();
    private double markup;
    private long cashUsd;
    private long revenueUsd;
    private long costOfSalesUsd;
    private long seizedUnits;
    private long seizedCostUsd;

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
        revenueUsd = 0;
        costOfSalesUsd = 0;
        seizedUnits = 0;
        seizedCostUsd = 0;
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
        decide(BrokerRole.TRADING, new BrokerObservation(quarter, cashUsd, smuggleable, holdings.stockByChip(),
                unitCost, markup, soldOut, seizureProbability(), lastState), this::trade);
    }

    private void trade(BrokerPlan plan) {
        markup = plan.markup();
        var market = directory.single("market");
        for (BrokerPlan.Purchase purchase : plan.purchases()) {
            request(market, new Bid(selfId, Region.OFFSHORE, purchase.chipId(), purchase.units(), purchase.maxPriceUsd(),
                    false, cashUsd, getContext().getSelf().narrow()));
        }
        for (Map.Entry<String, Long> stock : holdings.stockByChip().entrySet()) {
            long ask = Math.round(unitCost.getOrDefault(stock.getKey(), 0L) * (1.0 + markup));
            offeredThisQuarter.put(stock.getKey(), stock.getValue());
            request(market, new Offer(selfId, stock.getKey(), stock.getValue(), ask, true, Channel.GREY,
                    getContext().getSelf().narrow()));
        }
    }

    @Override
    protected void filled(Fill fill) {
        if (fill.buyerId().equals(selfId)) {
            long held = holdings.stock(fill.chipId());
            long oldCost = unitCost.getOrDefault(fill.chipId(), 0L);
            unitCost.put(fill.chipId(), (held * oldCost + fill.valueUsd()) / (held + fill.units()));
            holdings.buy(fill.chipId(), fill.units());
            holdings.pay(fill.valueUsd());
            cashUsd -= fill.valueUsd();
        } else {
            holdings.sell(fill.chipId(), fill.units());
            holdings.receive(fill.valueUsd());
            cashUsd += fill.valueUsd();
            revenueUsd += fill.valueUsd();
            costOfSalesUsd += fill.units() * unitCost.getOrDefault(fill.chipId(), 0L);
            soldThisQuarter.merge(fill.chipId(), fill.units(), Long::sum);
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
        double score = payoff.number("profit") * profit / 1e9;
        return report(state, score, holdings.closeQuarter(),
                new MoneyLedger(holdings.paidUsd(), holdings.receivedUsd(), 0, cashUsd));
    }
}
