package chipsim.agents.beijing;

import akka.actor.typed.Behavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Behaviors;
import akka.actor.typed.javadsl.ReceiveBuilder;
import chipsim.agents.AgentActor;
import chipsim.agents.AgentContext;
import chipsim.agents.ParamSpec;
import chipsim.agents.Params;
import chipsim.market.Chip;
import chipsim.market.ProRata;
import chipsim.market.events.ScriptedEvent;
import chipsim.market.protocol.Ack;
import chipsim.market.protocol.AgentCommand;
import chipsim.market.protocol.PermitProtocol.ImportDecision;
import chipsim.market.protocol.PermitProtocol.ImportRequest;
import chipsim.market.protocol.Phase;
import chipsim.market.protocol.RulesProtocol.ImportPolicyPublished;
import chipsim.market.protocol.RulesProtocol.SubsidyGranted;
import chipsim.market.report.AgentReport;
import chipsim.market.report.ChipBook;
import chipsim.market.report.MoneyLedger;
import chipsim.market.report.PublicState;
import chipsim.market.rules.ChipImportTerms;
import chipsim.market.rules.ExportRules;
import chipsim.market.rules.ImportPolicy;
import chipsim.market.rules.ImportStance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Beijing: sets its import policy each quarter through its policy, publishes it, pays Huawei's
 * subsidy, and decides import requests, sharing each quota among the requests in buyer-id order.
 */
public final class BeijingActor extends AgentActor {

    public static final List<ParamSpec> SETUP = List.of(
            ParamSpec.number("domesticRatio", 0.0, 0, 1, "share 0..1",
                    "share of each buyer's units that must be domestic, before the first policy phase"));

    public static final List<ParamSpec> PAYOFF = List.of(
            ParamSpec.number("compute", 1.0, -100, 100, "per million H100e", "China's installed compute"),
            ParamSpec.number("selfReliance", 1.0, -100, 100, "per share", "Huawei's share of China's purchases"),
            ParamSpec.number("security", 0.5, -100, 100, "per 100k units", "foreign chips bought this quarter (a cost)"),
            ParamSpec.number("subsidy", 0.1, -100, 100, "per USD bn", "subsidy paid (a cost)"));

    private final Params payoff;
    private final SortedMap<String, ChipImportTerms> overrides = new TreeMap<>();
    private final List<ImportRequest> importRequests = new ArrayList<>();
    private ExportRules usRulesBefore;
    /** A scripted floor under the domestic ratio, from that quarter on. */
    private Double domesticRatioOverride;
    private long subsidyThisQuarterUsd;
    private long unitsApprovedThisQuarter;
    /** What its decider asked to keep from one decision to the next. */
    private SortedMap<String, Double> memory = new TreeMap<>();

    public static Behavior<AgentCommand> create(AgentContext agent) {
        return Behaviors.setup(ctx -> new BeijingActor(ctx, agent));
    }

    public static ImportPolicy initialPolicy(Params setup) {
        return new ImportPolicy(new TreeMap<>(), setup.number("domesticRatio"));
    }

    private BeijingActor(ActorContext<AgentCommand> context, AgentContext agent) {
        super(context, agent);
        this.payoff = agent.spec().payoff();
        this.usRulesBefore = agent.initialRules();
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
        builder.onMessage(ImportRequest.class, this::onImportRequest);
    }

    @Override
    protected void opened(List<ScriptedEvent> scripted) {
        importRequests.clear();
        subsidyThisQuarterUsd = 0;
        unitsApprovedThisQuarter = 0;
        for (ScriptedEvent event : scripted) {
            if (!event.target().equals(selfId)) {
                continue;
            }
            if (event instanceof ScriptedEvent.RequireDomestic domestic) {
                domesticRatioOverride = domestic.share();
            } else if (event instanceof ScriptedEvent.Discourage discourage) {
                overrides.put(discourage.chipId(), ChipImportTerms.of(ImportStance.DISCOURAGED));
            } else if (event instanceof ScriptedEvent.Bar bar) {
                overrides.put(bar.chipId(), ChipImportTerms.of(ImportStance.BARRED));
            } else if (event instanceof ScriptedEvent.Allow allow) {
                overrides.put(allow.chipId(), ChipImportTerms.of(ImportStance.ALLOWED));
            } else if (event instanceof ScriptedEvent.Approve approve) {
                overrides.put(approve.chipId(), new ChipImportTerms(ImportStance.QUOTA, approve.units(),
                        new TreeSet<>(approve.buyers())));
            }
        }
    }

    @Override
    protected void act(Phase phase) {
        if (phase != Phase.POLICY) {
            return;
        }
        // Decided alongside Washington: only last quarter's US rules are known for sure now.
        ExportRules usRules = lastState.exportRules();
        decide(BeijingRole.IMPORT_POLICY, observe(usRules), plan -> publish(plan, usRules));
    }

