package chipsim.agents.tsmc;

/** TSMC's choices: how to share scarce packaging capacity, and how much to expand it. */
public interface TsmcPolicy {

    /**
     * Wafers granted per claim. Claims are listed in requester-id order, the foundry's other
     * customers last; the result never exceeds a claim or the capacity in total.
     */
    long[] allocate(long capacityWafers, long[] claims);

    /** Wafers per quarter of new capacity to start building now (ready after the expansion lag). */
    long expansion(TsmcObservation observation);
}
