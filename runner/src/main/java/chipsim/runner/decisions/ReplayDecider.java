package chipsim.runner.decisions;

import chipsim.agents.decision.Decided;
import chipsim.agents.decision.Decider;
import chipsim.agents.decision.DecisionAsk;
import java.io.IOException;

/**
 * Answers an agent's decisions from an earlier run's log, at once, signed as they were signed
 * then. The observation must be the one the log saw (same digest): otherwise the replay has
 * diverged from the logged run and it stops, saying where.
 */
final class ReplayDecider implements Decider {

    private final ReplayLog log;

    ReplayDecider(ReplayLog log) {
        this.log = log;
    }

    @Override
    public Decided decide(DecisionAsk<?, ?> ask) {
        ReplayLog.Entry entry = log.entry(ask.quarter(), ask.agentId(), ask.point().name());
        String at = log.file() + ":" + (entry == null ? "?" : entry.line());
        if (entry == null) {
            throw new IllegalStateException(log.file() + " has no " + ask.point().name() + " decision of "
                    + ask.agentId() + " in " + ask.quarter());
        }
        String digest = DecisionJson.digest(ask.observation());
        if (!digest.equals(entry.observationDigest())) {
            throw new IllegalStateException("the replay diverged from " + at + ": " + ask.agentId() + " sees another "
                    + ask.point().name() + " observation in " + ask.quarter() + " (digest " + digest + ", logged "
                    + entry.observationDigest() + "); replay with the scenario, seed and chipsim build of the logged run");
        }
        try {
            Object decision = DecisionJson.MAPPER.treeToValue(entry.decision(), ask.point().decisionType());
            return new Decided(decision, entry.decidedBy(), entry.refusal());
        } catch (IOException e) {
            throw new IllegalStateException(at + ": the " + ask.point().name() + " decision cannot be read: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
    }
}
