package chipsim.market.protocol;

import akka.actor.typed.ActorRef;
import chipsim.market.Chip;

/**
 * The supply phase: a chip designer asks the foundry for advanced-packaging capacity, and
 * announces the products it launches (in the policy phase, so buyers know them before they bid).
 */
public interface SupplyProtocol {

    /** A vendor's new product is on sale from this quarter. */
    record ProductLaunched(String vendorId, String chipId, ActorRef<Ack> replyTo) implements AgentCommand {}

    /**
     * A chip designed during the run (a compliant variant), announced to every participant the
     * quarter before its first quarter on sale ({@code chip.availableFrom()}), so that all hold it
     * in their catalogue before Washington classifies it and anyone trades it.
     */
    record ChipDesigned(String vendorId, Chip chip, ActorRef<Ack> replyTo) implements AgentCommand {}


    interface CapacityReply extends AgentCommand {}

    /** Wafers of advanced packaging (CoWoS) wanted for this quarter's production starts. */
    record CapacityRequest(String requesterId, long wafers, ActorRef<CapacityReply> replyTo)
            implements AgentCommand {}

    /**
     * The foundry's allocation, decided over all requests at once.
     *
     * @param wafers            wafers granted
     * @param leadTimeQuarters  quarters until units from these wafers are in the requester's stock
     * @param pricePerWaferUsd  what the requester pays per granted wafer, now
     */
    record CapacityGrant(String foundryId, long wafers, int leadTimeQuarters, long pricePerWaferUsd,
            ActorRef<Ack> replyTo) implements CapacityReply {}
}
