package chipsim.agents.decision;

import akka.actor.typed.ActorRef;
import chipsim.market.Quarter;
import chipsim.market.protocol.Phase;

/**
 * One request for a decision, from an agent to its decider.
 *
 * @param askId       unique within the agent's run: an answer names it, so a late or repeated answer is refused
 * @param point       which decision
 * @param observation what the decider sees: an immutable record of the point's observation type
 * @param replyTo     where a decider that answers later sends its {@link DecisionAnswered}
 */
public record DecisionAsk<O, D extends Decision<O>>(String agentId, String role, Quarter quarter, Phase phase,
        long askId, DecisionPoint<?, O, D> point, O observation, ActorRef<DecisionAnswered> replyTo) {}
