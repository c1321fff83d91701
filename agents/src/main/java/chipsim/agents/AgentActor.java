package chipsim.agents;

import akka.actor.Cancellable;
import akka.actor.typed.ActorRef;
import akka.actor.typed.Behavior;
import akka.actor.typed.PostStop;
import akka.actor.typed.javadsl.AbstractBehavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Receive;
import akka.actor.typed.javadsl.ReceiveBuilder;
import chipsim.agents.decision.Checks;
import chipsim.agents.decision.Decided;
import chipsim.agents.decision.Decider;
import chipsim.agents.decision.Decision;
import chipsim.agents.decision.DecisionAnswered;
import chipsim.agents.decision.DecisionAsk;
import chipsim.agents.decision.DecisionPoint;
import chipsim.agents.decision.DecisionSetup;
import chipsim.agents.decision.PolicyDecider;
import chipsim.agents.decision.PolicyWatch;
import chipsim.market.ChipCatalogue;
import chipsim.market.Quarter;
import chipsim.market.events.ScriptedEvent;
import chipsim.market.protocol.Ack;
import chipsim.market.protocol.AgentCommand;
import chipsim.market.protocol.Directory;
import chipsim.market.protocol.MarketProtocol.Fill;
import chipsim.market.protocol.Outbox;
import chipsim.market.protocol.Phase;
import chipsim.market.protocol.PhaseBarrier;
import chipsim.market.protocol.QuarterProtocol.CloseQuarter;
import chipsim.market.protocol.QuarterProtocol.Introduce;
import chipsim.market.protocol.QuarterProtocol.PhaseDone;
import chipsim.market.protocol.QuarterProtocol.PhaseStarted;
import chipsim.market.protocol.QuarterProtocol.QuarterOpened;
import chipsim.market.protocol.QuarterProtocol.Ready;
import chipsim.market.protocol.RulesProtocol.ExportRulesPublished;
import chipsim.market.protocol.RulesProtocol.ImportPolicyPublished;
import chipsim.market.protocol.Step;
import chipsim.market.protocol.SupplyProtocol.ChipDesigned;
import chipsim.market.protocol.SupplyProtocol.ProductLaunched;
import chipsim.market.report.AgentReport;
import chipsim.market.report.DecisionLine;
import chipsim.market.report.MoneyLedger;
import chipsim.market.report.PublicState;
import chipsim.market.report.UnitLedger;
import chipsim.market.rules.ExportRules;
import chipsim.market.rules.ImportPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.Set;
import java.util.SortedMap;
import java.util.SplittableRandom;

/**
 * The protocol plumbing every agent shares, so that each role's actor holds only its own state and
 * its own part of the quarter: the barriers, the acknowledgements, the published rules, the
 * counting outbox. A role's actor extends this, adds its messages in {@link #protocol}, and fills
 * in the hooks {@link #opened}, {@link #act}, {@link #resolve} and {@link #close}.
 *
 * <p>Every choice goes through {@link #decide}: the role builds an immutable observation, its
 * decider answers (at once, or later as a message), the decision is checked and logged, and only
 * then applied. A pending decision holds the step open, as an unacknowledged request does.
 *
 * <p>An exception thrown in a hook stops the actor; the clock watches every agent and ends the run
 * with an error naming the agent, the phase and the quarter.
 */
public abstract class AgentActor extends AbstractBehavior<AgentCommand> {

    protected final AgentSpec spec;
    protected final String selfId;
    /** The scenario's chips, then those designed during the run as they are announced. */
    protected ChipCatalogue catalogue;
    protected final SplittableRandom random;
    private final long seed;
    protected final Outbox outbox = new Outbox();
    protected final ActorRef<Ack> ackRef;
    private final PhaseBarrier barrier;
    private final List<String> events = new ArrayList<>();
    /** This agent's acknowledgement: a record of its id only, so one instance serves every request. */
    private final Ack ack;

    protected Directory directory;
    protected Quarter quarter;
    /** The public state at this quarter's opening: last quarter's outcome. */
    protected PublicState lastState;
    protected ExportRules exportRules;
    protected ImportPolicy importPolicy;
    /** Products vendors announced as launched (compliant variants designed during the run). */
    protected final java.util.SortedSet<String> launchedProducts = new java.util.TreeSet<>();

    private final DecisionSetup decisions;
    private final ActorRef<DecisionAnswered> answerRef;
    private final PolicyWatch.Slot watchSlot;
    private final Map<Long, Pending<?, ?>> pending = new HashMap<>();
    private final List<DecisionLine> decisionLines = new ArrayList<>();
    private Decider decider;
    private PolicyDecider fallback;
    private long asks;

