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
 * What a browser can send wrong, on purpose or not: each gets a refusal that says why, and neither
 * the server nor another student's session suffers. Nobody answers for a seat that is not theirs,
 * and the teacher's controls need the teacher's token.
 */
class BadInputTest {

    @TempDir
    Path temp;

    private static String refusal(SocketClient socket) throws InterruptedException {
        return socket.next("refused").path("reason").asText();
    }

    private static ObjectNode decide(String ticket, JsonNode decision) {
        ObjectNode message = message("decide").put("ticket", ticket);
        message.set("decision", decision);
        return message;
    }

    @Test
    void everyBadMessageIsRefusedWithItsReasonAndTheClassGoesOn() throws Exception {
        try (Classroom classroom = Classroom.open(ClassFixture.baseline(1), ClassFixture.REGISTRY,
                ClassFixture.settings(temp.resolve("class"), 600, Set.of("washington")))) {
            SocketClient stranger = SocketClient.connect(ClassFixture.HTTP, classroom.port());
            stranger.send(message("join").put("room", "ZZZZZZ").put("name", "Eve"));
            assertTrue(refusal(stranger).startsWith("no class has the room code 'ZZZZZZ'"));
            stranger.send(message("decide").put("ticket", "0"));
            assertEquals("join the class first", refusal(stranger));
            stranger.send("this is not JSON");
            assertTrue(refusal(stranger).startsWith("a message is one JSON object"));
            stranger.send("[1, 2]");
            assertEquals("a message is a JSON object with a \"type\"", refusal(stranger));
            stranger.send(message("command").put("action", "start"));
            assertEquals("only the teacher can do that", refusal(stranger));
            stranger.send(message("teacher").put("token", "0".repeat(32)));
            assertEquals("this is not the teacher's token", refusal(stranger));
            stranger.send(message("hello").put("token", "f".repeat(32)));
            assertTrue(refusal(stranger).startsWith("this browser's seat is not known here"));
            stranger.send(message("join").put("room", classroom.roomCode()).put("name", "<script>"));
            assertTrue(refusal(stranger).startsWith("a name is 1 to 40 letters"));

            ClassFixture.Student ada = ClassFixture.Student.join(classroom, "Ada", new ConcurrentLinkedQueue<>());
            ada.answering = false;
            ClassFixture.Student bob = ClassFixture.Student.join(classroom, "Bob", new ConcurrentLinkedQueue<>());
            bob.answering = false;
            SocketClient teacher = ClassFixture.teacher(classroom);
            command(teacher, "start");
            JsonNode ask = nextAsk(ada.socket);
            String ticket = ask.path("ticket").asText();
            ObjectNode good = (ObjectNode) ask.path("suggestion").deepCopy();

            ObjectNode missing = good.deepCopy();
            missing.remove("revenueShare");
            ada.socket.send(decide(ticket, missing));
            String why = refusal(ada.socket);
            assertTrue(why.contains("revenueShare"), why);
            ObjectNode text = good.deepCopy().put("revenueShare", "0.1");
            ada.socket.send(decide(ticket, text));
            why = refusal(ada.socket);
            assertTrue(why.startsWith("the decision cannot be read at revenueShare"), why);
            ObjectNode unknown = good.deepCopy().put("bribe", 1);
            ada.socket.send(decide(ticket, unknown));
            why = refusal(ada.socket);
            assertTrue(why.contains("bribe"), why);
            ObjectNode outOfRange = good.deepCopy().put("revenueShare", 2.0);
            ada.socket.send(decide(ticket, outOfRange));
            assertEquals("not accepted: revenueShare: 2 is outside 0..1", refusal(ada.socket));
            ada.socket.send(decide("a".repeat(32), good));
            assertEquals("this answers no open question of your seat (an old or forged ticket)", refusal(ada.socket));
            ada.socket.send(decide(ticket, null).put("decision", "yes"));
            assertTrue(refusal(ada.socket).startsWith("the decision is missing"));
            ada.socket.send(message("ping").put("padding", "x".repeat(100_000)));
            assertTrue(refusal(ada.socket).contains("at most 65536 characters"));
            ada.socket.send(message("ping").put("padding", "x".repeat(4_000_000)));
            assertTrue(refusal(ada.socket).contains("at most 65536 characters"));
            ada.socket.send(message("ping"));
            ada.socket.next("pong");

            bob.socket.send(decide(ticket, good));
            assertEquals(ticket, bob.socket.next("accepted").path("ticket").asText());
            ada.socket.send(decide(ticket, good));
            assertEquals("this question is closed: already answered by Bob", refusal(ada.socket));

            for (int i = 0; i < 100; i++) {
                ada.socket.send(message("ping"));
            }
            assertTrue(refusal(ada.socket).startsWith("too many messages: at most 20 a second"));
            bob.socket.send(message("ping"));
            bob.socket.next("pong");

            Path folder = classroom.finished().get(10, TimeUnit.MINUTES);
            List<String> lines = Files.readAllLines(folder.resolve("decisions.jsonl"));
            String washington = lines.stream().filter(l -> l.contains("\"agent\":\"washington\"")).findFirst()
                    .orElseThrow();
            assertTrue(washington.contains("\"decidedBy\":\"person\""), washington);
            String answers = Files.readString(folder.resolve(Classroom.CLASS_ANSWERS));
            assertTrue(answers.contains("\"by\":\"Bob\""), answers);
            assertTrue(!answers.contains(ada.token) && !answers.contains(bob.token), "no token in the run folder");
        }
    }

    private static JsonNode nextAsk(SocketClient socket) throws InterruptedException {
        while (true) {
            JsonNode view = socket.next("view");
            if (view.path("ask").isObject() && view.path("status").asText().equals("running")) {
                return view.path("ask");
            }
        }
    }
}
