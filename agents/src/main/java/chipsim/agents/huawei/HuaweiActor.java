package chipsim.agents.huawei;

import akka.actor.typed.Behavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Behaviors;
import akka.actor.typed.javadsl.ReceiveBuilder;
import chipsim.agents.AgentActor;
import chipsim.agents.AgentContext;
import chipsim.agents.Holdings;
import chipsim.agents.ParamSpec;
import chipsim.agents.Params;
import chipsim.market.Channel;
import chipsim.market.Chip;
import chipsim.market.Quarter;
import chipsim.market.events.ScriptedEvent;
import chipsim.market.protocol.Ack;
import chipsim.market.protocol.AgentCommand;
import chipsim.market.protocol.MarketProtocol.Fill;
import chipsim.market.protocol.MarketProtocol.Offer;
import chipsim.market.protocol.Phase;
import chipsim.market.protocol.RulesProtocol.SubsidyGranted;
import chipsim.market.report.AgentReport;
import chipsim.market.report.MoneyLedger;
import chipsim.market.report.PublicState;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Huawei: makes Ascend chips from SMIC dies (at a yield that improves), HBM stacks (a stockpile
 * plus thin domestic output) and packaging slots (grown by investment, subsidies included), and
 * sells them in China. Whichever input is scarcest caps its output: why buyers cannot simply
 * replace Nvidia with Huawei (FACTS.md mechanism 6).
 */
public final class HuaweiActor extends AgentActor {

    public static final List<ParamSpec> SETUP = List.of(
            ParamSpec.integer("smicWafersPerQuarter", 12_000, 0, 100_000_000, "wafers/quarter", "SMIC advanced wafers for Ascend dies"),
            ParamSpec.number("smicWaferGrowth", 0.05, -1, 10, "share per quarter", "growth of those wafers"),
            ParamSpec.number("diesPerWafer", 60, 0, 10_000, "dies/wafer", "compute-die candidates per wafer"),
            ParamSpec.number("yieldStart", 0.2, 0, 1, "share 0..1", "good dies per candidate when the run starts"),
            ParamSpec.number("yieldGainPerQuarter", 0.03, 0, 1, "share per quarter", "yield learning per quarter"),
            ParamSpec.number("yieldMax", 0.6, 0, 1, "share 0..1", "best yield reachable"),
            ParamSpec.number("yieldShockSd", 0, 0, 2, "sd of log",
                    "quarterly shock to the yield: yield x exp(sd z - sd^2/2), z ~ N(0,1), at most 1; 0 = none"),
            ParamSpec.integer("proxyDies", 0, 0, 1_000_000_000, "dies", "good dies stockpiled through proxies (TSMC-made)"),
            ParamSpec.integer("hbmStacks", 0, 0, 1_000_000_000, "stacks", "HBM stacks stockpiled when the run starts"),
            ParamSpec.integer("hbmStacksPerQuarter", 0, 0, 1_000_000_000, "stacks/quarter", "domestic HBM output (CXMT)"),
            ParamSpec.number("hbmStacksGrowth", 0, -1, 10, "share per quarter", "growth of that domestic HBM output"),
            ParamSpec.integer("packagingUnits", 50_000, 0, 1_000_000_000, "units/quarter", "packaging capacity when the run starts"),
            ParamSpec.number("packagingGrowth", 0.05, -1, 10, "share per quarter", "organic growth of packaging capacity"),
            ParamSpec.integer("usdPerPackagingUnit", 50_000, 1, 1_000_000_000, "USD per unit/quarter",
                    "investment that adds one unit per quarter of packaging capacity"),
            ParamSpec.integer("investmentLagQuarters", 2, 1, 20, "quarters", "from investing to using the capacity"),
            ParamSpec.numberMap("diesPerChip", 0, 100, "dies", "compute dies per chip"),
            ParamSpec.numberMap("hbmStacksPerChip", 0, 100, "stacks", "HBM stacks per chip"),
            ParamSpec.numberMap("inventory", 0, 1e9, "units", "finished stock per chip when the run starts"),
            ParamSpec.number("cashUsd", 0, 0, 1e13, "USD", "cash for investment when the run starts"));

    public static final List<ParamSpec> PAYOFF = List.of(
            ParamSpec.number("profit", 1.0, -100, 100, "per USD bn", "sales less cost of units sold"),
            ParamSpec.number("share", 5.0, -100, 100, "per share", "Huawei's share of China's purchases"));

