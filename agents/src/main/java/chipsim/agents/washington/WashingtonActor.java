package chipsim.agents.washington;

import akka.actor.typed.Behavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Behaviors;
import akka.actor.typed.javadsl.ReceiveBuilder;
import chipsim.agents.AgentActor;
import chipsim.agents.AgentContext;
import chipsim.agents.ParamSpec;
import chipsim.agents.Params;
import chipsim.market.Chip;
import chipsim.market.ChipCatalogue;
import chipsim.market.ProRata;
import chipsim.market.events.ScriptedEvent;
import chipsim.market.protocol.Ack;
import chipsim.market.protocol.AgentCommand;
import chipsim.market.protocol.MarketProtocol.FeeCollected;
import chipsim.market.protocol.PermitProtocol.LicenceDecision;
import chipsim.market.protocol.PermitProtocol.LicenceRequest;
import chipsim.market.protocol.Phase;
import chipsim.market.protocol.RulesProtocol.ExportRulesPublished;
import chipsim.market.report.AgentReport;
import chipsim.market.report.ChipBook;
import chipsim.market.report.MoneyLedger;
import chipsim.market.report.PublicState;
import chipsim.market.rules.ExportRules;
import chipsim.market.rules.ExportStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Washington: sets the export rules each quarter through its policy, publishes them, decides
 * licence requests over the quarter's volume cap, and collects the licence fees.
 */
public final class WashingtonActor extends AgentActor {

    /** The agent's set-up: the rules in force when the run starts. */
    public static final List<ParamSpec> SETUP = List.of(
            ParamSpec.number("licenceAboveTpp", 4800, 0, 1e7, "TPP", "TPP from which exports to China need a licence"),
            ParamSpec.number("banAboveTpp", 4800, 0, 1e7, "TPP", "TPP from which exports to China are banned"),
            ParamSpec.number("revenueShare", 0.0, 0, 1, "share 0..1", "share of licensed China revenue paid to Washington"),
            ParamSpec.number("chinaCapRatio", 0.0, 0, 10, "ratio",
                    "licensed China units per quarter as a share of the seller's units sold elsewhere; 0 = no cap"),
            ParamSpec.number("enforcement", 0.3, 0, 1, "intensity 0..1", "enforcement against smuggling; scales seizures"),
            ParamSpec.integer("reviewQuarterOfYear", 4, 1, 4, "quarter of year", "when the annual review of the rules falls (4 = October)"));

    /** Payoff weights: what Washington optimises. */
    public static final List<ParamSpec> PAYOFF = List.of(
            ParamSpec.number("lead", 1.0, -100, 100, "per million H100e", "US installed compute minus China's"),
            ParamSpec.number("revenue", 1.0, -100, 100, "per USD bn", "licence fees plus US chip sales into China"),
            ParamSpec.number("dependence", 1.0, -100, 100, "per share", "US chips' share of China's purchases"),
            ParamSpec.number("chinaCompute", 0.0, -100, 100, "per million H100e", "compute China added this quarter (a cost)"));

    private final Params payoff;
    private final SortedMap<String, ExportStatus> overrides = new TreeMap<>();
    private final SortedMap<String, Double> shareOverrides = new TreeMap<>();
    private final List<LicenceRequest> licenceRequests = new ArrayList<>();
    private long feesThisQuarterUsd;
    private long feesTotalUsd;
    private long unitsLicensedThisQuarter;
    /** What its decider asked to keep from one decision to the next. */
    private SortedMap<String, Double> memory = new TreeMap<>();

    public static Behavior<AgentCommand> create(AgentContext agent) {
        return Behaviors.setup(ctx -> new WashingtonActor(ctx, agent));
    }

    /** The rules in force before the first quarter, from the set-up. */
    public static ExportRules initialRules(Params setup, ChipCatalogue catalogue) {
        return ExportRules.classify(catalogue.all(), setup.number("licenceAboveTpp"), setup.number("banAboveTpp"),
                setup.number("revenueShare"), setup.number("chinaCapRatio"), setup.number("enforcement"),
                (int) setup.integer("reviewQuarterOfYear"), new TreeMap<>(), new TreeMap<>());
    }

    private WashingtonActor(ActorContext<AgentCommand> context, AgentContext agent) {
        super(context, agent);
        this.payoff = agent.spec().payoff();
    }

    @Override
    protected Set<Phase> actsIn() {
        return Set.of(Phase.POLICY);
    }

    @Override
    protected Set<Phase> resolvesIn() {
        return Set.of(Phase.PERMITS);
    }

    @Override
    protected void protocol(ReceiveBuilder<AgentCommand> builder) {
        builder.onMessage(LicenceRequest.class, this::onLicenceRequest)
                .onMessage(FeeCollected.class, this::onFeeCollected);
    }

    @Override
    protected void opened(List<ScriptedEvent> scripted) {
        feesThisQuarterUsd = 0;
        unitsLicensedThisQuarter = 0;
        licenceRequests.clear();
        for (ScriptedEvent event : scripted) {
            if (!event.target().equals(selfId)) {
                continue;
            }
            if (event instanceof ScriptedEvent.Ban ban) {
                overrides.put(ban.chipId(), ExportStatus.BANNED);
            } else if (event instanceof ScriptedEvent.Open open) {
                overrides.put(open.chipId(), ExportStatus.OPEN);
            } else if (event instanceof ScriptedEvent.License licence) {
                overrides.put(licence.chipId(), ExportStatus.LICENSED);
                shareOverrides.put(licence.chipId(), licence.revenueShare());
            }
        }
    }

