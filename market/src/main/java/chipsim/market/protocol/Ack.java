package chipsim.market.protocol;

/**
 * "Received": the answer to every request and publication that has no other immediate answer.
 * A sender reports its phase done only when each of its messages is acknowledged, so that nothing
 * sent in a phase can arrive after the phase resolved (Akka orders messages per sender-receiver
 * pair only).
 *
 * @param fromId the id of the acknowledging participant
 */
public record Ack(String fromId) implements AgentCommand,
        PermitProtocol.LicenceReply, PermitProtocol.ImportReply, SupplyProtocol.CapacityReply,
        MarketProtocol.OrderReply {}
