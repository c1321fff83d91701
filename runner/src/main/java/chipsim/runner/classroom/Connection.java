package chipsim.runner.classroom;

import akka.http.javadsl.model.ws.Message;
import akka.http.javadsl.model.ws.TextMessage;
import akka.stream.javadsl.SourceQueueWithComplete;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One browser's socket: what it has proved (nothing yet, a student's token, the teacher's token),
 * its share of the server's attention (a flood is refused, then cut off), and its outgoing queue.
 * A message is read and answered here; whatever it asks goes to the {@link Session}.
 */
final class Connection implements Outlet {

    /** Bigger than any decision a form makes; a larger message is refused unread. */
    static final int MAX_MESSAGE_CHARS = 64 * 1024;
    /** Messages a browser may send in one second; the forms send one per decision. */
    static final int MAX_PER_SECOND = 20;
    /** A browser that goes on flooding after its refusals is disconnected. */
    static final int MAX_REFUSED_BEFORE_CUT = 200;

    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32)
                .maxStringLength(MAX_MESSAGE_CHARS).maxNumberLength(40).build());
    }

    private final Room session;
    private final SourceQueueWithComplete<Message> out;
    private final java.util.function.LongSupplier clock;
    private String student;
    private boolean teacher;
    private long windowStart;
    private int inWindow;
    private int floodRefusals;
    private volatile boolean closed;

    Connection(Room session, SourceQueueWithComplete<Message> out, java.util.function.LongSupplier clock) {
        this.session = session;
        this.out = out;
        this.clock = clock;
    }

    @Override
    public void send(String json) {
        if (!closed) {
            out.offer(TextMessage.create(json));
        }
    }

    @Override
    public void close(String reason) {
        ObjectNode bye = JsonNodeFactory.instance.objectNode();
        bye.put("type", "closed");
        bye.put("reason", reason);
        send(bye.toString());
        closed = true;
        out.complete();
    }

    /** The socket ended (the browser left, or the network dropped it). */
    void ended() {
        closed = true;
        session.disconnected(this);
    }

    /** One message from the browser: its text, or null when it was too large or not text. */
    void received(String text) {
        if (closed) {
            return;
        }
        if (flooding()) {
            return;
        }
        if (text == null) {
            Session.refuse(this, "message", "a message is JSON text of at most " + MAX_MESSAGE_CHARS
                    + " characters; this one was refused unread");
            return;
        }
        JsonNode message;
        try {
            message = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            Session.refuse(this, "message", "a message is one JSON object: " + e.getOriginalMessage());
            return;
        }
        if (message == null || !message.isObject() || !message.path("type").isTextual()) {
            Session.refuse(this, "message", "a message is a JSON object with a \"type\"");
            return;
        }
        String type = message.get("type").asText();
        switch (type) {
            case "join" -> {
                if (student == null && !teacher) {
                    student = session.join(this, message.path("room").asText(null), message.path("name").asText(null));
                } else {
                    Session.refuse(this, "join", "this socket already has a seat");
                }
            }
            case "hello" -> {
                if (student == null && !teacher) {
                    student = session.hello(this, message.path("token").asText(null));
                } else {
                    Session.refuse(this, "hello", "this socket already has a seat");
                }
            }
            case "decide" -> {
                if (student == null) {
                    Session.refuse(this, "decide", "join the class first");
                } else {
                    session.decide(this, student, message.path("ticket").asText(null), message.get("decision"));
                }
            }
            case "teacher" -> {
                if (student == null && !teacher) {
                    teacher = session.teacher(this, message.path("token").asText(null));
                } else {
                    Session.refuse(this, "teacher", "this socket already belongs to someone");
                }
            }
            case "command" -> session.command(this, message.path("action").asText(null), message);
            case "ping" -> send("{\"type\":\"pong\"}");
            default -> Session.refuse(this, "message", "unknown message type '" + type
                    + "'; a browser sends join, hello, decide, teacher, command or ping");
        }
    }

    private boolean flooding() {
        long now = clock.getAsLong();
        if (now - windowStart >= 1000) {
            windowStart = now;
            inWindow = 0;
        }
        inWindow++;
        if (inWindow <= MAX_PER_SECOND) {
            return false;
        }
        floodRefusals++;
        if (floodRefusals > MAX_REFUSED_BEFORE_CUT) {
            close("too many messages: the server stopped listening to this browser");
        } else if (inWindow == MAX_PER_SECOND + 1) {
            Session.refuse(this, "message", "too many messages: at most " + MAX_PER_SECOND
                    + " a second; the others are ignored");
        }
        return true;
    }
}
