package chipsim.agents.decision;

import java.util.Map;

/**
 * How one agent's decisions are made and kept: its decider, the policy that decides when the
 * decider is late or wrong, the log, the deadline, and the watch over decisions computed in place.
 *
 * @param decider         who decides (the scenario's policy unless the runner put a program, a
 *                        person or a replay in its place)
 * @param fallback        decides when {@code decider} misses its deadline or gives a decision that is refused
 * @param recorder        writes each decision for decisions.jsonl; null when the run keeps no log
 * @param timeoutMillis   how long a decision may take (decisionTimeoutMillis)
 * @param watch           watches decisions computed on the agent's thread; null for none
 * @param policies        makes the policy a scripted switch names
 */
public record DecisionSetup(Decider decider, PolicyDecider fallback, DecisionRecorder recorder, long timeoutMillis,
        PolicyWatch watch, PolicyMaker policies) {

    /** Makes a policy of a role by name from checked parameters (the policy registry). */
    public interface PolicyMaker {
        Object make(String role, String policyName, Map<String, ?> params);
    }

    /** The agent's own policy decides everything, with no log: what tests of one actor use. */
    public static DecisionSetup policyOnly(String policyName, Object policy) {
        PolicyDecider decider = PolicyDecider.primary(policyName, policy);
        return new DecisionSetup(decider, decider.asFallback(), null, 10_000, null, (role, name, params) -> {
            throw new IllegalStateException("no policy registry: cannot switch to policy '" + name + "'");
        });
    }
}
