package chipsim.runner.agentsapi;

import chipsim.runner.Version;
import chipsim.runner.decisions.DecisionJson;
import com.fasterxml.jackson.databind.node.ObjectNode;

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
}
