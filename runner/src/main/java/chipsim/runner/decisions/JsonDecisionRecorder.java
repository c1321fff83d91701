package chipsim.runner.decisions;

import chipsim.agents.decision.DecisionAsk;
import chipsim.agents.decision.DecisionRecorder;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes each decision as one line of decisions.jsonl (docs/decisions.md): quarter, phase, step,
 * agent, role, point, who decided (and, when a fallback did, why the decider's answer was
 * refused), the observation's digest, and the decision.
 */
public final class JsonDecisionRecorder implements DecisionRecorder {

    @Override
    public String line(DecisionAsk<?, ?> ask, Object decision, String decidedBy, String refusal) {
        ObjectNode line = DecisionJson.MAPPER.createObjectNode();
        line.put("quarter", ask.quarter().toString());
        line.put("phase", ask.phase().label());
        line.put("step", ask.point().step().name().toLowerCase(java.util.Locale.ROOT));
        line.put("agent", ask.agentId());
        line.put("role", ask.role());
        line.put("point", ask.point().name());
        line.put("decidedBy", decidedBy);
        if (!refusal.isEmpty()) {
            line.put("refusal", refusal);
        }
        line.put("observationDigest", DecisionJson.digest(ask.observation()));
        line.set("decision", DecisionJson.MAPPER.valueToTree(decision));
        return DecisionJson.write(line);
    }
}
