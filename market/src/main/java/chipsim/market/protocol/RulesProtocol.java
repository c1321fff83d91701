package chipsim.market.protocol;

import akka.actor.typed.ActorRef;
import chipsim.market.rules.ExportRules;
import chipsim.market.rules.ImportPolicy;

/** The policy phase: the capitals publish their rules to every participant. */
public interface RulesProtocol {

    /** Washington's export rules for this quarter; fees on licensed sales go to {@code publisher}. */
    record ExportRulesPublished(String publisherId, ExportRules rules, ActorRef<Ack> replyTo)
            implements AgentCommand {}

    /** Beijing's import policy for this quarter. */
    record ImportPolicyPublished(String publisherId, ImportPolicy policy, ActorRef<Ack> replyTo)
            implements AgentCommand {}

    /** Beijing's subsidy to a domestic producer, USD, paid this quarter. */
    record SubsidyGranted(String grantorId, long usd, ActorRef<Ack> replyTo) implements AgentCommand {}
}
