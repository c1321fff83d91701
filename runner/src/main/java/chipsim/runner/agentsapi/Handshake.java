package chipsim.runner.agentsapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** The opening of every connection: the program says hello (with the token where one is required) before anything else. */
final class Handshake {

    /** The program did not open the conversation properly; it has been told why and disconnected. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    private Handshake() {}

    /**
     * Waits for the hello and checks it; on any problem tells the program why, closes the link and throws.
     *
     * @param token the token the hello must carry, or null when none is required (a program chipsim started)
     * @return the hello
     */
    static JsonNode awaitHello(Conversation conversation, String token, long timeoutMillis) throws Refused {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (true) {
            Conversation.Event event = conversation.next(Math.max(1, deadline - System.currentTimeMillis()));
            if (event == null) {
                throw refuse(conversation, "sent no hello within " + timeoutMillis + " ms");
            }
            if (event instanceof Conversation.Lost lost) {
                conversation.link().close();
                throw new Refused("ended before its hello: " + lost.reason());
            }
            if (!(event instanceof Conversation.Received received)) {
                continue;
            }
            if (received.line() == null || received.line().isBlank()) {
                continue;
            }
            JsonNode hello;
            try {
                hello = chipsim.runner.decisions.DecisionJson.MAPPER.readTree(received.line());
            } catch (java.io.IOException e) {
                throw refuse(conversation, "opened with a line that is not JSON; the first message must be "
                        + "{\"type\":\"hello\",\"protocol\":" + Protocol.VERSION + "}");
            }
            if (hello == null || !"hello".equals(hello.path("type").asText())) {
                throw refuse(conversation, "opened with a message that is not a hello; the first message must be "
                        + "{\"type\":\"hello\",\"protocol\":" + Protocol.VERSION + "}");
            }
            if (hello.path("protocol").asInt(-1) != Protocol.VERSION) {
                throw refuse(conversation, "asked for protocol " + hello.path("protocol") + "; this chipsim speaks "
                        + Protocol.VERSION);
            }
            if (token != null && !sameToken(token, hello.path("token").asText(""))) {
                throw refuse(conversation, "gave no token or a wrong one; give the token chipsim was started with "
                        + "(--token or CHIPSIM_TOKEN)");
            }
            return hello;
        }
    }

    private static boolean sameToken(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    private static Refused refuse(Conversation conversation, String why) {
        var error = Protocol.error("the program " + why);
        error.put("fatal", true);
        conversation.send(error);
        conversation.link().close();
        return new Refused(why);
    }
}
