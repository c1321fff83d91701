package chipsim.agents.nvidia;

/**
 * Nvidia's choices, one per phase in which it acts: what to build and design (supply), which
 * licences to ask for (permits), and at what prices to sell where (trade). Pure: whatever it
 * must remember (its demand forecast) it returns in the decision and gets back in the next
 * observation.
 */
public interface NvidiaPolicy {

    SupplyPlan supply(NvidiaObservation observation);

    LicenceRequests licenceRequests(NvidiaObservation observation);

    SalesPlan sales(NvidiaObservation observation);
}
