package chipsim.agents.tsmc;

import akka.actor.typed.Behavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Behaviors;
import akka.actor.typed.javadsl.ReceiveBuilder;
import chipsim.agents.AgentActor;
import chipsim.agents.AgentContext;
import chipsim.agents.ParamSpec;
import chipsim.agents.Params;
import chipsim.market.Quarter;
import chipsim.market.events.ScriptedEvent;
import chipsim.market.protocol.Ack;
import chipsim.market.protocol.AgentCommand;
import chipsim.market.protocol.Phase;
import chipsim.market.protocol.SupplyProtocol.CapacityGrant;
import chipsim.market.protocol.SupplyProtocol.CapacityRequest;
import chipsim.market.report.AgentReport;
import chipsim.market.report.MoneyLedger;
import chipsim.market.report.PublicState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * TSMC: advanced-packaging (CoWoS) capacity with an expansion pipeline. Chip designers' requests
 * and the foundry's other customers share capacity when the supply phase resolves.
 */
public final class TsmcActor extends AgentActor {

    public static final List<ParamSpec> SETUP = List.of(
            ParamSpec.integer("capacityWafers", 60_000, 0, 100_000_000, "wafers/quarter", "CoWoS capacity when the run starts"),
            ParamSpec.integer("otherCustomersWafers", 24_000, 0, 100_000_000, "wafers/quarter",
                    "demand of customers outside the model (AMD, Google, Broadcom...) when the run starts"),
            ParamSpec.number("otherCustomersGrowth", 0.05, -1, 10, "share per quarter", "growth of that demand"),
            ParamSpec.integer("pricePerWaferUsd", 24_000, 0, 10_000_000, "USD/wafer", "what a customer pays per wafer"),
            ParamSpec.integer("costPerWaferUsd", 12_000, 0, 10_000_000, "USD/wafer", "what a wafer costs TSMC"),
            ParamSpec.integer("leadTimeQuarters", 1, 1, 8, "quarters", "from a grant to finished units"),
            ParamSpec.integer("expansionLagQuarters", 4, 1, 20, "quarters", "from starting new capacity to using it"),
            ParamSpec.numberMap("committedExpansionByQuarter", 0, 100_000_000, "wafers/quarter",
                    "capacity already being built when the run starts, by the quarter it comes online"));

    public static final List<ParamSpec> PAYOFF = List.of(
            ParamSpec.number("profit", 1.0, -100, 100, "per USD bn", "wafer revenue less wafer cost"),
            ParamSpec.number("utilisation", 1.0, -100, 100, "per share", "granted over available capacity"));

    /** The claim of the foundry's customers outside the model. */
    public static final String OTHER_CUSTOMERS = "other-customers";

    private final Params payoff;
    private final long pricePerWaferUsd;
    private final long costPerWaferUsd;
    private final int leadTimeQuarters;
    private final int expansionLagQuarters;
    private final double othersGrowth;
    private final List<CapacityRequest> requests = new ArrayList<>();
    private final SortedMap<Quarter, Long> expansions = new TreeMap<>();
    private long capacityWafers;
    private double othersWafers;
    private long grantedToModel;
    private long grantedToOthers;
    private long demanded;

    public static Behavior<AgentCommand> create(AgentContext agent) {
        return Behaviors.setup(ctx -> new TsmcActor(ctx, agent));
    }

    private TsmcActor(ActorContext<AgentCommand> context, AgentContext agent) {
        super(context, agent);
        this.payoff = agent.spec().payoff();
        Params setup = agent.spec().setup();
        this.capacityWafers = setup.integer("capacityWafers");
        this.othersWafers = setup.integer("otherCustomersWafers");
        this.othersGrowth = setup.number("otherCustomersGrowth");
        this.pricePerWaferUsd = setup.integer("pricePerWaferUsd");
        this.costPerWaferUsd = setup.integer("costPerWaferUsd");
        this.leadTimeQuarters = (int) setup.integer("leadTimeQuarters");
        this.expansionLagQuarters = (int) setup.integer("expansionLagQuarters");
        setup.numberMap("committedExpansionByQuarter").forEach((quarter, wafers) ->
                expansions.merge(Quarter.parse(quarter), Math.round(wafers), Long::sum));
    }

