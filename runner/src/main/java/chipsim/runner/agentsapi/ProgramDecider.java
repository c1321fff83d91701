package chipsim.runner.agentsapi;

import chipsim.agents.decision.Decided;
import chipsim.agents.decision.Decider;
import chipsim.agents.decision.DecisionAsk;
import chipsim.runner.decisions.DecisionJson;

/**
 * An agent's decider when a program plays it: each ask goes to the program's conversation with
 * the fallback's proposal, and the answer comes back later as a message to the agent.
 */
final class ProgramDecider implements Decider {

    private final Conversation conversation;
    private final long episode;
    private final FallbackProposals proposals;

    ProgramDecider(Conversation conversation, long episode, FallbackProposals proposals) {
        this.conversation = conversation;
        this.episode = episode;
        this.proposals = proposals;
    }

    @Override
    public Decided decide(DecisionAsk<?, ?> ask) {
        conversation.post(new Conversation.Asked(episode, ask, DecisionJson.MAPPER.valueToTree(proposals.propose(ask))));
        return null;
    }

    @Override
    public void refused(DecisionAsk<?, ?> ask, String reason) {
        conversation.post(new Conversation.Refused(episode, ask, reason));
    }
}