    private void publish(ImportPlan plan, ExportRules usRules) {
        memory = new TreeMap<>(plan.memory());
        SortedMap<String, ChipImportTerms> terms = new TreeMap<>(plan.terms());
        terms.putAll(overrides);
        double ratio = domesticRatioOverride != null ? Math.max(domesticRatioOverride, plan.domesticRatio())
                : plan.domesticRatio();
        ImportPolicy next = new ImportPolicy(terms, ratio);
        if (!plan.reason().isEmpty()) {
            note(plan.reason());
        }
        if (next.domesticRatio() != importPolicy.domesticRatio()) {
            note(String.format("domestic ratio %.2f -> %.2f", importPolicy.domesticRatio(), next.domesticRatio()));
        }
        importPolicy = next;
        usRulesBefore = usRules;
        directory.everyoneBut(selfId).forEach(ref -> request(ref, new ImportPolicyPublished(selfId, next, ackRef)));
        if (plan.subsidyUsd() > 0) {
            subsidyThisQuarterUsd = plan.subsidyUsd();
            for (String huawei : directory.idsOf("huawei")) {
                request(directory.ref(huawei), new SubsidyGranted(selfId, plan.subsidyUsd(), ackRef));
            }
        }
    }

    private BeijingObservation observe(ExportRules usRules) {
        List<Chip> foreign = new ArrayList<>();
        SortedMap<String, Double> h100e = new TreeMap<>();
        double bestDomestic = 0;
        long domesticOffered = 0;
        long chinaBids = 0;
        for (Chip chip : catalogue.all()) {
            h100e.put(chip.id(), catalogue.h100e(chip.id()));
            ChipBook book = lastState.book(chip.id());
            chinaBids += book.bidChinaUnits();
            if ("CN".equals(chip.origin())) {
                domesticOffered += book.offeredChinaUnits();
                if (chip.inProduction(quarter)) {
                    bestDomestic = Math.max(bestDomestic, catalogue.h100e(chip.id()));
                }
            } else if (chip.inProduction(quarter)) {
                // Every foreign chip gets a stance, banned ones too: Washington may let one through
                // this very quarter, and Beijing decides before it knows.
                foreign.add(chip);
            }
        }
        double coverage = chinaBids == 0 ? 0 : Math.min(1.0, (double) domesticOffered / chinaBids);
        int tightenings = usRules.tighteningsSince(usRulesBefore);
        return new BeijingObservation(quarter, importPolicy, lastState, tightenings, foreign, h100e, bestDomestic,
                coverage, memory, draws("policy-choice").nextDouble());
    }

    private Behavior<AgentCommand> onImportRequest(ImportRequest message) {
        importRequests.add(message);
        outbox.tell(message.replyTo(), new Ack(selfId));
        return this;
    }

    @Override
    protected void resolve(Phase phase) {
        if (phase != Phase.PERMITS || importRequests.isEmpty()) {
            return;
        }
        importRequests.sort(Comparator.comparing(ImportRequest::chipId).thenComparing(ImportRequest::buyerId));
        var market = directory.single("market");
        int start = 0;
        while (start < importRequests.size()) {
            String chipId = importRequests.get(start).chipId();
            int end = start;
            while (end < importRequests.size() && importRequests.get(end).chipId().equals(chipId)) {
                end++;
            }
            List<ImportRequest> forChip = importRequests.subList(start, end);
            long[] approved = approve(importPolicy.terms(chipId), forChip);
            for (int i = 0; i < forChip.size(); i++) {
                ImportRequest request = forChip.get(i);
                ImportDecision decision = new ImportDecision(request.buyerId(), chipId, request.units(), approved[i],
                        ackRef);
                unitsApprovedThisQuarter += approved[i];
                request(request.replyTo(), decision);
                request(market, decision);
            }
            start = end;
        }
    }

    /** Units approved per request (in buyer-id order) under one chip's terms. */
    static long[] approve(ChipImportTerms terms, List<ImportRequest> requests) {
        long[] claims = new long[requests.size()];
        for (int i = 0; i < claims.length; i++) {
            ImportRequest request = requests.get(i);
            claims[i] = terms.eligible(request.buyerId()) ? Math.max(0, request.units()) : 0;
        }
        return switch (terms.stance()) {
            case BARRED -> new long[claims.length];
            case QUOTA -> ProRata.allocate(terms.quotaUnits(), claims);
            default -> claims;
        };
    }

    @Override
    protected AgentReport close(PublicState outcome) {
        long foreignUnits = 0;
        for (Chip chip : catalogue.all()) {
            if (!"CN".equals(chip.origin())) {
                foreignUnits += outcome.book(chip.id()).filledChinaUnits();
            }
        }
        double score = payoff.number("compute") * outcome.chinaComputeH100e() / 1e6
                + payoff.number("selfReliance") * outcome.huaweiShareOfChina()
                - payoff.number("security") * foreignUnits / 1e5
                - payoff.number("subsidy") * subsidyThisQuarterUsd / 1e9;
        SortedMap<String, Double> state = new TreeMap<>();
        state.put("domesticRatio", importPolicy.domesticRatio());
        state.put("subsidyUsd", (double) subsidyThisQuarterUsd);
        state.put("unitsApproved", (double) unitsApprovedThisQuarter);
        for (ImportStance stance : ImportStance.values()) {
            long count = importPolicy.byChip().values().stream().filter(t -> t.stance() == stance).count();
            state.put("chips" + stance.name().charAt(0) + stance.name().substring(1).toLowerCase(), (double) count);
        }
        return report(state, score, List.of(), MoneyLedger.NONE);
    }
}
