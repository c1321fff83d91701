package chipsim.agents.decision;

/**
 * A shipped (or a researcher's) policy as a decider: answers at once, a pure function of the
 * observation. As a fallback it signs its decisions {@code fallback:NAME}.
 */
public final class PolicyDecider implements Decider {

    private final String policyName;
    private final Object policy;
    private final String decidedBy;

    private PolicyDecider(String policyName, Object policy, String decidedBy) {
        this.policyName = policyName;
        this.policy = policy;
        this.decidedBy = decidedBy;
    }

    public static PolicyDecider primary(String policyName, Object policy) {
        return new PolicyDecider(policyName, policy, "policy:" + policyName);
    }

    public static PolicyDecider fallback(String policyName, Object policy) {
        return new PolicyDecider(policyName, policy, "fallback:" + policyName);
    }

    public PolicyDecider asFallback() {
        return fallback(policyName, policy);
    }

    public String policyName() {
        return policyName;
    }

    public Object policy() {
        return policy;
    }

    @Override
    public Decided decide(DecisionAsk<?, ?> ask) {
        return new Decided(answer(ask), decidedBy);
    }

    private <O, D extends Decision<O>> D answer(DecisionAsk<O, D> ask) {
        return ask.point().askPolicy(policy, ask.observation());
    }
}
