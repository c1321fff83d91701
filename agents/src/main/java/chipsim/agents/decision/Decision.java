package chipsim.agents.decision;

/**
 * A decision record: immutable, serialisable with Jackson, and able to say what is wrong with it
 * given the observation it answers. Every decision is checked before it is applied, whoever made it.
 *
 * @param <O> the observation it answers
 */
public interface Decision<O> {

    /** Adds one problem per bad field ("asks.H20: -5 is below 0"); adds nothing when the decision is valid. */
    void check(O observation, Checks checks);
}
