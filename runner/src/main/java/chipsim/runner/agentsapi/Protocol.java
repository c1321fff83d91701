package chipsim.runner.agentsapi;

import chipsim.runner.Version;
import chipsim.runner.decisions.DecisionJson;
import chipsim.agents.decision.DecisionAsk;
import chipsim.market.Quarter;
import chipsim.runner.sim.RunResult;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.SortedMap;

/** The agents API's fixed numbers and the messages every mode shares (docs/agents-api.md). */
final class Protocol {

    /** The version a hello must ask for. */
    static final int VERSION = 1;

    /** Refused decisions and protocol errors a program may make before it is disconnected and its episode marked corrupt. */
    static final int MAX_REFUSALS = 10;

    /** The longest line read from a program; a longer one is refused as malformed. */
    static final int MAX_LINE_CHARS = 8_000_000;

    private Protocol() {}

    static ObjectNode message(String type) {
        ObjectNode node = DecisionJson.MAPPER.createObjectNode();
        node.put("type", type);
        return node;
    }

    static ObjectNode error(String reason) {
        ObjectNode node = message("error");
        node.put("reason", reason);
        return node;
    }

    static ObjectNode welcome(String mode, long decisionTimeoutMillis, long connectTimeoutMillis) {
        ObjectNode node = message("welcome");
        node.put("protocol", VERSION);
        node.put("chipsim", Version.get());
        node.put("mode", mode);
        ObjectNode limits = node.putObject("limits");
        limits.put("decisionTimeoutMillis", decisionTimeoutMillis);
        limits.put("connectTimeoutMillis", connectTimeoutMillis);
        limits.put("maxRefusals", MAX_REFUSALS);
        limits.put("maxLineChars", MAX_LINE_CHARS);
        node.set("points", DecisionSchemas.ALL.deepCopy());
        return node;
    }

    /** One step's asks, each with its observation and its fallback's proposal. */
    static ObjectNode observe(long requestId, long episode, long deadlineMillis,
            SortedMap<String, Conversation.Asked> step) {
        ObjectNode observe = message("observe");
        observe.put("requestId", requestId);
        observe.put("episode", episode);
        DecisionAsk<?, ?> first = step.values().iterator().next().ask();
        observe.put("quarter", first.quarter().toString());
        observe.put("phase", first.phase().label());
        observe.put("step", first.point().step().name().toLowerCase(Locale.ROOT));
        observe.put("deadlineMillis", deadlineMillis);
        ObjectNode agents = observe.putObject("agents");
        step.forEach((id, asked) -> {
            ObjectNode agent = agents.putObject(id);
            agent.put("role", asked.ask().role());
            agent.put("point", asked.ask().point().name());
            agent.set("observation", DecisionJson.MAPPER.valueToTree(asked.ask().observation()));
            agent.set("fallbackDecision", asked.proposal());
        });
        return observe;
    }

    static ObjectNode reward(long episode, Quarter quarter, ObjectNode rewards) {
        ObjectNode reward = message("reward");
        reward.put("episode", episode);
        reward.put("quarter", quarter.toString());
        reward.set("rewards", rewards);
        return reward;
    }

    static ObjectNode done(long episode, RunResult result, boolean corrupt, int refusals,
            SortedMap<String, Double> returns) {
        ObjectNode done = message("done");
        done.put("episode", episode);
        done.put("ok", result.ok());
        if (result.ok()) {
            done.putNull("error");
        } else {
            done.put("error", result.error());
        }
        done.put("corrupt", corrupt);
        done.put("refusals", refusals);
        done.put("quarters", result.quarters().size());
        ObjectNode totals = done.putObject("returns");
        returns.forEach(totals::put);
        return done;
    }
}
