package chipsim.runner.classroom;

import chipsim.agents.PolicyRegistry;
import chipsim.runner.scenario.Scenario;
import chipsim.runner.scenario.ScenarioLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/** What the classroom tests share: the baseline, a class on a free loopback port, scripted students and teacher. */
final class ClassFixture {

    static final PolicyRegistry REGISTRY = PolicyRegistry.standard();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    private ClassFixture() {}

    static Scenario baseline(int quarters) throws Exception {
        Scenario scenario = new ScenarioLoader(REGISTRY).loadBundled(ScenarioLoader.BUNDLED_BASELINE, List.of());
        return quarters < scenario.quarters() ? scenario.truncated(quarters) : scenario;
    }

    static ClassroomSettings settings(Path out, int seconds, Set<String> open) {
        return new ClassroomSettings(out, ClassroomSettings.stateDirFor(out), "127.0.0.1", 0, seconds, open, Map.of(),
                200);
    }

    static ObjectNode message(String type) {
        return SocketClient.JSON.createObjectNode().put("type", type);
    }

    static SocketClient teacher(Classroom classroom) throws Exception {
        SocketClient teacher = SocketClient.connect(HTTP, classroom.port());
        teacher.send(message("teacher").put("token", classroom.teacherToken()));
        teacher.next("teacher-welcome");
        return teacher;
    }

    static void command(SocketClient teacher, String action) {
        teacher.send(message("command").put("action", action));
    }

    /**
     * A student who answers each question of their seat with the form's suggestion, as soon as it
     * is shown; keeps how long each of its accepted answers took from the question's arrival.
     */
    static final class Student {
        final SocketClient socket;
        final String name;
        volatile String token;
        volatile String seat;
        final Set<String> tried = ConcurrentHashMap.newKeySet();
        final Map<String, Long> seenAt = new ConcurrentHashMap<>();
        final ConcurrentLinkedQueue<Long> latencies;
        volatile boolean answering = true;
        /** Changes the suggestion before it is sent: what this student decides differently from the policy. */
        volatile java.util.function.UnaryOperator<ObjectNode> tweak = d -> d;

        Student(SocketClient socket, String name, ConcurrentLinkedQueue<Long> latencies) {
            this.socket = socket;
            this.name = name;
            this.latencies = latencies;
            socket.onMessage(this::handle);
        }

        static Student join(Classroom classroom, String name, ConcurrentLinkedQueue<Long> latencies) throws Exception {
            Student student = new Student(SocketClient.connect(HTTP, classroom.port()), name, latencies);
            student.socket.send(message("join").put("room", classroom.roomCode().toLowerCase()).put("name", name));
            student.token = student.socket.next("welcome").path("token").asText();
            return student;
        }

        /** The same student back with the token the browser kept. */
        Student reconnect(Classroom classroom) throws Exception {
            Student back = new Student(SocketClient.connect(HTTP, classroom.port()), name, latencies);
            back.token = token;
            // A browser coming back answers what its seat is asked now, as a fresh page would: an answer
            // sent on the old connection may never have reached the server. A repeat is refused, not counted.
            back.tweak = tweak;
            back.socket.send(message("hello").put("token", token));
            back.socket.next("welcome");
            return back;
        }

        private void handle(JsonNode message) {
            String type = message.path("type").asText();
            if (type.equals("view")) {
                seat = message.path("seat").path("id").asText();
                JsonNode ask = message.path("ask");
                if (answering && ask.isObject() && message.path("status").asText().equals("running")) {
                    String ticket = ask.path("ticket").asText();
                    seenAt.putIfAbsent(ticket, System.nanoTime());
                    if (tried.add(ticket)) {
                        ObjectNode decide = message("decide").put("ticket", ticket);
                        JsonNode suggestion = ask.path("suggestion");
                        ObjectNode start = suggestion.isObject() ? (ObjectNode) suggestion.deepCopy()
                                : SocketClient.JSON.createObjectNode();
                        decide.set("decision", tweak.apply(start));
                        socket.send(decide);
                    }
                }
            } else if (type.equals("accepted")) {
                Long seen = seenAt.get(message.path("ticket").asText());
                if (seen != null) {
                    latencies.add(System.nanoTime() - seen);
                }
            }
        }
    }
}