    @Override
    protected void act(Phase phase) {
        if (phase != Phase.POLICY) {
            return;
        }
        List<Chip> usChips = catalogue.all().stream().filter(Chip::isUsOrigin).toList();
        boolean review = quarter.quarterOfYear() == exportRules.reviewQuarterOfYear();
        double choiceDraw = draws("policy-choice").nextDouble();
        decide(WashingtonRole.EXPORT_RULES,
                new WashingtonObservation(quarter, review, exportRules, lastState, usChips, memory, choiceDraw),
                this::publish);
    }

    private void publish(RulesDecision decision) {
        memory = new TreeMap<>(decision.memory());
        ExportRules next = ExportRules.classify(catalogue.all(), decision.licenceAboveTpp(), decision.banAboveTpp(),
                decision.revenueShare(), decision.chinaCapRatio(), decision.enforcement(),
                exportRules.reviewQuarterOfYear(), overrides, shareOverrides);
        if (decision.changed()) {
            note(decision.reason());
        }
        for (var entry : next.statusByChip().entrySet()) {
            ExportStatus before = exportRules.status(entry.getKey());
            if (!exportRules.statusByChip().containsKey(entry.getKey())) {
                // A chip designed during the run: ruled on for the first time.
                note(entry.getKey() + " (new) " + entry.getValue().name().toLowerCase());
            } else if (before != entry.getValue()) {
                note(entry.getKey() + " " + before.name().toLowerCase() + " -> " + entry.getValue().name().toLowerCase());
            }
        }
        exportRules = next;
        directory.everyoneBut(selfId).forEach(ref -> request(ref, new ExportRulesPublished(selfId, next, ackRef)));
    }

    private Behavior<AgentCommand> onLicenceRequest(LicenceRequest message) {
        licenceRequests.add(message);
        outbox.tell(message.replyTo(), new Ack(selfId));
        return this;
    }

    @Override
    protected void resolve(Phase phase) {
        if (phase != Phase.PERMITS || licenceRequests.isEmpty()) {
            return;
        }
        licenceRequests.sort(Comparator.comparing(LicenceRequest::sellerId).thenComparing(LicenceRequest::chipId));
        long[] claims = new long[licenceRequests.size()];
        for (int i = 0; i < claims.length; i++) {
            LicenceRequest request = licenceRequests.get(i);
            boolean licensable = exportRules.status(request.chipId()) == ExportStatus.LICENSED;
            claims[i] = licensable ? Math.max(0, request.units()) : 0;
        }
        long[] granted = ProRata.allocate(volumeCap(claims), claims);
        var market = directory.single("market");
        for (int i = 0; i < claims.length; i++) {
            LicenceRequest request = licenceRequests.get(i);
            LicenceDecision decision = new LicenceDecision(request.sellerId(), request.chipId(), request.units(),
                    granted[i], exportRules.revenueShare(request.chipId()), ackRef);
            unitsLicensedThisQuarter += granted[i];
            request(request.replyTo(), decision);
            request(market, decision);
        }
    }

    /**
     * Units Washington will license this quarter in all: the cap ratio times the US chips sold
     * outside China last quarter (the 2026 rule: China volume at most half the US volume).
     */
    private long volumeCap(long[] claims) {
        long asked = 0;
        for (long claim : claims) {
            asked += claim;
        }
        if (exportRules.chinaCapRatio() <= 0) {
            return asked;
        }
        long soldElsewhere = 0;
        for (Chip chip : catalogue.all()) {
            if (chip.isUsOrigin()) {
                ChipBook book = lastState.book(chip.id());
                soldElsewhere += book.filledUnits() - book.filledChinaUnits();
            }
        }
        return Math.min(asked, (long) Math.floor(exportRules.chinaCapRatio() * soldElsewhere));
    }

    private Behavior<AgentCommand> onFeeCollected(FeeCollected message) {
        feesThisQuarterUsd += message.usd();
        feesTotalUsd += message.usd();
        outbox.tell(message.replyTo(), new Ack(selfId));
        return this;
    }

    @Override
    protected AgentReport close(PublicState outcome) {
        double leadMillions = (outcome.usComputeH100e() - outcome.chinaComputeH100e()) / 1e6;
        double revenueBn = (feesThisQuarterUsd + outcome.usChipChinaRevenueUsd()) / 1e9;
        double chinaAddedMillions = Math.max(0, outcome.chinaComputeH100e() - lastState.chinaComputeH100e()) / 1e6;
        double score = payoff.number("lead") * leadMillions
                + payoff.number("revenue") * revenueBn
                + payoff.number("dependence") * outcome.usChipShareOfChina()
                - payoff.number("chinaCompute") * chinaAddedMillions;
        SortedMap<String, Double> state = new TreeMap<>();
        state.put("banAboveTpp", exportRules.banAboveTpp());
        state.put("licenceAboveTpp", exportRules.licenceAboveTpp());
        state.put("revenueShare", exportRules.revenueShare());
        state.put("enforcement", exportRules.enforcement());
        state.put("feesUsd", (double) feesThisQuarterUsd);
        state.put("feesTotalUsd", (double) feesTotalUsd);
        state.put("unitsLicensed", (double) unitsLicensedThisQuarter);
        state.put("chipsBanned", (double) exportRules.statusByChip().values().stream()
                .filter(s -> s == ExportStatus.BANNED).count());
        return report(state, score, List.of(), new MoneyLedger(0, 0, feesThisQuarterUsd, feesTotalUsd));
    }
}
