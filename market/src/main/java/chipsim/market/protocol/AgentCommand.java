package chipsim.market.protocol;

/**
 * The inbox of every participant in the quarter protocol: each agent actor and the Market are a
 * {@code Behavior<AgentCommand>}. Shared messages implement it here; an actor's private messages
 * implement it in the actor.
 */
public interface AgentCommand {}
