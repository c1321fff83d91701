package chipsim.runner.sim;

import akka.actor.typed.ActorRef;
import akka.actor.typed.Behavior;
import akka.actor.typed.ChildFailed;
import akka.actor.typed.Terminated;
import akka.actor.typed.javadsl.AbstractBehavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Behaviors;
import akka.actor.typed.javadsl.Receive;
import akka.actor.typed.javadsl.TimerScheduler;
import chipsim.market.Quarter;
import chipsim.market.events.ScriptedEvent;
import chipsim.market.protocol.AgentCommand;
import chipsim.market.protocol.Directory;
import chipsim.market.protocol.Outbox;
import chipsim.market.protocol.Phase;
import chipsim.market.protocol.QuarterProtocol.CloseQuarter;
import chipsim.market.protocol.QuarterProtocol.Introduce;
import chipsim.market.protocol.QuarterProtocol.PhaseDone;
import chipsim.market.protocol.QuarterProtocol.PhaseFailed;
import chipsim.market.protocol.QuarterProtocol.PhaseReply;
import chipsim.market.protocol.QuarterProtocol.PhaseStarted;
import chipsim.market.protocol.QuarterProtocol.QuarterOpened;
import chipsim.market.protocol.QuarterProtocol.Ready;
import chipsim.market.protocol.Step;
import chipsim.market.report.AgentReport;
import chipsim.market.report.MarketReport;
import chipsim.market.report.PublicState;
import chipsim.market.report.QuarterReport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The quarter clock of one run: spawns the Market and the agents as its children, moves them all
 * through the phases of each quarter with a barrier per step, assembles each quarter's record,
 * checks the invariants, and answers with the run's result. A barrier not met in time, a reported
 * failure or a crashed agent ends the run with an error naming the agent, the phase and the quarter.
 */
public final class Clock extends AbstractBehavior<Object> {

    /*
     * The clock's mailbox takes the participants' PhaseReply and QuarterReport messages as they
     * are, with no message adapter: a run sends it some 800 of them, and an adapter wraps each in
     * two more objects and a look-up. Its own message is the private StepTimedOut.
     */

    private record StepTimedOut(long step) {}

    /** The barriers of one quarter after the opening, in order. */
    private static final List<Phase> TRADING_PHASES = List.of(Phase.POLICY, Phase.SUPPLY, Phase.PERMITS, Phase.TRADE);

    private final RunPlan plan;
    private final ActorRef<RunResult> replyTo;
    private final TimerScheduler<Object> timers;
    private final Duration timeout;
    private final SortedMap<String, ActorRef<AgentCommand>> refs = new TreeMap<>();
    private final Map<ActorRef<AgentCommand>, String> idByRef = new HashMap<>();
    private final ActorRef<PhaseReply> replyAdapter;
    private final ActorRef<QuarterReport> reportAdapter;
    private final Metrics metrics;
    private final List<QuarterRecord> records = new ArrayList<>();
    private final List<Double> chinaComputeHistory = new ArrayList<>();
    /** Who the current step waits for; a hash set, as every reply removes one (sorted only for a timeout's message). */
    private final java.util.HashSet<String> waiting = new java.util.HashSet<>();
    private final List<AgentReport> agentReports = new ArrayList<>();
    /** Per phase, the participants that act in its ACT and its RESOLVE step (from their Ready). */
    private final Map<Phase, List<String>> actors = new java.util.EnumMap<>(Phase.class);
    private final Map<Phase, List<String>> resolvers = new java.util.EnumMap<>(Phase.class);
    /** The clock's own messages, and the replies it received, counted into the trace. */
    private final Outbox outbox = new Outbox();

    private Quarter quarter;
    private Phase phase = Phase.SETUP;
    private Step step = Step.ACT;
    private int tradingIndex;
    private long stepCounter;
    private PublicState state;
    private MarketReport marketReport;
    private PublicState outcome;

    public static Behavior<Object> create(RunPlan plan, ActorRef<RunResult> replyTo) {
        return Behaviors.setup(ctx -> Behaviors.withTimers(timers -> new Clock(ctx, timers, plan, replyTo)));
    }

