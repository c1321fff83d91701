package chipsim.runner.classroom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** A browser's socket as a test drives it (the JDK's WebSocket client): sends JSON, collects what comes back. */
class SocketClient implements WebSocket.Listener {

    static final ObjectMapper JSON = new ObjectMapper();

    private final StringBuilder partial = new StringBuilder();
    final List<JsonNode> received = new CopyOnWriteArrayList<>();
    final LinkedBlockingQueue<JsonNode> inbox = new LinkedBlockingQueue<>();
    final CompletableFuture<Void> closed = new CompletableFuture<>();
    private volatile Consumer<JsonNode> handler = m -> {};
    private CompletableFuture<?> sending = CompletableFuture.completedFuture(null);
    private WebSocket socket;

    static SocketClient connect(HttpClient http, int port) throws Exception {
        SocketClient client = new SocketClient();
        client.socket = http.newWebSocketBuilder().buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws"), client)
                .get(60, TimeUnit.SECONDS);
        return client;
    }

    void onMessage(Consumer<JsonNode> handler) {
        this.handler = handler;
    }

    /** Sends one text message after the ones before it (the JDK allows one send at a time). */
    synchronized CompletableFuture<?> send(String text) {
        sending = sending.thenCompose(x -> socket.sendText(text, true));
        return sending;
    }

    CompletableFuture<?> send(JsonNode message) {
        return send(message.toString());
    }

    /** The next message of a type, waiting at most a generous while. */
    JsonNode next(String type) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < end) {
            JsonNode message = inbox.poll(1, TimeUnit.SECONDS);
            if (message != null && message.path("type").asText().equals(type)) {
                return message;
            }
            if (closed.isDone() && inbox.isEmpty()) {
                break;
            }
        }
        throw new AssertionError("no '" + type + "' message came; received " + received.size() + " messages, last "
                + (received.isEmpty() ? "none" : received.get(received.size() - 1)));
    }

    void abort() {
        socket.abort();
    }

    void closeNormally() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            try {
                JsonNode message = JSON.readTree(partial.toString());
                received.add(message);
                // The handler first: a test that takes the message from the inbox then sees what the
                // handler did with it (the seat it set, the answer it sent).
                handler.accept(message);
                inbox.add(message);
            } catch (Exception e) {
                received.add(JSON.createObjectNode().put("type", "unreadable").put("text", partial.toString()));
            }
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(null);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete(null);
    }
}
