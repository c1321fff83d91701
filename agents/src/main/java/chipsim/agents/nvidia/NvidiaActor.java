package chipsim.agents.nvidia;

import akka.actor.typed.Behavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Behaviors;
import akka.actor.typed.javadsl.ReceiveBuilder;
import chipsim.agents.AgentActor;
import chipsim.agents.AgentContext;
import chipsim.agents.ParamSpec;
import chipsim.agents.Params;
import chipsim.agents.Holdings;
import chipsim.market.Channel;
import chipsim.market.Chip;
import chipsim.market.ProRata;
import chipsim.market.Quarter;
import chipsim.market.events.ScriptedEvent;
import chipsim.market.protocol.AgentCommand;
import chipsim.market.protocol.MarketProtocol.Fill;
import chipsim.market.protocol.MarketProtocol.Offer;
import chipsim.market.protocol.PermitProtocol.LicenceDecision;
import chipsim.market.protocol.PermitProtocol.LicenceRequest;
import chipsim.market.protocol.Phase;
import chipsim.market.protocol.SupplyProtocol.CapacityGrant;
import chipsim.market.protocol.SupplyProtocol.CapacityRequest;
import chipsim.market.protocol.SupplyProtocol.ChipDesigned;
import chipsim.market.protocol.SupplyProtocol.ProductLaunched;
import chipsim.market.protocol.Ack;
import chipsim.market.report.AgentReport;
import chipsim.market.report.MoneyLedger;
import chipsim.market.report.PublicState;
import chipsim.market.rules.ExportStatus;
import chipsim.market.rules.ImportStance;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Nvidia: holds stock, a production pipeline, prices and a design pipeline of compliant variants;
 * orders packaging capacity from TSMC, asks Washington for licences, and offers its stock to China
 * (licensed) and to the rest of the world. Its policy makes every choice.
 */
public final class NvidiaActor extends AgentActor {

    public static final List<ParamSpec> SETUP = List.of(
            ParamSpec.numberMap("inventory", 0, 1e9, "units", "stock per chip when the run starts"),
            ParamSpec.number("cashUsd", 30e9, -1e13, 1e13, "USD", "cash when the run starts"),
            ParamSpec.integer("launchUnits", 100_000, 0, 1_000_000_000, "units/quarter",
                    "demand assumed for a chip with no market history and no opening forecast"),
            ParamSpec.numberMap("openingForecastUnits", 0, 1e9, "units/quarter",
                    "its order book: demand per chip assumed until the chip has market history"),
            ParamSpec.integer("designLagQuarters", 3, 1, 40, "quarters",
                    "from the decision to design a variant at run time to its first quarter on sale"),
            ParamSpec.number("designCostUsd", 300e6, 0, 1e11, "USD",
                    "cost of designing one variant at run time, charged when the design starts"),
            ParamSpec.number("variantMemoryShare", 0.5, 0.01, 1, "share",
                    "share of its base's memory and bandwidth a run-time variant keeps (0.5: one of two dies "
                            + "with its HBM, as the reported China Blackwell; the rules test TPP only)"),
            ParamSpec.number("variantCostScaling", 0.5, 0, 1, "share",
                    "share of the base's unit cost that scales with the performance a variant keeps"));

    public static final List<ParamSpec> PAYOFF = List.of(
            ParamSpec.number("profit", 1.0, -100, 100, "per USD bn",
                    "gross profit: sales kept less cost of units sold and written off, less design costs"));

    private final Params payoff;
    private final long launchUnits;
    private final SortedMap<String, Double> openingForecast;
    private final Holdings books;
    private final SortedMap<Quarter, SortedMap<String, Long>> pipeline = new TreeMap<>();
    private final SortedMap<String, Long> asks = new TreeMap<>();
    private final SortedMap<String, Long> licencesGranted = new TreeMap<>();
    private final SortedMap<String, Integer> quartersBanned = new TreeMap<>();
    private final SortedMap<String, Quarter> designing = new TreeMap<>();
    /** Variants designed during the run and not yet on sale, with their figures (availableFrom: first quarter on sale). */
    private final SortedMap<String, Chip> variantDesigns = new TreeMap<>();
    /** Ids of every variant designed during the run, abandoned ones too: a new design never reuses one. */
    private final Set<String> designIds = new java.util.TreeSet<>();
    private final VariantDesign.Terms designTerms;
    /** This quarter's public rumours: chip to the probability of a ban they state. */
    private final SortedMap<String, Double> rumours = new TreeMap<>();
    private final Set<String> launched = new HashSet<>();
    private final List<String> launchedThisQuarter = new ArrayList<>();
    private SortedMap<String, Long> plannedWafers = new TreeMap<>();
    /** The demand forecast its last supply decision kept. */
    private SortedMap<String, Double> forecastUnits = new TreeMap<>();
    private long cashUsd;
    private long revenueChinaUsd;
    private long revenueElsewhereUsd;
    private long feesPaidUsd;
    private long costOfSalesUsd;
    private long writeDownUsd;
    private long designCostUsd;
    private long wafersGranted;