    private Clock(ActorContext<Object> context, TimerScheduler<Object> timers, RunPlan plan,
            ActorRef<RunResult> replyTo) {
        super(context);
        this.plan = plan;
        this.replyTo = replyTo;
        this.timers = timers;
        // A step may wait for a decision for its whole deadline, and for its messages after that.
        this.timeout = Duration.ofMillis(plan.scenario().phaseTimeoutMillis() + plan.scenario().decisionTimeoutMillis());
        this.replyAdapter = context.getSelf().narrow();
        this.reportAdapter = context.getSelf().narrow();
        this.metrics = new Metrics(plan.catalogue(), plan.roleById(), plan);
        this.state = plan.initialState();
        spawnParticipants();
        Directory directory = new Directory(refs, plan.participantRoles());
        expectAll();
        refs.values().forEach(ref -> outbox.tell(ref, new Introduce(directory, replyAdapter)));
    }

    private void spawnParticipants() {
        plan.behaviors().forEach((id, behavior) -> {
            ActorRef<AgentCommand> ref = getContext().spawn(behavior, id);
            getContext().watch(ref);
            refs.put(id, ref);
            idByRef.put(ref, id);
        });
    }

    @Override
    public Receive<Object> createReceive() {
        return new Receive<>() {
            @Override
            public Behavior<Object> receiveMessage(Object message) {
                if (message instanceof PhaseReply reply) {
                    return onReplied(reply);
                }
                if (message instanceof QuarterReport report) {
                    return onReported(report);
                }
                if (message instanceof StepTimedOut timedOut) {
                    return onTimedOut(timedOut);
                }
                return Behaviors.unhandled();
            }

            @Override
            public Behavior<Object> receiveSignal(akka.actor.typed.Signal signal) {
                // ChildFailed is a Terminated: it goes first.
                if (signal instanceof ChildFailed failed) {
                    return onChildFailed(failed);
                }
                if (signal instanceof Terminated stopped) {
                    return onChildStopped(stopped);
                }
                return Behaviors.unhandled();
            }
        };
    }

    private void expectAll() {
        expect(refs.keySet());
    }

    private void expect(java.util.Collection<String> ids) {
        waiting.clear();
        waiting.addAll(ids);
        stepCounter++;
        timers.startSingleTimer("step", new StepTimedOut(stepCounter), timeout);
    }

    private Behavior<Object> onReplied(PhaseReply reply) {
        outbox.countReceived(reply);
        if (reply instanceof PhaseFailed failed) {
            return fail(failed.agentId() + " failed in the " + failed.phase().label() + " phase of " + quarter
                    + ": " + failed.reason());
        }
        if (reply instanceof Ready ready) {
            if (phase != Phase.SETUP || !waiting.remove(ready.agentId())) {
                return this;
            }
            ready.actsIn().forEach(p -> actors.computeIfAbsent(p, k -> new ArrayList<>()).add(ready.agentId()));
            ready.resolvesIn().forEach(p -> resolvers.computeIfAbsent(p, k -> new ArrayList<>()).add(ready.agentId()));
            return waiting.isEmpty() ? advance() : this;
        }
        PhaseDone done = (PhaseDone) reply;
        if (done.phase() != phase || !waiting.remove(done.agentId())) {
            return this;
        }
        return waiting.isEmpty() ? advance() : this;
    }

    /** The current barrier is met: start the next one. */
    private Behavior<Object> advance() {
        if (phase == Phase.SETUP) {
            actors.values().forEach(java.util.Collections::sort);
            resolvers.values().forEach(java.util.Collections::sort);
            quarter = plan.scenario().start();
            return open();
        }
        if (phase == Phase.OPEN) {
            tradingIndex = 0;
            return nextTradingStep(Step.ACT);
        }
        if (step == Step.ACT) {
            return nextTradingStep(Step.RESOLVE);
        }
        tradingIndex++;
        return nextTradingStep(Step.ACT);
    }

    private Behavior<Object> open() {
        phase = Phase.OPEN;
        step = Step.ACT;
        expectAll();
        List<ScriptedEvent> firing = plan.eventsAt(quarter);
        // Messages are immutable: one serves every participant that gets the same.
        QuarterOpened plain = new QuarterOpened(quarter, state, List.of(), replyAdapter);
        refs.forEach((id, ref) -> {
            List<ScriptedEvent> own = firing.isEmpty() ? List.of() : firing.stream().filter(e -> e.isFor(id)).toList();
            outbox.tell(ref, own.isEmpty() ? plain : new QuarterOpened(quarter, state, own, replyAdapter));
        });
        return this;
    }