    private final Params payoff;
    private final Params setup;
    private final Holdings holdings;
    private final SortedMap<Quarter, Long> packagingPipeline = new TreeMap<>();
    private final SortedMap<String, Long> asks = new TreeMap<>();
    private double smicWafers;
    private double yield;
    private long dieStock;
    private long hbmStacks;
    private double hbmInflowRate;
    private long hbmInflow;
    private double forecastH100e;
    private double forecastGrowth;
    private long packagingUnits;
    private long cashUsd;
    private long subsidyUsd;
    private long revenueUsd;
    private long costOfSalesUsd;
    private long investedUsd;
    private String binding = "";

    public static Behavior<AgentCommand> create(AgentContext agent) {
        return Behaviors.setup(ctx -> new HuaweiActor(ctx, agent));
    }

    private HuaweiActor(ActorContext<AgentCommand> context, AgentContext agent) {
        super(context, agent);
        this.payoff = agent.spec().payoff();
        this.setup = agent.spec().setup();
        this.holdings = new Holdings(selfId);
        setup.numberMap("inventory").forEach((chip, units) -> holdings.stock(chip, Math.round(units)));
        this.smicWafers = setup.integer("smicWafersPerQuarter");
        this.yield = setup.number("yieldStart");
        this.dieStock = setup.integer("proxyDies");
        this.hbmStacks = setup.integer("hbmStacks");
        this.hbmInflowRate = setup.integer("hbmStacksPerQuarter");
        this.packagingUnits = setup.integer("packagingUnits");
        this.cashUsd = Math.round(setup.number("cashUsd"));
    }

    @Override
    protected Set<Phase> actsIn() {
        return Set.of(Phase.SUPPLY, Phase.TRADE);
    }

    @Override
    protected void protocol(ReceiveBuilder<AgentCommand> builder) {
        builder.onMessage(SubsidyGranted.class, this::onSubsidy);
    }

    @Override
    protected void opened(List<ScriptedEvent> scripted) {
        holdings.openQuarter();
        subsidyUsd = 0;
        revenueUsd = 0;
        costOfSalesUsd = 0;
        investedUsd = 0;
        if (lastState.lastQuarter() != null) {
            smicWafers *= 1.0 + setup.number("smicWaferGrowth");
            yield = Math.min(setup.number("yieldMax"), yield + setup.number("yieldGainPerQuarter"));
            packagingUnits = Math.round(packagingUnits * (1.0 + setup.number("packagingGrowth")));
            hbmInflowRate *= 1.0 + setup.number("hbmStacksGrowth");
        }
        Long added = packagingPipeline.remove(quarter);
        if (added != null) {
            packagingUnits += added;
        }
        // This quarter's yield around its learning curve (a supply shock; none when the sd is 0).
        double yieldNow = Math.min(1.0, yield * shock("yield", setup.number("yieldShockSd")));
        dieStock += (long) Math.floor(smicWafers * setup.number("diesPerWafer") * yieldNow);
        hbmInflow = (long) Math.floor(hbmInflowRate);
        hbmStacks += hbmInflow;
        for (ScriptedEvent event : scripted) {
            if (event instanceof ScriptedEvent.HbmStock change && change.target().equals(selfId)) {
                hbmStacks = Math.max(0, hbmStacks + change.deltaStacks());
            }
        }
    }

    private Behavior<AgentCommand> onSubsidy(SubsidyGranted message) {
        subsidyUsd += message.usd();
        cashUsd += message.usd();
        outbox.tell(message.replyTo(), new Ack(selfId));
        return this;
    }

    private HuaweiObservation observe() {
        List<Chip> chips = catalogue.byVendor(selfId).stream().filter(c -> c.inProduction(quarter)).toList();
        SortedMap<String, Double> h100e = new TreeMap<>();
        catalogue.byVendor(selfId).forEach(c -> h100e.put(c.id(), catalogue.h100e(c.id())));
        return new HuaweiObservation(quarter, chips, catalogue.byVendor(selfId), dieStock, hbmStacks, packagingUnits, setup.numberMap("diesPerChip"),
                setup.numberMap("hbmStacksPerChip"), h100e, asks, holdings.stockByChip(), cashUsd, lastState,
                hbmInflow, forecastH100e, forecastGrowth);
    }

    @Override
    protected void act(Phase phase) {
        if (phase == Phase.SUPPLY) {
            HuaweiObservation observation = observe();
            decide(HuaweiRole.PRODUCTION, observation, plan -> produceAndInvest(plan, observation));
        } else if (phase == Phase.TRADE) {
            decide(HuaweiRole.PRICES, observe(), this::offer);
        }
    }

