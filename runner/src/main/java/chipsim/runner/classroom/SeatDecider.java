package chipsim.runner.classroom;

import chipsim.agents.decision.Decided;
import chipsim.agents.decision.Decider;
import chipsim.agents.decision.DecisionAsk;

/**
 * A classroom seat as an agent's decider: every ask goes to the session, which shows it to the
 * seat's students and answers later, as a person's {@code DecisionAnswered}.
 */
record SeatDecider(String agentId, Session session) implements Decider {

    @Override
    public Decided decide(DecisionAsk<?, ?> ask) {
        session.asked(agentId, ask);
        return null;
    }

    @Override
    public void refused(DecisionAsk<?, ?> ask, String reason) {
        session.refused(agentId, ask, reason);
    }
}
