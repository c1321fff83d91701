package chipsim.market.protocol;

import akka.actor.typed.ActorRef;
import chipsim.market.Quarter;
import chipsim.market.events.ScriptedEvent;
import chipsim.market.report.PublicState;
import chipsim.market.report.QuarterReport;
import java.util.List;
import java.util.Set;

/** The clock's side of the quarter protocol: every participant answers these. */
public interface QuarterProtocol {

    /** Once per run, before the first quarter: who is who. */
    record Introduce(Directory directory, ActorRef<PhaseReply> replyTo) implements AgentCommand {}

    /** The open phase: last quarter's public state, and the scripted events for this participant. */
    record QuarterOpened(Quarter quarter, PublicState state, List<ScriptedEvent> events,
            ActorRef<PhaseReply> replyTo) implements AgentCommand {
        public QuarterOpened {
            events = List.copyOf(events);
        }
    }

    /** One barrier of the policy, supply, permits or trade phase. */
    record PhaseStarted(Quarter quarter, Phase phase, Step step, ActorRef<PhaseReply> replyTo)
            implements AgentCommand {}

    /**
     * The close phase: settle the quarter and report. The Market closes first; the agents then get
     * the quarter's outcome (its books, compute and shares), from which they score their payoffs.
     *
     * @param outcome this quarter's public state; null for the Market, which produces it
     */
    record CloseQuarter(Quarter quarter, PublicState outcome, ActorRef<QuarterReport> replyTo)
            implements AgentCommand {}

    /** A participant's answer to a barrier. */
    sealed interface PhaseReply permits Ready, PhaseDone, PhaseFailed {
        String agentId();

        Quarter quarter();

        Phase phase();
    }

    /**
     * A participant's answer to {@link Introduce}: the phases in whose ACT and RESOLVE steps it
     * sends anything. The clock starts a step only for those participants: a barrier exists so that
     * what a step sends is delivered before the next step, and a participant that sends nothing in
     * a step has nothing to wait for.
     */
    record Ready(String agentId, Set<Phase> actsIn, Set<Phase> resolvesIn) implements PhaseReply {
        public Ready {
            actsIn = Set.copyOf(actsIn);
            resolvesIn = Set.copyOf(resolvesIn);
        }

        @Override
        public Quarter quarter() {
            return null;
        }

        @Override
        public Phase phase() {
            return Phase.SETUP;
        }
    }

    record PhaseDone(String agentId, Quarter quarter, Phase phase, Step step) implements PhaseReply {}

    /** The participant could not do its part (its policy threw, its state broke a rule). */
    record PhaseFailed(String agentId, Quarter quarter, Phase phase, Step step, String reason)
            implements PhaseReply {}
}