    /** A decision asked of a decider that answers later. */
    private record Pending<O, D extends Decision<O>>(DecisionAsk<O, D> ask, Consumer<D> apply, Cancellable deadline) {}

    /** The deadline of a pending decision passed. */
    private record DecisionDeadline(long askId) implements AgentCommand {}

    protected AgentActor(ActorContext<AgentCommand> context, AgentContext agent) {
        super(context);
        this.spec = agent.spec();
        this.selfId = agent.spec().id();
        this.catalogue = agent.catalogue();
        this.random = AgentRandom.forAgent(agent.scenarioSeed(), selfId);
        this.seed = agent.scenarioSeed();
        this.exportRules = agent.initialRules();
        this.importPolicy = agent.initialImports();
        this.barrier = new PhaseBarrier(selfId);
        this.ack = new Ack(selfId);
        this.ackRef = context.getSelf().narrow();
        this.decisions = agent.decisions();
        this.decider = decisions.decider();
        this.fallback = decisions.fallback();
        this.answerRef = context.getSelf().narrow();
        this.watchSlot = decisions.watch() == null ? null : decisions.watch().register(selfId);
    }

    @Override
    public final Receive<AgentCommand> createReceive() {
        ReceiveBuilder<AgentCommand> builder = newReceiveBuilder();
        protocol(builder);
        Receive<AgentCommand> roleMessages = builder.build();
        // The shared messages are matched by a plain instanceof chain, the most frequent first: a
        // receive builder's table costs a lookup and a handler call per message, on every message
        // of every agent. The role's own messages keep its table.
        return new Receive<>() {
            @Override
            public Behavior<AgentCommand> receiveMessage(AgentCommand message) throws Exception {
                if (message instanceof Ack) {
                    barrier.acknowledged();
                    return AgentActor.this;
                }
                if (message instanceof PhaseStarted started) {
                    return onPhaseStarted(started);
                }
                if (message instanceof Fill fill) {
                    return onFillMessage(fill);
                }
                if (message instanceof ExportRulesPublished rules) {
                    return onExportRules(rules);
                }
                if (message instanceof ImportPolicyPublished policy) {
                    return onImportPolicy(policy);
                }
                if (message instanceof QuarterOpened opened) {
                    return onQuarterOpened(opened);
                }
                if (message instanceof CloseQuarter close) {
                    return onClose(close);
                }
                if (message instanceof ProductLaunched launched) {
                    return onProductLaunched(launched);
                }
                if (message instanceof ChipDesigned designed) {
                    return onChipDesigned(designed);
                }
                if (message instanceof Introduce introduce) {
                    return onIntroduce(introduce);
                }
                if (message instanceof DecisionAnswered answer) {
                    return onDecisionAnswered(answer);
                }
                if (message instanceof DecisionDeadline deadline) {
                    return onDecisionDeadline(deadline);
                }
                return roleMessages.receiveMessage(message);
            }

            @Override
            public Behavior<AgentCommand> receiveSignal(akka.actor.typed.Signal signal) throws Exception {
                if (signal instanceof PostStop) {
                    return onStopped();
                }
                return roleMessages.receiveSignal(signal);
            }
        };
    }

    /** Phases in whose ACT step this agent sends anything; it is started only in those. */
    protected Set<Phase> actsIn() {
        return Set.of();
    }

    /** Phases in whose RESOLVE step this agent sends anything. */
    protected Set<Phase> resolvesIn() {
        return Set.of();
    }

    /** Adds the role's own messages to the receive table. */
    protected void protocol(ReceiveBuilder<AgentCommand> builder) {}

    /** The quarter opens: {@link #quarter}, {@link #lastState} are set; apply scripted events here. */
    protected void opened(List<ScriptedEvent> scripted) {}

    /** The ACT step of a phase: send requests with {@link #request}. */
    protected void act(Phase phase) {}

    /** The RESOLVE step of a phase: decide over the requests received, send decisions with {@link #request}. */
    protected void resolve(Phase phase) {}

    /** A fill this agent is party to (as buyer or seller). */
    protected void filled(Fill fill) {}

    /** Settles the quarter and reports, given the quarter's outcome. */
    protected abstract AgentReport close(PublicState outcome);