    @Override
    protected Set<Phase> resolvesIn() {
        return Set.of(Phase.SUPPLY);
    }

    @Override
    protected void protocol(ReceiveBuilder<AgentCommand> builder) {
        builder.onMessage(CapacityRequest.class, this::onCapacityRequest);
    }

    @Override
    protected void opened(List<ScriptedEvent> scripted) {
        requests.clear();
        grantedToModel = 0;
        grantedToOthers = 0;
        demanded = 0;
        if (lastState.lastQuarter() != null) {
            othersWafers *= 1.0 + othersGrowth;
        }
        // Capacity due before the run started (a scenario's committed expansions) arrives now.
        long ready = 0;
        while (!expansions.isEmpty() && !expansions.firstKey().isAfter(quarter)) {
            ready += expansions.remove(expansions.firstKey());
        }
        if (ready > 0) {
            capacityWafers += ready;
            note("adds " + ready + " CoWoS wafers/quarter of new capacity");
        }
        for (ScriptedEvent event : scripted) {
            if (event instanceof ScriptedEvent.Cowos cowos && cowos.target().equals(selfId)) {
                capacityWafers = Math.max(0, capacityWafers + cowos.deltaWafers());
            }
        }
    }

    private Behavior<AgentCommand> onCapacityRequest(CapacityRequest request) {
        requests.add(request);
        outbox.tell(request.replyTo(), new Ack(selfId));
        return this;
    }

    @Override
    protected void resolve(Phase phase) {
        if (phase != Phase.SUPPLY) {
            return;
        }
        requests.sort(Comparator.comparing(CapacityRequest::requesterId));
        List<TsmcObservation.Claim> claims = new ArrayList<>();
        for (CapacityRequest request : requests) {
            claims.add(new TsmcObservation.Claim(request.requesterId(), Math.max(0, request.wafers())));
        }
        claims.add(new TsmcObservation.Claim(OTHER_CUSTOMERS, Math.round(othersWafers)));
        for (TsmcObservation.Claim claim : claims) {
            demanded += claim.wafers();
        }
        long building = expansions.values().stream().mapToLong(Long::longValue).sum();
        decide(TsmcRole.CAPACITY, new TsmcObservation(quarter, capacityWafers, claims, demanded, building),
                decision -> grant(decision, claims));
    }

    private void grant(CapacityDecision decision, List<TsmcObservation.Claim> claims) {
        for (int i = 0; i < requests.size(); i++) {
            CapacityRequest request = requests.get(i);
            long granted = decision.grantedWafers().getOrDefault(request.requesterId(), 0L);
            long claimed = claims.get(i).wafers();
            grantedToModel += granted;
            request(request.replyTo(), new CapacityGrant(selfId, granted, leadTimeQuarters, pricePerWaferUsd, ackRef));
            if (granted < claimed) {
                note("grants " + request.requesterId() + " " + granted + " of " + claimed + " wafers asked");
            }
        }
        grantedToOthers = decision.grantedWafers().getOrDefault(OTHER_CUSTOMERS, 0L);
        long expand = decision.expansionWafers();
        if (expand > 0) {
            Quarter ready = quarter.plus(expansionLagQuarters);
            expansions.merge(ready, expand, Long::sum);
            note("starts " + expand + " CoWoS wafers/quarter of new capacity, ready " + ready);
        }
    }

    @Override
    protected AgentReport close(PublicState outcome) {
        long granted = grantedToModel + grantedToOthers;
        double utilisation = capacityWafers == 0 ? 0 : (double) granted / capacityWafers;
        long profit = granted * (pricePerWaferUsd - costPerWaferUsd);
        SortedMap<String, Double> state = new TreeMap<>();
        state.put("capacityWafers", (double) capacityWafers);
        state.put("demandedWafers", (double) demanded);
        state.put("grantedWafers", (double) grantedToModel);
        state.put("otherCustomersWafers", (double) grantedToOthers);
        state.put("utilisation", utilisation);
        state.put("underConstructionWafers", (double) expansions.values().stream().mapToLong(Long::longValue).sum());
        state.put("profitUsd", (double) profit);
        double score = payoff.number("profit") * profit / 1e9 + payoff.number("utilisation") * utilisation;
        return report(state, score, List.of(), MoneyLedger.NONE);
    }
}
