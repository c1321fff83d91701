package chipsim.agents.washington;

/** Washington's choice each quarter: the export rules for China. Pure: no messages, no blocking. */
public interface WashingtonPolicy {

    RulesDecision decide(WashingtonObservation observation);
}