    public static Behavior<AgentCommand> create(AgentContext agent) {
        return Behaviors.setup(ctx -> new NvidiaActor(ctx, agent));
    }

    private NvidiaActor(ActorContext<AgentCommand> context, AgentContext agent) {
        super(context, agent);
        this.payoff = agent.spec().payoff();
        Params setup = agent.spec().setup();
        this.launchUnits = setup.integer("launchUnits");
        this.openingForecast = setup.numberMap("openingForecastUnits");
        this.cashUsd = Math.round(setup.number("cashUsd"));
        this.designTerms = new VariantDesign.Terms((int) setup.integer("designLagQuarters"),
                Math.round(setup.number("designCostUsd")), setup.number("variantMemoryShare"),
                setup.number("variantCostScaling"), agent.catalogue().flopsWeight());
        this.books = new Holdings(selfId);
        setup.numberMap("inventory").forEach((chip, units) -> books.stock(chip, Math.round(units)));
    }

    @Override
    protected Set<Phase> actsIn() {
        return Set.of(Phase.POLICY, Phase.SUPPLY, Phase.PERMITS, Phase.TRADE);
    }

    @Override
    protected void protocol(ReceiveBuilder<AgentCommand> builder) {
        builder.onMessage(CapacityGrant.class, this::onCapacityGrant)
                .onMessage(LicenceDecision.class, this::onLicenceDecision);
    }

    @Override
    protected void opened(List<ScriptedEvent> scripted) {
        books.openQuarter();
        licencesGranted.clear();
        revenueChinaUsd = 0;
        revenueElsewhereUsd = 0;
        feesPaidUsd = 0;
        costOfSalesUsd = 0;
        writeDownUsd = 0;
        designCostUsd = 0;
        wafersGranted = 0;
        rumours.clear();
        for (ScriptedEvent event : scripted) {
            if (event instanceof ScriptedEvent.Rumour rumour && rumour.isFor(selfId)) {
                rumours.merge(rumour.chipId(), rumour.probability(), Math::max);
            }
        }
        SortedMap<String, Long> arriving = pipeline.remove(quarter);
        if (arriving != null) {
            arriving.forEach(books::produce);
        }
        launchedThisQuarter.clear();
        for (Map.Entry<String, Quarter> design : new TreeMap<>(designing).entrySet()) {
            if (!design.getValue().isAfter(quarter)) {
                designing.remove(design.getKey());
                launched.add(design.getKey());
                launchedThisQuarter.add(design.getKey());
                note("launches compliant variant " + design.getKey());
            }
        }
        for (Chip design : new ArrayList<>(variantDesigns.values())) {
            if (!design.availableFrom().isAfter(quarter)) {
                variantDesigns.remove(design.id());
                launched.add(design.id());
                launchedThisQuarter.add(design.id());
                note(String.format("launches compliant variant %s (variant of %s, TPP %.0f)", design.id(),
                        design.variantOf(), design.tpp()));
            }
        }
    }

    private List<Chip> products() {
        List<Chip> products = new ArrayList<>();
        for (Chip chip : catalogue.byVendor(selfId)) {
            boolean onDemandVariant = chip.isVariant() && chip.availableFrom() == null;
            boolean available = onDemandVariant ? launched.contains(chip.id()) : chip.inProduction(quarter);
            if (available) {
                products.add(chip);
            }
        }
        return products;
    }

    private List<Chip> designable() {
        return catalogue.byVendor(selfId).stream()
                .filter(chip -> chip.isVariant() && chip.availableFrom() == null && !launched.contains(chip.id()))
                .toList();
    }

