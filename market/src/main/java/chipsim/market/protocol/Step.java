package chipsim.market.protocol;

/**
 * The two barriers of a phase. In ACT participants send their requests, each acknowledged on
 * receipt; in RESOLVE the receivers decide over all requests at once, sorted by agent id, and
 * send their decisions. Splitting the two is what makes order-dependent decisions (a shared
 * quota, scarce capacity) independent of message arrival order.
 */
public enum Step {
    ACT,
    RESOLVE
}
