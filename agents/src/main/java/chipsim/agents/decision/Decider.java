package chipsim.agents.decision;

/**
 * Who makes an agent's decisions: its policy, a replayed log, an outside program, a person. An
 * agent builds the observation, asks its decider, and applies the decision when it arrives; while
 * it waits, its step of the phase is not done, so the phase barrier waits too.
 */
public interface Decider {

    /**
     * The decision now (a policy, a replay), or null when it will come later as a
     * {@link DecisionAnswered} to {@code ask.replyTo()} (a program, a person). A decider that
     * answers later must tolerate its answer being refused as late.
     */
    Decided decide(DecisionAsk<?, ?> ask);

    /** A decision it gave, or failed to give in time, was refused and the fallback decided; tells it why. */
    default void refused(DecisionAsk<?, ?> ask, String reason) {}
}
