package chipsim.agents.decision;

import chipsim.market.protocol.Phase;
import chipsim.market.protocol.Step;
import java.util.function.BiFunction;

/**
 * One decision a role makes each quarter: when it is asked (a phase and its step), what the
 * decider sees (the observation type) and what it returns (the decision type), and how the
 * role's shipped policies answer it. docs/decisions.md describes every point of every role.
 *
 * @param name            the point's name in decisions.jsonl and the agents API ("export-rules")
 * @param phase           the phase in which it is asked
 * @param step            the step of that phase
 * @param policyType      the role's policy interface
 * @param observationType what the decider sees
 * @param decisionType    what it returns
 * @param byPolicy        how a policy of the role answers it
 */
public record DecisionPoint<P, O, D extends Decision<O>>(String name, Phase phase, Step step, Class<P> policyType,
        Class<O> observationType, Class<D> decisionType, BiFunction<P, O, D> byPolicy) {

    /** The policy's answer; the policy must be an instance of {@link #policyType}. */
    public D askPolicy(Object policy, O observation) {
        return byPolicy.apply(policyType.cast(policy), observation);
    }

    @Override
    public String toString() {
        return name;
    }
}
