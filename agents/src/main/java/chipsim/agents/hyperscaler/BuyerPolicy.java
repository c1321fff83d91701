package chipsim.agents.hyperscaler;

/** A buyer's choice each quarter: which chips, how many, at what price at most. */
public interface BuyerPolicy {

    PurchasePlan plan(BuyerObservation observation);
}
