package chipsim.runner.classroom;

import static chipsim.runner.classroom.ClassFixture.command;
import static chipsim.runner.classroom.ClassFixture.message;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The teacher's controls over real sockets: open and close roles before the start, pause (the
 * clock stops and answers wait), extend, re-seat and remove a student, give a seat to a bot.
 */
class TeacherControlsTest {

    @TempDir
    Path temp;

    private static JsonNode view(SocketClient teacher, java.util.function.Predicate<JsonNode> until)
            throws InterruptedException {
        while (true) {
            JsonNode view = teacher.next("teacher-view");
            if (until.test(view)) {
                return view;
            }
        }
    }

    private static JsonNode seat(JsonNode view, String id) {
        for (JsonNode seat : view.path("seats")) {
            if (seat.path("id").asText().equals(id)) {
                return seat;
            }
        }
        throw new AssertionError("no seat " + id);
    }

    private static JsonNode nextAsk(ClassFixture.Student student) throws InterruptedException {
        while (true) {
            JsonNode view = student.socket.next("view");
            if (view.path("ask").isObject()) {
                return view;
            }
        }
    }

    @Test
    void theTeacherPausesExtendsReseatsRemovesAndFillsASeatWithABot() throws Exception {
        try (Classroom classroom = Classroom.open(ClassFixture.baseline(1), ClassFixture.REGISTRY,
                ClassFixture.settings(temp.resolve("class"), 600, Set.of("washington", "beijing", "huawei")))) {
            SocketClient teacher = ClassFixture.teacher(classroom);
            command(teacher, "close");
            assertEquals("no seat 'null'", teacher.next("refused").path("reason").asText());
            teacher.send(message("command").put("action", "close").put("seat", "huawei"));
            view(teacher, v -> !seat(v, "huawei").path("open").asBoolean());
            ClassFixture.Student ada = ClassFixture.Student.join(classroom, "Ada", new ConcurrentLinkedQueue<>());
            ClassFixture.Student bob = ClassFixture.Student.join(classroom, "Bob", new ConcurrentLinkedQueue<>());
            ClassFixture.Student eve = ClassFixture.Student.join(classroom, "Eve", new ConcurrentLinkedQueue<>());
            for (ClassFixture.Student s : List.of(ada, bob, eve)) {
                s.answering = false;
            }
            JsonNode lobby = classroom.session().teacherView();
            assertEquals(3, seat(lobby, "washington").path("students").size() + seat(lobby, "beijing").path("students").size(),
                    "three students over the two open seats");
            assertEquals(0, seat(lobby, "huawei").path("students").size(), "nobody joins a closed seat");
            String eveId = null;
            for (JsonNode seat : lobby.path("seats")) {
                for (JsonNode s : seat.path("students")) {
                    if (s.path("name").asText().equals("Eve")) {
                        eveId = s.path("id").asText();
                    }
                }
            }
            teacher.send(message("command").put("action", "move").put("student", eveId).put("seat", "washington"));
            JsonNode moved = view(teacher, v -> seat(v, "washington").path("students").toString().contains("Eve"));
            assertTrue(!seat(moved, "beijing").path("students").toString().contains("Eve"));

            command(teacher, "start");
            JsonNode asked = nextAsk(eve);
            assertEquals("washington", asked.path("seat").path("id").asText());
            String ticket = asked.path("ask").path("ticket").asText();
            command(teacher, "pause");
            view(teacher, v -> v.path("status").asText().equals("paused"));
            ObjectNode decide = message("decide").put("ticket", ticket);
            decide.set("decision", asked.path("ask").path("suggestion"));
            eve.socket.send(decide);
            assertEquals("the teacher has paused the class; answer when it goes on", eve.socket.next("refused")
                    .path("reason").asText());
            long before = seat(classroom.session().teacherView(), "washington").path("millisLeft").asLong();
            teacher.send(message("command").put("action", "extend").put("seconds", 120));
            JsonNode extended = view(teacher, v -> seat(v, "washington").path("millisLeft").asLong() >= before + 120_000);
            assertTrue(seat(extended, "washington").path("waiting").asBoolean());
            command(teacher, "resume");
            view(teacher, v -> v.path("status").asText().equals("running"));

            // Eve is removed: her socket is closed with the reason, and her token opens nothing any more.
            teacher.send(message("command").put("action", "kick").put("student", eveId));
            assertEquals("the teacher removed you from the class", eve.socket.next("closed").path("reason").asText());
            SocketClient again = SocketClient.connect(ClassFixture.HTTP, classroom.port());
            again.send(message("hello").put("token", eve.token));
            assertTrue(again.next("refused").path("reason").asText().startsWith("this browser's seat is not known here"));

            // Washington's seat goes to a bot: its open question is answered by the policy at once.
            teacher.send(message("command").put("action", "bot").put("seat", "washington"));
            command(teacher, "advance");
            Path folder = classroom.finished().get(5, TimeUnit.MINUTES);
            List<String> lines = Files.readAllLines(folder.resolve("decisions.jsonl"));
            String washington = lines.stream().filter(l -> l.contains("\"agent\":\"washington\"")).findFirst().orElseThrow();
            assertTrue(washington.contains("a bot plays this seat"), washington);
            assertTrue(lines.stream().filter(l -> l.contains("\"agent\":\"huawei\""))
                    .allMatch(l -> l.contains("\"decidedBy\":\"policy:")), "a closed seat plays its policy");
        }
    }
}
