package chipsim.agents.broker;

/** A broker's choice each quarter: what to buy abroad and at what markup to resell into China. */
public interface BrokerPolicy {

    BrokerPlan plan(BrokerObservation observation);
}