    /** Starts the first step from here on that has participants; after the trade phase, the close. */
    private Behavior<Object> nextTradingStep(Step first) {
        Step next = first;
        while (tradingIndex < TRADING_PHASES.size()) {
            Phase candidate = TRADING_PHASES.get(tradingIndex);
            List<String> ids = (next == Step.ACT ? actors : resolvers).getOrDefault(candidate, List.of());
            if (!ids.isEmpty()) {
                phase = candidate;
                step = next;
                expect(ids);
                PhaseStarted started = new PhaseStarted(quarter, phase, step, replyAdapter);
                ids.forEach(id -> outbox.tell(refs.get(id), started));
                return this;
            }
            if (next == Step.ACT) {
                next = Step.RESOLVE;
            } else {
                next = Step.ACT;
                tradingIndex++;
            }
        }
        return closeMarket();
    }

    private Behavior<Object> closeMarket() {
        phase = Phase.CLOSE;
        step = Step.ACT;
        marketReport = null;
        agentReports.clear();
        waiting.clear();
        waiting.add(RunPlan.MARKET_ID);
        stepCounter++;
        timers.startSingleTimer("step", new StepTimedOut(stepCounter), timeout);
        outbox.tell(refs.get(RunPlan.MARKET_ID), new CloseQuarter(quarter, null, reportAdapter));
        return this;
    }

    private Behavior<Object> onReported(QuarterReport report) {
        outbox.countReceived(report);
        if (phase != Phase.CLOSE || !waiting.remove(report.participantId())) {
            return this;
        }
        if (report instanceof MarketReport market) {
            marketReport = market;
            outcome = metrics.outcome(market, state, chinaComputeHistory);
            step = Step.RESOLVE;
            expectAll();
            waiting.remove(RunPlan.MARKET_ID);
            CloseQuarter close = new CloseQuarter(quarter, outcome, reportAdapter);
            refs.forEach((id, ref) -> {
                if (!id.equals(RunPlan.MARKET_ID)) {
                    outbox.tell(ref, close);
                }
            });
            return this;
        }
        agentReports.add((AgentReport) report);
        return waiting.isEmpty() ? finishQuarter() : this;
    }

    private Behavior<Object> finishQuarter() {
        agentReports.sort((a, b) -> a.agentId().compareTo(b.agentId()));
        List<String> broken = Invariants.violations(marketReport, agentReports);
        if (!broken.isEmpty()) {
            return fail("invariant broken in " + quarter + ": " + String.join("; ", broken));
        }
        SortedMap<String, Long> clockMessages = outbox.drain();
        records.add(QuarterRecordBuilder.build(quarter, plan, marketReport, outcome, agentReports, metrics,
                clockMessages));
        plan.onQuarter().accept(records.get(records.size() - 1));
        chinaComputeHistory.add(outcome.chinaComputeH100e());
        state = outcome;
        if (!quarter.isBefore(plan.scenario().end())) {
            timers.cancelAll();
            replyTo.tell(new RunResult(plan.scenario(), records, null));
            return Behaviors.stopped();
        }
        quarter = quarter.next();
        return open();
    }

    private Behavior<Object> onTimedOut(StepTimedOut message) {
        if (message.step() != stepCounter) {
            return this;
        }
        String where = phase == Phase.SETUP ? "set-up" : "the " + phase.label() + " phase (" + step.name().toLowerCase()
                + ") of " + quarter;
        return fail(String.join(", ", new TreeSet<>(waiting)) + (waiting.size() == 1 ? " did" : " did") + " not finish " + where
                + " within " + timeout.toMillis() + " ms (phaseTimeoutMillis + decisionTimeoutMillis)");
    }

    private Behavior<Object> onChildFailed(ChildFailed signal) {
        String id = idByRef.getOrDefault(signal.getRef(), signal.getRef().path().name());
        Throwable cause = signal.getCause();
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName()
                : cause.getClass().getSimpleName() + ": " + cause.getMessage();
        return fail(id + " failed in " + where() + ": " + reason);
    }

    private Behavior<Object> onChildStopped(Terminated signal) {
        String id = idByRef.getOrDefault(signal.getRef(), signal.getRef().path().name());
        return fail(id + " stopped unexpectedly in " + where());
    }

    private String where() {
        return phase == Phase.SETUP ? "set-up" : "the " + phase.label() + " phase of " + quarter;
    }

    private Behavior<Object> fail(String error) {
        getContext().getLog().error("run failed: {}", error);
        timers.cancelAll();
        replyTo.tell(new RunResult(plan.scenario(), records, error));
        return Behaviors.stopped();
    }
}
