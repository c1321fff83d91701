package chipsim.agents;

import akka.actor.typed.ActorRef;
import akka.actor.typed.javadsl.AbstractBehavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Receive;
import akka.actor.typed.javadsl.ReceiveBuilder;
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
import chipsim.market.protocol.SupplyProtocol.ProductLaunched;
import chipsim.market.report.AgentReport;
import chipsim.market.report.MoneyLedger;
import chipsim.market.report.PublicState;
import chipsim.market.report.UnitLedger;
import chipsim.market.rules.ExportRules;
import chipsim.market.rules.ImportPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.SplittableRandom;

/**
 * The protocol plumbing every agent shares, so that each role's actor holds only its own state and
 * its own part of the quarter: the barriers, the acknowledgements, the published rules, the
 * counting outbox. A role's actor extends this, adds its messages in {@link #protocol}, and fills
 * in the hooks {@link #opened}, {@link #act}, {@link #resolve} and {@link #close}.
 *
 * <p>An exception thrown in a hook stops the actor; the clock watches every agent and ends the run
 * with an error naming the agent, the phase and the quarter.
 */
public abstract class AgentActor extends AbstractBehavior<AgentCommand> {

    protected final AgentSpec spec;
    protected final String selfId;
    protected final ChipCatalogue catalogue;
    protected final SplittableRandom random;
    protected final Outbox outbox = new Outbox();
    protected final ActorRef<Ack> ackRef;
    private final PhaseBarrier barrier;
    private final List<String> events = new ArrayList<>();

    protected Directory directory;
    protected Quarter quarter;
    /** The public state at this quarter's opening: last quarter's outcome. */
    protected PublicState lastState;
    protected ExportRules exportRules;
    protected ImportPolicy importPolicy;
    /** Products vendors announced as launched (compliant variants designed during the run). */
    protected final java.util.SortedSet<String> launchedProducts = new java.util.TreeSet<>();

    protected AgentActor(ActorContext<AgentCommand> context, AgentContext agent) {
        super(context);
        this.spec = agent.spec();
        this.selfId = agent.spec().id();
        this.catalogue = agent.catalogue();
        this.random = AgentRandom.forAgent(agent.scenarioSeed(), selfId);
        this.exportRules = agent.initialRules();
        this.importPolicy = agent.initialImports();
        this.barrier = new PhaseBarrier(selfId);
        this.ackRef = context.getSelf().narrow();
    }

    @Override
    public final Receive<AgentCommand> createReceive() {
        // Akka tries the cases in order: the most frequent messages go first.
        ReceiveBuilder<AgentCommand> builder = newReceiveBuilder()
                .onMessage(Ack.class, this::onAck)
                .onMessage(PhaseStarted.class, this::onPhaseStarted)
                .onMessage(Fill.class, this::onFillMessage)
                .onMessage(ExportRulesPublished.class, this::onExportRules)
                .onMessage(ImportPolicyPublished.class, this::onImportPolicy)
                .onMessage(QuarterOpened.class, this::onQuarterOpened)
                .onMessage(CloseQuarter.class, this::onClose)
                .onMessage(ProductLaunched.class, this::onProductLaunched)
                .onMessage(Introduce.class, this::onIntroduce);
        protocol(builder);
        return builder.build();
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
                ledgers, money, outbox.drain());
        events.clear();
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
        outbox.tell(message.replyTo(), new Ack(selfId));
        return this;
    }

    private AbstractBehavior<AgentCommand> onImportPolicy(ImportPolicyPublished message) {
        importPolicy = message.policy();
        outbox.tell(message.replyTo(), new Ack(selfId));
        return this;
    }

    private AbstractBehavior<AgentCommand> onFillMessage(Fill message) {
        filled(message);
        outbox.tell(message.replyTo(), new Ack(selfId));
        return this;
    }

    private AbstractBehavior<AgentCommand> onProductLaunched(ProductLaunched message) {
        launchedProducts.add(message.chipId());
        outbox.tell(message.replyTo(), new Ack(selfId));
        return this;
    }

    private AbstractBehavior<AgentCommand> onAck(Ack message) {
        barrier.acknowledged();
        return this;
    }
}