    private NvidiaObservation observe() {
        SortedMap<String, Long> inPipeline = new TreeMap<>();
        pipeline.values().forEach(batch -> batch.forEach((chip, units) -> inPipeline.merge(chip, units, Long::sum)));
        // A variant designed during the run joins the catalogue at the end of the quarter before its
        // launch, after this quarter's plan; it is scheduled from its design on, so that its first
        // units can be ordered ahead of the launch as a catalogue chip's are.
        List<Chip> scheduled = new ArrayList<>(catalogue.byVendor(selfId).stream()
                .filter(chip -> chip.availableFrom() != null && chip.availableFrom().isAfter(quarter)).toList());
        variantDesigns.values().stream()
                .filter(design -> design.availableFrom().isAfter(quarter) && catalogue.find(design.id()).isEmpty())
                .forEach(scheduled::add);
        List<Chip> products = products();
        List<Chip> sellable = catalogue.byVendor(selfId).stream()
                .filter(chip -> products.contains(chip) || books.stock(chip.id()) > 0).toList();
        return new NvidiaObservation(quarter, products, sellable, scheduled, designable(), designing, books.stockByChip(), inPipeline,
                asks, licencesGranted, quartersBanned, exportRules, importPolicy, lastState, launchUnits, openingForecast,
                launched, forecastUnits, rumours, List.copyOf(variantDesigns.values()), designTerms);
    }

    @Override
    protected void act(Phase phase) {
        switch (phase) {
            case POLICY -> launchedThisQuarter.forEach(chip -> directory.everyoneBut(selfId)
                    .forEach(ref -> request(ref, new ProductLaunched(selfId, chip, ackRef))));
            case SUPPLY -> decide(NvidiaRole.SUPPLY, observe(), this::planSupply);
            case PERMITS -> decide(NvidiaRole.LICENCES, observe(), requests -> requests.unitsByChip().forEach(
                    (chip, units) -> request(directory.single("washington"),
                            new LicenceRequest(selfId, chip, units, getContext().getSelf().narrow()))));
            case TRADE -> decide(NvidiaRole.SALES, observe(), this::offer);
            default -> { }
        }
    }

    private void planSupply(SupplyPlan plan) {
        forecastUnits = new TreeMap<>(plan.forecastUnits());
        for (String chipId : plan.writeDown()) {
            long units = books.writeOff(chipId);
            long charge = units * catalogue.get(chipId).unitCostUsd();
            writeDownUsd += charge;
            note(String.format("writes down %d stranded %s ($%.2f bn)", units, chipId, charge / 1e9));
        }
        for (String variant : plan.startDesign()) {
            Quarter ready = quarter.plus(Math.max(1, catalogue.get(variant).designLagQuarters()));
            designing.put(variant, ready);
            note("starts designing " + variant + " (variant of " + catalogue.get(variant).variantOf()
                    + "), first units " + ready);
        }
        designAtRunTime(plan);
        plannedWafers = new TreeMap<>(plan.wafersByChip());
        long total = plannedWafers.values().stream().mapToLong(Long::longValue).sum();
        if (total > 0) {
            request(directory.single("tsmc"), new CapacityRequest(selfId, total, getContext().getSelf().narrow()));
        }
    }

    /**
     * Stops the designs the plan abandons, starts its new ones (derived from their base by
     * VariantDesign, cost charged now), and announces to everyone each design whose first quarter
     * on sale is next quarter, so that every catalogue holds it before Washington classifies it.
     */
    private void designAtRunTime(SupplyPlan plan) {
        for (String abandoned : plan.abandonDesign()) {
            Chip design = variantDesigns.remove(abandoned);
            note(String.format("abandons design %s (TPP %.0f): the line in force is now TPP %.0f", abandoned,
                    design.tpp(), exportRules.banAboveTpp()));
        }
        for (var order : plan.designTo().entrySet()) {
            Chip base = catalogue.get(order.getKey());
            java.util.Set<String> taken = new java.util.TreeSet<>(designIds);
            catalogue.all().forEach(chip -> taken.add(chip.id()));
            String id = VariantDesign.name(base.id(), order.getValue(), taken);
            Quarter firstOnSale = quarter.plus(Math.max(1, designTerms.lagQuarters()));
            Chip variant = VariantDesign.derive(base, order.getValue(), id, firstOnSale, designTerms);
            designIds.add(id);
            variantDesigns.put(id, variant);
            cashUsd -= designTerms.costUsd();
            designCostUsd += designTerms.costUsd();
            note(String.format("designs %s from %s to the line in force (TPP %.0f): TPP %.0f, %.0f TFLOPS, %.0f GB,"
                    + " %.2f TB/s, unit cost $%d, list price $%d; on sale from %s; design cost $%.2f bn", id, base.id(),
                    exportRules.banAboveTpp(), variant.tpp(), variant.tflopsBf16(), variant.memoryGb(),
                    variant.bandwidthTbs(), variant.unitCostUsd(), variant.listPriceUsd(), firstOnSale,
                    designTerms.costUsd() / 1e9));
        }
        for (Chip design : variantDesigns.values()) {
            if (design.availableFrom().equals(quarter.next()) && catalogue.find(design.id()).isEmpty()) {
                catalogue = catalogue.with(design);
                directory.everyoneBut(selfId).forEach(ref -> request(ref, new ChipDesigned(selfId, design, ackRef)));
            }
        }
    }

