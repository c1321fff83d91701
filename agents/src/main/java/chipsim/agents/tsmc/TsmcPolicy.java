package chipsim.agents.tsmc;

import java.util.SortedMap;

/** TSMC's choices: how to share scarce packaging capacity, and how much to expand it. */
public interface TsmcPolicy {

    /** Wafers granted per customer of the observation's claims; never more than a claim, nor the capacity in all. */
    SortedMap<String, Long> allocate(TsmcObservation observation);

    /** Wafers per quarter of new capacity to start building now (ready after the expansion lag). */
    long expansion(TsmcObservation observation);
}
