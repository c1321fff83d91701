package chipsim.runner.classroom;

import static chipsim.runner.classroom.ClassFixture.command;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.runner.scenario.Scenario;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server stops in the middle of a class and starts again with the same settings: the seats
 * and the students' tokens are the same, the answers given so far are played back, the class goes
 * on from where it was, and the run folder it leaves is byte for byte the one an uninterrupted
 * class with the same answers leaves.
 */
class ResumeTest {

    private static final List<String> OUTPUTS = List.of("trace.jsonl", "quarters.csv", "flows.csv", "agents.csv",
            "decisions.jsonl", "scenario.resolved.yaml");

    @TempDir
    Path temp;

    /** Washington's students enforce harder than the policy would: so the run shows their answers were kept. */
    private static ClassFixture.Student join(Classroom classroom, String name) throws Exception {
        ClassFixture.Student student = ClassFixture.Student.join(classroom, name, new ConcurrentLinkedQueue<>());
        student.tweak = decision -> decision.has("enforcement") ? decision.put("enforcement", 0.9) : decision;
        return student;
    }

    @Test
    void aRestartMidSessionResumesWithTheSameSeatsAndGivesTheSameRun() throws Exception {
        Scenario scenario = ClassFixture.baseline(4);
        Set<String> open = Set.of("washington", "nvidia");

        Path uninterrupted = temp.resolve("straight");
        try (Classroom classroom = Classroom.open(scenario, ClassFixture.REGISTRY, ClassFixture.settings(uninterrupted, 600, open))) {
            SocketClient teacher = ClassFixture.teacher(classroom);
            join(classroom, "Ada");
            join(classroom, "Grace");
            command(teacher, "start");
            classroom.finished().get(10, TimeUnit.MINUTES);
        }

        Path interrupted = temp.resolve("restarted");
        ClassroomSettings settings = ClassFixture.settings(interrupted, 600, open);
        ClassFixture.Student ada;
        ClassFixture.Student grace;
        String adaSeat;
        try (Classroom first = Classroom.open(scenario, ClassFixture.REGISTRY, settings)) {
            SocketClient teacher = ClassFixture.teacher(first);
            ada = join(first, "Ada");
            grace = join(first, "Grace");
            command(teacher, "start");
            // Stop the server once the third quarter's questions have come.
            JsonNode view = ada.socket.next("view");
            while (!view.path("ask").path("quarter").asText().equals("2024Q3")) {
                view = ada.socket.next("view");
            }
            adaSeat = ada.seat;
        }
        assertTrue(Files.exists(settings.stateDir().resolve(SessionStore.ANSWERS)), "the answers were kept");
        try (Classroom second = Classroom.open(scenario, ClassFixture.REGISTRY, settings)) {
            assertEquals(Session.Status.PAUSED, second.session().status(), "a resumed class waits for the teacher");
            ClassFixture.Student adaBack = ada.reconnect(second);
            ClassFixture.Student graceBack = grace.reconnect(second);
            adaBack.socket.next("view");
            assertEquals(adaSeat, adaBack.seat, "the same seat after the restart");
            SocketClient teacher = ClassFixture.teacher(second);
            command(teacher, "resume");
            Path folder = second.finished().get(10, TimeUnit.MINUTES);
            assertEquals(interrupted, folder);
            assertTrue(graceBack.seat != null);
        }
        String decisions = Files.readString(interrupted.resolve("decisions.jsonl"));
        assertTrue(decisions.contains("\"enforcement\":0.9"), "the students' own decisions are in the run");
        assertTrue(!decisions.contains("fallback:"), "no decision was lost over the restart");
        for (String file : OUTPUTS) {
            assertEquals(Files.readString(uninterrupted.resolve(file)), Files.readString(interrupted.resolve(file)), file);
        }
    }
}