    private Behavior<AgentCommand> onCapacityGrant(CapacityGrant grant) {
        List<String> chips = new ArrayList<>(plannedWafers.keySet());
        long[] claims = chips.stream().mapToLong(plannedWafers::get).toArray();
        long[] wafers = ProRata.allocate(grant.wafers(), claims);
        Quarter ready = quarter.plus(Math.max(1, grant.leadTimeQuarters()));
        for (int i = 0; i < chips.size(); i++) {
            Chip chip = catalogue.get(chips.get(i));
            long units = (long) Math.floor(wafers[i] * chip.unitsPerWafer());
            if (units > 0) {
                pipeline.computeIfAbsent(ready, q -> new TreeMap<>()).merge(chip.id(), units, Long::sum);
            }
        }
        wafersGranted += grant.wafers();
        cashUsd -= grant.wafers() * grant.pricePerWaferUsd();
        outbox.tell(grant.replyTo(), new Ack(selfId));
        return this;
    }

    private Behavior<AgentCommand> onLicenceDecision(LicenceDecision decision) {
        licencesGranted.put(decision.chipId(), decision.grantedUnits());
        if (decision.grantedUnits() < decision.requestedUnits()) {
            note("licensed " + decision.grantedUnits() + " of " + decision.requestedUnits() + " " + decision.chipId()
                    + " asked");
        }
        outbox.tell(decision.replyTo(), new Ack(selfId));
        return this;
    }

    private void offer(SalesPlan plan) {
        var market = directory.single("market");
        for (Map.Entry<String, Long> ask : plan.asks().entrySet()) {
            String chip = ask.getKey();
            asks.put(chip, ask.getValue());
            long intoChina = plan.chinaUnits().getOrDefault(chip, 0L);
            long elsewhere = plan.elsewhereUnits().getOrDefault(chip, 0L);
            if (intoChina > 0) {
                long chinaAsk = plan.chinaAsks().getOrDefault(chip, ask.getValue());
                request(market, new Offer(selfId, chip, intoChina, chinaAsk, true, Channel.LICENSED,
                        getContext().getSelf().narrow()));
            }
            if (elsewhere > 0) {
                request(market, new Offer(selfId, chip, elsewhere, ask.getValue(), false, Channel.DIRECT,
                        getContext().getSelf().narrow()));
            }
        }
    }

    @Override
    protected void filled(Fill fill) {
        books.sell(fill.chipId(), fill.units());
        long kept = fill.valueUsd() - fill.feeUsd();
        cashUsd += kept;
        feesPaidUsd += fill.feeUsd();
        costOfSalesUsd += fill.units() * catalogue.get(fill.chipId()).unitCostUsd();
        books.receive(kept);
        if (fill.channel() == Channel.LICENSED) {
            revenueChinaUsd += kept;
        } else {
            revenueElsewhereUsd += kept;
        }
    }

    @Override
    protected AgentReport close(PublicState outcome) {
        for (Chip chip : catalogue.byVendor(selfId)) {
            boolean banned = exportRules.status(chip.id()) == ExportStatus.BANNED
                    || importPolicy.stance(chip.id()) == ImportStance.BARRED;
            quartersBanned.put(chip.id(), banned ? quartersBanned.getOrDefault(chip.id(), 0) + 1 : 0);
        }
        long profit = revenueChinaUsd + revenueElsewhereUsd - costOfSalesUsd - writeDownUsd - designCostUsd;
        SortedMap<String, Double> state = new TreeMap<>();
        books.stockByChip().forEach((chip, units) -> state.put("inventory." + chip, (double) units));
        asks.forEach((chip, price) -> state.put("askUsd." + chip, (double) price));
        state.put("cashUsd", (double) cashUsd);
        state.put("revenueChinaUsd", (double) revenueChinaUsd);
        state.put("revenueElsewhereUsd", (double) revenueElsewhereUsd);
        state.put("feesPaidUsd", (double) feesPaidUsd);
        state.put("profitUsd", (double) profit);
        state.put("writeDownUsd", (double) writeDownUsd);
        state.put("wafersGranted", (double) wafersGranted);
        state.put("designCostUsd", (double) designCostUsd);
        state.put("variantsInDesign", (double) (designing.size() + variantDesigns.size()));
        state.put("variantsLaunched", (double) launched.size());
        double score = payoff.number("profit") * profit / 1e9;
        return report(state, score, books.closeQuarter(), new MoneyLedger(0, books.receivedUsd(), 0, cashUsd));
    }
}