    /**
     * Asks this agent's decider for the decision of {@code point} and applies it once it is given
     * and checked; may apply it at once (a policy) or later (a program, a person). {@code apply}
     * sends whatever the decision implies with {@link #request}, as the step's own code would.
     */
    protected final <O, D extends Decision<O>> void decide(DecisionPoint<?, O, D> point, O observation,
            Consumer<D> apply) {
        DecisionAsk<O, D> ask = new DecisionAsk<>(selfId, spec.role(), quarter, barrier.phase(), ++asks, point,
                observation, answerRef);
        Decided now = computeInPlace(decider, ask);
        if (now == null) {
            barrier.expect();
            Cancellable deadline = getContext().scheduleOnce(Duration.ofMillis(decisions.timeoutMillis()),
                    getContext().getSelf(), new DecisionDeadline(ask.askId()));
            pending.put(ask.askId(), new Pending<>(ask, apply, deadline));
            return;
        }
        List<String> problems = problems(ask, now.decision());
        if (!problems.isEmpty()) {
            barrier.fail(now.decidedBy() + "'s " + point.name() + " decision is refused: "
                    + String.join("; ", problems));
            return;
        }
        accept(ask, point.decisionType().cast(now.decision()), now.decidedBy(), now.refusal(), apply);
    }

    /** A decision computed on this thread, watched so that one that never returns fails the run in time. */
    private Decided computeInPlace(Decider from, DecisionAsk<?, ?> ask) {
        if (watchSlot == null) {
            return from.decide(ask);
        }
        try {
            try {
                watchSlot.enter(describe(from, ask), decisions.timeoutMillis(), quarter, barrier.phase(),
                        barrier.step(), barrier.reporter());
                return from.decide(ask);
            } finally {
                watchSlot.exit();
            }
        } catch (ThreadDeath stopped) {
            throw new IllegalStateException(describe(from, ask) + " was stopped after "
                    + decisions.timeoutMillis() + " ms (decisionTimeoutMillis)");
        }
    }

    private static String describe(Decider from, DecisionAsk<?, ?> ask) {
        String who = from instanceof PolicyDecider policy ? "policy '" + policy.policyName() + "'" : "the decider";
        return "its " + who + " computing the " + ask.point().name() + " decision";
    }

    private static <O, D extends Decision<O>> List<String> problems(DecisionAsk<O, D> ask, Object decision) {
        if (!ask.point().decisionType().isInstance(decision)) {
            return List.of("expected a " + ask.point().decisionType().getSimpleName() + ", got "
                    + (decision == null ? "nothing" : decision.getClass().getSimpleName()));
        }
        Checks checks = new Checks();
        try {
            ask.point().decisionType().cast(decision).check(ask.observation(), checks);
        } catch (RuntimeException e) {
            checks.problem("decision", "cannot be checked: " + e);
        }
        return checks.problems();
    }

    private <O, D extends Decision<O>> void accept(DecisionAsk<O, D> ask, D decision, String decidedBy,
            String refusal, Consumer<D> apply) {
        if (decisions.recorder() != null) {
            decisionLines.add(new DecisionLine(ask.phase(), barrier.step(), selfId, ask.askId(),
                    decisions.recorder().line(ask, decision, decidedBy, refusal)));
        }
        apply.accept(decision);
    }

    private Behavior<AgentCommand> onDecisionAnswered(DecisionAnswered answer) {
        Pending<?, ?> waiting = pending.remove(answer.askId());
        if (waiting == null) {
            return this;
        }
        waiting.deadline().cancel();
        settle(waiting, answer);
        return this;
    }

    private <O, D extends Decision<O>> void settle(Pending<O, D> waiting, DecisionAnswered answer) {
        DecisionAsk<O, D> ask = waiting.ask();
        List<String> problems = answer.decision() == null ? List.of(answer.reason()) : problems(ask, answer.decision());
        if (problems.isEmpty()) {
            accept(ask, ask.point().decisionType().cast(answer.decision()), answer.decidedBy(), "", waiting.apply());
        } else {
            String reason = answer.decidedBy() + "'s decision was refused: " + String.join("; ", problems);
            decider.refused(ask, reason);
            decideByFallback(ask, waiting.apply(), reason);
        }
        barrier.acknowledged();
    }

    private Behavior<AgentCommand> onDecisionDeadline(DecisionDeadline deadline) {
        Pending<?, ?> waiting = pending.remove(deadline.askId());
        if (waiting != null) {
            late(waiting);
        }
        return this;
    }

    private <O, D extends Decision<O>> void late(Pending<O, D> waiting) {
        String reason = "no decision within " + decisions.timeoutMillis() + " ms (decisionTimeoutMillis)";
        decider.refused(waiting.ask(), reason);
        decideByFallback(waiting.ask(), waiting.apply(), reason);
        barrier.acknowledged();
    }

