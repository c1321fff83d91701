package chipsim.market.protocol;

import akka.actor.typed.ActorRef;

/**
 * The permits phase: sellers ask Washington for export licences, buyers in China ask Beijing for
 * import approval. Decisions go to the requester and to the Market, which checks both at clearing.
 */
public interface PermitProtocol {

    interface LicenceReply extends AgentCommand {}

    interface ImportReply extends AgentCommand {}

    /** A seller asks to export {@code units} of a licensed chip to China this quarter. */
    record LicenceRequest(String sellerId, String chipId, long units, ActorRef<LicenceReply> replyTo)
            implements AgentCommand {}

    /**
     * Washington's answer, valid for this quarter.
     *
     * @param grantedUnits  units the seller may export to China this quarter
     * @param revenueShare  share of the sale value paid to Washington (0..1)
     */
    record LicenceDecision(String sellerId, String chipId, long requestedUnits, long grantedUnits,
            double revenueShare, ActorRef<Ack> replyTo) implements LicenceReply {}

    /** A buyer in China asks to import {@code units} of a foreign chip this quarter. */
    record ImportRequest(String buyerId, String chipId, long units, ActorRef<ImportReply> replyTo)
            implements AgentCommand {}

    /** Beijing's answer, valid for this quarter. */
    record ImportDecision(String buyerId, String chipId, long requestedUnits, long approvedUnits,
            ActorRef<Ack> replyTo) implements ImportReply {}
}
