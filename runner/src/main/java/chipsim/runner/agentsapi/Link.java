package chipsim.runner.agentsapi;

import chipsim.runner.decisions.DecisionJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * One connection to a program: newline-delimited JSON both ways, over a process's standard streams
 * or a socket. A reader thread turns each line into a {@link Conversation.Received} and the end of
 * the stream into a {@link Conversation.Lost}; sending is thread-safe.
 */
final class Link implements AutoCloseable {

    private final String name;
    private final Reader in;
    private final Writer out;
    private final AutoCloseable resource;
    private volatile boolean closed;

    Link(String name, InputStream in, OutputStream out, AutoCloseable resource) {
        this.name = name;
        this.in = new InputStreamReader(in, StandardCharsets.UTF_8);
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        this.resource = resource;
    }

    /** How the user named it: {@code cmd:python3 agent.py}, {@code tcp:127.0.0.1:5555}, {@code listen:5556}. */
    String name() {
        return name;
    }

    void startReading(Consumer<Conversation.Event> post) {
        Thread reader = new Thread(() -> read(post), "agents-api-reader " + name);
        reader.setDaemon(true);
        reader.start();
    }

    private void read(Consumer<Conversation.Event> post) {
        StringBuilder line = new StringBuilder();
        char[] buffer = new char[8192];
        boolean tooLong = false;
        try {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                for (int i = 0; i < n; i++) {
                    char c = buffer[i];
                    if (c == '\n') {
                        post.accept(new Conversation.Received(tooLong ? null : line.toString()));
                        line.setLength(0);
                        tooLong = false;
                    } else if (!tooLong) {
                        line.append(c);
                        if (line.length() > Protocol.MAX_LINE_CHARS) {
                            tooLong = true;
                            line.setLength(0);
                        }
                    }
                }
            }
            post.accept(new Conversation.Lost(closed ? "disconnected by chipsim" : "the program closed the connection"));
        } catch (IOException e) {
            post.accept(new Conversation.Lost(closed ? "disconnected by chipsim" : "the connection broke: " + e.getMessage()));
        }
    }

    /** Writes one message as one line; a broken connection is noticed by the reader. */
    synchronized void send(JsonNode message) {
        if (closed) {
            return;
        }
        try {
            out.write(DecisionJson.write(message));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            // The reader sees the same broken stream and reports it as lost.
        }
    }

    boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            try {
                out.close();
            } catch (IOException e) {
                // Closing anyway.
            }
        }
        try {
            resource.close();
        } catch (Exception e) {
            // Closing anyway.
        }
    }
}
