package chipsim.agents.decision;

import chipsim.market.protocol.AgentCommand;

/**
 * A decider's later answer to a {@link DecisionAsk}, delivered to the asking agent as a message.
 *
 * @param askId      the ask it answers
 * @param decision   an instance of the point's decision type, or null when the decider gives up
 *                   (then {@code reason} says why and the fallback decides)
 * @param decidedBy  {@code program} or {@code person}
 * @param reason     why there is no decision (a malformed answer, a disconnected program), else empty
 */
public record DecisionAnswered(long askId, Object decision, String decidedBy, String reason) implements AgentCommand {

    public static DecisionAnswered giveUp(long askId, String decidedBy, String reason) {
        return new DecisionAnswered(askId, null, decidedBy, reason);
    }
}