    private void produceAndInvest(ProductionPlan decision, HuaweiObservation observation) {
        SortedMap<String, Long> plan = decision.unitsByChip();
        forecastH100e = decision.forecastH100e();
        forecastGrowth = decision.forecastGrowth();
        Map<String, Double> dies = setup.numberMap("diesPerChip");
        Map<String, Double> stacks = setup.numberMap("hbmStacksPerChip");
        for (Map.Entry<String, Long> entry : plan.entrySet()) {
            holdings.produce(entry.getKey(), entry.getValue());
            dieStock -= consumed(entry.getValue(), dies.getOrDefault(entry.getKey(), 1.0));
            hbmStacks -= consumed(entry.getValue(), stacks.getOrDefault(entry.getKey(), 1.0));
            String limit = decision.limit().isEmpty() ? observation.bindingInput(entry.getKey()) : decision.limit();
            if (!limit.equals(binding)) {
                note("output of " + entry.getKey() + " now limited by " + limit);
                binding = limit;
            }
        }
        if (plan.isEmpty() && decision.limit().equals("demand") && !binding.equals("demand")) {
            // It chose to make nothing this quarter: its expected sales, not an input, limited it.
            note("output now limited by its expected sales");
            binding = "demand";
        }
        long invest = Math.min(cashUsd, decision.investmentUsd());
        if (invest > 0) {
            cashUsd -= invest;
            investedUsd = invest;
            long units = invest / setup.integer("usdPerPackagingUnit");
            packagingPipeline.merge(quarter.plus((int) setup.integer("investmentLagQuarters")), units, Long::sum);
        }
    }

    /**
     * Whole inputs used by {@code units} chips of {@code perChip} each, rounded up, with the same
     * tolerance {@link HuaweiObservation#fits} uses so a plan that fits never overdraws a stock.
     */
    private static long consumed(long units, double perChip) {
        return (long) Math.ceil(units * perChip - HuaweiObservation.TOLERANCE);
    }

    private void offer(PricePlan prices) {
        var market = directory.single("market");
        for (Map.Entry<String, Long> stock : holdings.stockByChip().entrySet()) {
            Chip chip = catalogue.get(stock.getKey());
            long ask = prices.askUsdByChip().get(chip.id());
            asks.put(chip.id(), ask);
            if (stock.getValue() > 0) {
                request(market, new Offer(selfId, chip.id(), stock.getValue(), ask, true, Channel.DIRECT,
                        getContext().getSelf().narrow()));
            }
        }
    }

    @Override
    protected void filled(Fill fill) {
        holdings.sell(fill.chipId(), fill.units());
        holdings.receive(fill.valueUsd());
        revenueUsd += fill.valueUsd();
        cashUsd += fill.valueUsd();
        costOfSalesUsd += fill.units() * catalogue.get(fill.chipId()).unitCostUsd();
    }

    @Override
    protected AgentReport close(PublicState outcome) {
        long profit = revenueUsd - costOfSalesUsd;
        SortedMap<String, Double> state = new TreeMap<>();
        holdings.stockByChip().forEach((chip, units) -> state.put("inventory." + chip, (double) units));
        asks.forEach((chip, price) -> state.put("askUsd." + chip, (double) price));
        state.put("producedUnits", (double) holdings.producedThisQuarter());
        state.put("dieStock", (double) dieStock);
        state.put("hbmStacks", (double) hbmStacks);
        state.put("packagingUnits", (double) packagingUnits);
        state.put("yield", yield);
        // What limited its output this quarter: 1 dies, 2 HBM, 3 packaging, 4 its expected sales;
        // 0 before it made anything.
        state.put("bindingInput", switch (binding) {
            case "dies" -> 1.0;
            case "hbm" -> 2.0;
            case "packaging" -> 3.0;
            case "demand" -> 4.0;
            default -> 0.0;
        });
        state.put("subsidyUsd", (double) subsidyUsd);
        state.put("investedUsd", (double) investedUsd);
        state.put("revenueUsd", (double) revenueUsd);
        state.put("profitUsd", (double) profit);
        state.put("cashUsd", (double) cashUsd);
        double score = payoff.number("profit") * profit / 1e9 + payoff.number("share") * outcome.huaweiShareOfChina();
        return report(state, score, holdings.closeQuarter(), new MoneyLedger(0, holdings.receivedUsd(), 0, cashUsd));
    }
}
