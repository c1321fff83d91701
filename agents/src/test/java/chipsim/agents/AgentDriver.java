package chipsim.agents;

import static chipsim.agents.Fixtures.PATIENCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import akka.actor.testkit.typed.javadsl.ActorTestKit;
import akka.actor.testkit.typed.javadsl.TestProbe;
import akka.actor.typed.ActorRef;
import akka.actor.typed.Behavior;
import chipsim.market.Quarter;
import chipsim.market.events.ScriptedEvent;
import chipsim.market.protocol.AgentCommand;
import chipsim.market.protocol.Directory;
import chipsim.market.protocol.Phase;
import chipsim.market.protocol.QuarterProtocol.CloseQuarter;
import chipsim.market.protocol.QuarterProtocol.Introduce;
import chipsim.market.protocol.QuarterProtocol.PhaseDone;
import chipsim.market.protocol.QuarterProtocol.PhaseReply;
import chipsim.market.protocol.QuarterProtocol.PhaseStarted;
import chipsim.market.protocol.QuarterProtocol.QuarterOpened;
import chipsim.market.protocol.Step;
import chipsim.market.report.AgentReport;
import chipsim.market.report.PublicState;
import chipsim.market.report.QuarterReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Plays the clock and every other participant around one agent actor: the other participants
 * are probes in the agent's directory, the clock is a probe that receives its phase replies.
 */
public final class AgentDriver {

    private final String agentId;
    private final ActorRef<AgentCommand> agent;
    private final TestProbe<PhaseReply> clock;
    private final SortedMap<String, TestProbe<AgentCommand>> participants;
    private final Directory directory;
    private Quarter quarter;

    private AgentDriver(String agentId, ActorRef<AgentCommand> agent, TestProbe<PhaseReply> clock,
            SortedMap<String, TestProbe<AgentCommand>> participants, Directory directory) {
        this.agentId = agentId;
        this.agent = agent;
        this.clock = clock;
        this.participants = participants;
        this.directory = directory;
    }

    /**
     * Spawns the agent and introduces it to a probe for each other participant.
     *
     * @param others id to role of every other participant ("market" for the exchange)
     */
    public static AgentDriver introduce(ActorTestKit testKit, String agentId, String role,
            Behavior<AgentCommand> behavior, Map<String, String> others) {
        ActorRef<AgentCommand> agent = testKit.spawn(behavior);
        SortedMap<String, TestProbe<AgentCommand>> participants = new TreeMap<>();
        SortedMap<String, ActorRef<AgentCommand>> refs = new TreeMap<>();
        SortedMap<String, String> roles = new TreeMap<>(others);
        for (String id : others.keySet()) {
            TestProbe<AgentCommand> probe = testKit.createTestProbe(id);
            participants.put(id, probe);
            refs.put(id, probe.ref());
        }
        refs.put(agentId, agent);
        roles.put(agentId, role);
        AgentDriver driver = new AgentDriver(agentId, agent, testKit.createTestProbe("clock"), participants,
                new Directory(refs, roles));
        agent.tell(new Introduce(driver.directory, driver.clock.ref()));
        assertReady(driver.clock.receiveMessage(PATIENCE), agentId);
        return driver;
    }

    public ActorRef<AgentCommand> ref() {
        return agent;
    }

    /** The probe playing another participant. */
    public TestProbe<AgentCommand> probe(String participantId) {
        TestProbe<AgentCommand> probe = participants.get(participantId);
        if (probe == null) {
            throw new IllegalArgumentException("no participant " + participantId + " in " + participants.keySet());
        }
        return probe;
    }

    /** The next message a participant receives from the agent, which must be of {@code type}. */
    public <T> T expect(String participantId, Class<T> type) {
        AgentCommand message = probe(participantId).receiveMessage(PATIENCE);
        return assertInstanceOf(type, message, participantId + " received " + message);
    }

    public void open(Quarter opening, PublicState last) {
        open(opening, last, List.of());
    }

    public void open(Quarter opening, PublicState last, List<ScriptedEvent> events) {
        quarter = opening;
        agent.tell(new QuarterOpened(opening, last, events, clock.ref()));
        clock.expectMessage(PATIENCE, new PhaseDone(agentId, opening, Phase.OPEN, Step.ACT));
    }

    /** Starts one barrier of the current quarter; the reply is checked with {@link #expectDone}. */
    public void start(Phase phase, Step step) {
        agent.tell(new PhaseStarted(quarter, phase, step, clock.ref()));
    }

    /** The agent fails its step, as a refused decision makes it; returns the reason it gives. */
    public String expectFailed(Phase phase, Step step) {
        PhaseReply reply = clock.receiveMessage(PATIENCE);
        if (!(reply instanceof chipsim.market.protocol.QuarterProtocol.PhaseFailed failed)) {
            throw new AssertionError(agentId + " answered " + reply + " where a failure of " + phase + " " + step
                    + " was expected");
        }
        return failed.reason();
    }

    public void expectDone(Phase phase, Step step) {
        clock.expectMessage(PATIENCE, new PhaseDone(agentId, quarter, phase, step));
    }

    /** Starts a barrier that sends nothing to wait for, and checks it ends at once. */
    public void run(Phase phase, Step step) {
        start(phase, step);
        expectDone(phase, step);
    }

    /**
     * Checks the agent has not reported the current barrier done. Introduce is answered at once,
     * and messages from one thread reach the agent in order, so its SETUP reply arrives after
     * everything the agent did for the messages sent before: a premature PhaseDone would come
     * first. No waiting on a clock.
     */
    public void expectNotDoneYet() {
        agent.tell(new Introduce(directory, clock.ref()));
        assertReady(clock.receiveMessage(PATIENCE), agentId);
    }

    /**
     * Receives what the agent sends one participant in the current barrier, acknowledging each
     * message, until the agent reports the barrier done; for when the number of messages is the
     * agent's own choice. The agent must send at least one.
     */
    public <T> List<T> collectUntilDone(String participantId, Class<T> type, Phase phase, Step step,
            Consumer<T> acknowledge) {
        List<T> received = new ArrayList<>();
        PhaseDone done = new PhaseDone(agentId, quarter, phase, step);
        while (true) {
            T message = expect(participantId, type);
            received.add(message);
            acknowledge.accept(message);
            // The marker of expectNotDoneYet: a PhaseDone that is due arrives before its reply.
            agent.tell(new Introduce(directory, clock.ref()));
            PhaseReply reply = clock.receiveMessage(PATIENCE);
            if (reply.equals(done)) {
                assertReady(clock.receiveMessage(PATIENCE), agentId);
                return received;
            }
            assertReady(reply, agentId);
        }
    }

    /** Closes the quarter with its outcome and returns the agent's report. */
    public AgentReport close(ActorTestKit testKit, PublicState outcome) {
        TestProbe<QuarterReport> reports = testKit.createTestProbe("reports");
        agent.tell(new CloseQuarter(quarter, outcome, reports.ref()));
        return assertInstanceOf(AgentReport.class, reports.receiveMessage(PATIENCE));
    }

    /** The agent's answer to Introduce: Ready, naming itself. */
    private static void assertReady(PhaseReply reply, String agentId) {
        if (!(reply instanceof chipsim.market.protocol.QuarterProtocol.Ready ready) || !ready.agentId().equals(agentId)) {
            throw new AssertionError("expected Ready from " + agentId + ", got " + reply);
        }
    }
}
