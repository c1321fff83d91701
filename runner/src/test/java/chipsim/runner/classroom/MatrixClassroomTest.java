package chipsim.runner.classroom;

import static chipsim.runner.classroom.ClassFixture.command;
import static chipsim.runner.classroom.ClassFixture.message;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.runner.Cli;
import chipsim.runner.game.GameFiles;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Five students play three rounds of the Prisoner's Dilemma in pairs (the odd one out with a bot):
 * every choice is recorded with who made it, a student who never chooses is covered by the
 * equilibrium, a strategy the game does not have is refused, and the class's shares of each
 * strategy are set beside the game's equilibrium.
 */
class MatrixClassroomTest {

    @TempDir
    Path temp;

    @Test
    void pairsPlayRoundsOfAMatrixGameAgainstTheEquilibrium() throws Exception {
        var game = ((GameFiles.MatrixFile) GameFiles.read(Path.of(Cli.config("games/prisoners-dilemma.yaml")),
                ClassFixture.REGISTRY)).game();
        Path out = temp.resolve("pd");
        try (Classroom classroom = Classroom.openMatrix(game, ClassFixture.settings(out, 600, Set.of()), 3, 42)) {
            SocketClient teacher = ClassFixture.teacher(classroom);
            List<ClassFixture.Student> students = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                ClassFixture.Student student = ClassFixture.Student.join(classroom, "Player " + (i + 1),
                        new ConcurrentLinkedQueue<>());
                String strategy = i % 2 == 0 ? "defect" : "cooperate";
                student.tweak = d -> d.put("strategy", strategy);
                students.add(student);
            }
            ClassFixture.Student silent = students.get(3);
            silent.answering = false;
            ClassFixture.Student liar = students.get(4);
            liar.answering = false;
            command(teacher, "start");
            JsonNode view = liar.socket.next("view");
            while (!view.path("ask").isObject()) {
                view = liar.socket.next("view");
            }
            String ticket = view.path("ask").path("ticket").asText();
            liar.socket.send(message("decide").put("ticket", ticket).set("decision",
                    SocketClient.JSON.createObjectNode().put("strategy", "confess")));
            assertEquals("not accepted: strategy: 'confess' is not one of [cooperate, defect]",
                    liar.socket.next("refused").path("reason").asText());
            liar.answering = true;
            liar.tried.clear();
            liar.socket.send(message("decide").put("ticket", ticket).set("decision",
                    SocketClient.JSON.createObjectNode().put("strategy", "defect")));
            liar.tried.add(ticket);
            // The silent student holds each round open until the teacher advances.
            for (int round = 1; round <= 3; round++) {
                awaitAllButSilent(teacher, round);
                command(teacher, "advance");
            }
            Path folder = classroom.finished().get(5, TimeUnit.MINUTES);
            List<String> rows = Files.readAllLines(folder.resolve(MatrixRecord.CHOICES));
            assertEquals("round,group,player,student,strategy,payoff,decided_by", rows.get(0));
            assertEquals(1 + 3 * 3 * 2, rows.size(), "three rounds of three pairs");
            assertTrue(rows.contains("1,1,row,Player 1,defect,5.0,person"), String.join("\n", rows));
            assertTrue(rows.contains("1,1,col,Player 2,cooperate,0.0,person"), String.join("\n", rows));
            assertEquals(3, rows.stream().filter(r -> r.contains(",Player 4,") && r.endsWith(",fallback:equilibrium-mix"))
                    .count(), "the silent student's choices fell to the equilibrium");
            assertEquals(3, rows.stream().filter(r -> r.endsWith(",bot:equilibrium-mix")).count(), "the bot's seat");
            assertTrue(rows.stream().anyMatch(r -> r.startsWith("1,3,row,Player 5,defect,") && r.endsWith(",person")),
                    "the corrected choice counts: " + String.join("\n", rows));
            JsonNode summary = SocketClient.JSON.readTree(folder.resolve(MatrixRecord.SUMMARY).toFile());
            JsonNode row = summary.path("players").get(0);
            assertEquals(1.0, row.path("equilibria").get(0).path("defect").asDouble(), "defect is the equilibrium");
            assertEquals(1.0, row.path("chosenShare").path("defect").asDouble(), "every row player defected");
            JsonNode col = summary.path("players").get(1);
            // Player 2 cooperated 3 times; Player 4's fallback and the bot played the equilibrium: defect.
            assertEquals(3.0 / 9, col.path("chosenShare").path("cooperate").asDouble(), 1e-9);
        }
    }

    /** Reads the teacher's table until every seat but the silent one has chosen in this round. */
    private static void awaitAllButSilent(SocketClient teacher, int round) throws InterruptedException {
        while (true) {
            JsonNode view = teacher.next("teacher-view");
            long waiting = 0;
            for (JsonNode seat : view.path("seats")) {
                if (seat.path("waiting").asBoolean()) {
                    waiting++;
                }
            }
            if (view.path("quarter").asText().equals("Round " + round + " of 3") && waiting == 1) {
                return;
            }
        }
    }
}