    /**
     * The fallback policy decides in the decider's place. The refusal goes to decisions.jsonl, not
     * to the trace's events, so that a replay of the log writes the same trace.
     */
    private <O, D extends Decision<O>> void decideByFallback(DecisionAsk<O, D> ask, Consumer<D> apply,
            String refusal) {
        Decided byFallback = computeInPlace(fallback, ask);
        List<String> problems = problems(ask, byFallback.decision());
        if (!problems.isEmpty()) {
            barrier.fail(byFallback.decidedBy() + "'s " + ask.point().name() + " decision is refused: "
                    + String.join("; ", problems));
            return;
        }
        accept(ask, ask.point().decisionType().cast(byFallback.decision()), byFallback.decidedBy(), refusal, apply);
    }

    /** A scripted switch: the agent plays another policy from this quarter on (its fallback too). */
    private void switchPolicy(ScriptedEvent.SwitchPolicy event) {
        Object policy = decisions.policies().make(spec.role(), event.policyName(), event.params());
        PolicyDecider next = PolicyDecider.primary(event.policyName(), policy);
        if (decider instanceof PolicyDecider) {
            decider = next;
        }
        fallback = next.asFallback();
        note("plays " + event.policyName() + " from now on");
    }

    private Behavior<AgentCommand> onStopped() {
        if (watchSlot != null) {
            decisions.watch().unregister(watchSlot);
        }
        pending.values().forEach(p -> p.deadline().cancel());
        return this;
    }

    /** This agent's random stream for draws of one kind in the current quarter (common random numbers). */
    protected final SplittableRandom draws(String purpose) {
        return AgentRandom.stream(seed, selfId, quarter, purpose);
    }

    /** A mean-one multiplicative shock of this agent for this quarter (1 when {@code sd} is 0). */
    protected final double shock(String purpose, double sd) {
        return AgentRandom.lognormalShock(seed, selfId, quarter, purpose, sd);
    }

    /** Sends a message whose acknowledgement this step must wait for. */
    protected final <T> void request(ActorRef<T> to, T message) {
        barrier.expect();
        outbox.tell(to, message);
    }

    /** A line for the trace's events: a decision worth seeing. */
    protected final void note(String event) {
        events.add(selfId + ": " + event);
    }

    protected final AgentReport report(SortedMap<String, Double> state, double payoff, List<UnitLedger> ledgers,
            MoneyLedger money) {
        AgentReport report = new AgentReport(selfId, spec.role(), quarter, state, payoff, List.copyOf(events),
                ledgers, money, outbox.drain(), List.copyOf(decisionLines));
        events.clear();
        decisionLines.clear();
        return report;
    }

    private AbstractBehavior<AgentCommand> onIntroduce(Introduce message) {
        directory = message.directory();
        message.replyTo().tell(new Ready(selfId, actsIn(), resolvesIn()));
        return this;
    }

    private AbstractBehavior<AgentCommand> onQuarterOpened(QuarterOpened message) {
        quarter = message.quarter();
        lastState = message.state();
        for (ScriptedEvent event : message.events()) {
            if (event instanceof ScriptedEvent.SwitchPolicy change && change.target().equals(selfId)) {
                switchPolicy(change);
            }
        }
        opened(message.events());
        message.replyTo().tell(new PhaseDone(selfId, quarter, Phase.OPEN, Step.ACT));
        return this;
    }

    private AbstractBehavior<AgentCommand> onPhaseStarted(PhaseStarted message) {
        barrier.begin(message.quarter(), message.phase(), message.step(), message.replyTo());
        if (message.step() == Step.ACT) {
            act(message.phase());
        } else {
            resolve(message.phase());
        }
        barrier.seal();
        return this;
    }

    private AbstractBehavior<AgentCommand> onClose(CloseQuarter message) {
        message.replyTo().tell(close(message.outcome()));
        return this;
    }

    private AbstractBehavior<AgentCommand> onExportRules(ExportRulesPublished message) {
        exportRules = message.rules();
        outbox.tell(message.replyTo(), ack);
        return this;
    }

    private AbstractBehavior<AgentCommand> onImportPolicy(ImportPolicyPublished message) {
        importPolicy = message.policy();
        outbox.tell(message.replyTo(), ack);
        return this;
    }

    private AbstractBehavior<AgentCommand> onFillMessage(Fill message) {
        filled(message);
        outbox.tell(message.replyTo(), ack);
        return this;
    }

    private AbstractBehavior<AgentCommand> onChipDesigned(ChipDesigned message) {
        catalogue = catalogue.with(message.chip());
        outbox.tell(message.replyTo(), ack);
        return this;
    }

    private AbstractBehavior<AgentCommand> onProductLaunched(ProductLaunched message) {
        launchedProducts.add(message.chipId());
        outbox.tell(message.replyTo(), ack);
        return this;
    }

}
