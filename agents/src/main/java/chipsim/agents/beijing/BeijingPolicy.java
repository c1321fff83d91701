package chipsim.agents.beijing;

/** Beijing's choice each quarter: its import stance per foreign chip, the domestic ratio, the subsidy. */
public interface BeijingPolicy {

    ImportPlan decide(BeijingObservation observation);
}
