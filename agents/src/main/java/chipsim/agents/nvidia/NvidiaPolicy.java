package chipsim.agents.nvidia;

import java.util.SortedMap;

/**
 * Nvidia's choices, one per phase in which it acts: what to build and design (supply), which
 * licences to ask for (permits), and at what prices to sell where (trade).
 */
public interface NvidiaPolicy {

    SupplyPlan supply(NvidiaObservation observation);

    /** Units per LICENSED chip to ask Washington for, this quarter. */
    SortedMap<String, Long> licenceRequests(NvidiaObservation observation);

    SalesPlan sales(NvidiaObservation observation);
}
