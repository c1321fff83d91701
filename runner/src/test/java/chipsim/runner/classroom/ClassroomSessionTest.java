package chipsim.runner.classroom;

import static chipsim.runner.classroom.ClassFixture.command;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import chipsim.runner.output.TableWriters;
import chipsim.runner.output.TraceWriter;
import chipsim.runner.scenario.Scenario;
import chipsim.runner.sim.RunInputs;
import chipsim.runner.sim.RunResult;
import chipsim.runner.sim.Simulation;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole class over real sockets: 50 scripted students join a 16-quarter session of the baseline,
 * every opened seat decides through its students' answers, nobody's decision is lost, one student
 * who drops out and comes back gets the same seat, and the run the class leaves is the run the
 * policies would have made (the students answered with the forms' suggestions, which are the
 * policies' decisions), except that decisions.jsonl signs the seats' decisions "person".
 */
class ClassroomSessionTest {

    @TempDir
    Path temp;

    @Test
    void fiftyStudentsPlaySixteenQuartersWithoutALostDecision() throws Exception {
        Scenario baseline = ClassFixture.baseline(16);
        Path out = temp.resolve("class");
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        List<ClassFixture.Student> students = new ArrayList<>();
        Path folder;
        long usedHeap;
        try (Classroom classroom = Classroom.open(baseline, ClassFixture.REGISTRY,
                ClassFixture.settings(out, 120, Set.of()))) {
            SocketClient teacher = ClassFixture.teacher(classroom);
            for (int i = 0; i < 50; i++) {
                students.add(ClassFixture.Student.join(classroom, "Student " + (i + 1), latencies));
            }
            JsonNode lobby = classroom.session().teacherView();
            Map<String, Integer> perSeat = new TreeMap<>();
            for (JsonNode seat : lobby.path("seats")) {
                perSeat.put(seat.path("id").asText(), seat.path("students").size());
            }
            assertEquals(baseline.agents().size(), perSeat.size(), "one seat per agent of the baseline");
            assertEquals(50, perSeat.values().stream().mapToInt(Integer::intValue).sum());
            int fewest = perSeat.values().stream().mapToInt(Integer::intValue).min().orElseThrow();
            int most = perSeat.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
            assertTrue(most - fewest <= 1, "each joins the seat with the fewest students: " + perSeat);

            command(teacher, "start");
            // One student's browser drops after the first answers and comes back with its token.
            ClassFixture.Student leaving = students.get(6);
            String seatBefore = awaitSeat(leaving);
            while (leaving.tried.isEmpty()) {
                leaving.socket.next("view");
            }
            leaving.socket.abort();
            ClassFixture.Student back = leaving.reconnect(classroom);
            // Read the seat from the view itself: the student's own field is set on another thread.
            assertEquals(seatBefore, back.socket.next("view").path("seat").path("id").asText(),
                    "the same seat after coming back");
            students.set(6, back);

            folder = classroom.finished().get(10, TimeUnit.MINUTES);
            System.gc();
            usedHeap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
            JsonNode debrief = back.socket.next("view");
            while (!debrief.has("debrief")) {
                debrief = back.socket.next("view");
            }
            assertEquals(baseline.agents().size(), debrief.path("debrief").path("payoffs").size(), "the debrief shows every role's payoff");
        }
        List<String> lines = Files.readAllLines(folder.resolve("decisions.jsonl"));
        long byPeople = lines.stream().filter(l -> l.contains("\"decidedBy\":\"person\"")).count();
        int perQuarter = baseline.agents().stream()
                .mapToInt(a -> chipsim.agents.Roles.role(a.role()).decisionPoints().size()).sum();
        assertEquals(16 * perQuarter, lines.size(), "every agent's every decision, every quarter");
        assertEquals(lines.size(), byPeople, "no decision fell to a fallback: " + lines.stream()
                .filter(l -> !l.contains("\"decidedBy\":\"person\"")).findFirst().orElse(""));
        // Every decision is a person's (above); latencies are timed by the student who hears "accepted", and
        // the student who drops out may hear its last one on the connection it dropped.
        assertTrue(latencies.size() >= 16 * perQuarter - 1 && latencies.size() <= 16 * perQuarter,
                "each decision was accepted once, by one student of its seat: " + latencies.size());

        try (Simulation simulation = Simulation.start(2, ClassFixture.REGISTRY)) {
            RunResult policies = simulation.runToEnd(baseline, RunInputs.LOGGED);
            StringWriter trace = new StringWriter();
            TraceWriter.write(trace, policies.quarters());
            assertEquals(trace.toString(), Files.readString(folder.resolve("trace.jsonl")),
                    "the class's trace is the policies' trace");
            StringWriter quarters = new StringWriter();
            TableWriters.quarters(quarters, policies.quarters());
            assertEquals(quarters.toString(), Files.readString(folder.resolve("quarters.csv")));
        }
        assertTrue(Files.isRegularFile(folder.resolve("report.html")));
        List<Long> sorted = latencies.stream().sorted().toList();
        System.out.printf("classroom: 50 students, %d decisions; latency from question to accepted answer: "
                + "median %.1f ms, 95th percentile %.1f ms, max %.1f ms; heap in use after the class %d MB%n",
                sorted.size(), sorted.get(sorted.size() / 2) / 1e6, sorted.get(sorted.size() * 95 / 100) / 1e6,
                sorted.get(sorted.size() - 1) / 1e6, usedHeap / (1024 * 1024));
    }

    private static void awaitQuestion(ClassFixture.Student student, String quarter) throws InterruptedException {
        JsonNode view = student.socket.next("view");
        while (!view.path("ask").path("quarter").asText().equals(quarter)) {
            view = student.socket.next("view");
        }
    }

    private static String awaitSeat(ClassFixture.Student student) throws InterruptedException {
        String seat = student.socket.next("view").path("seat").path("id").asText("");
        while (seat.isEmpty()) {
            seat = student.socket.next("view").path("seat").path("id").asText("");
        }
        return seat;
    }

    @Test
    void aStudentWhoNeverDecidesIsCoveredByTheFallbackAndTheTeacherCanAdvance() throws Exception {
        Scenario short2 = ClassFixture.baseline(2);
        Path out = temp.resolve("silent");
        // The seats' clocks read this, so the test decides when a clock runs out.
        java.util.concurrent.atomic.AtomicLong now = new java.util.concurrent.atomic.AtomicLong(1_000_000);
        try (Classroom classroom = Classroom.open(short2, ClassFixture.REGISTRY,
                ClassFixture.settings(out, 60, Set.of("washington", "beijing")), now::get)) {
            SocketClient teacher = ClassFixture.teacher(classroom);
            ClassFixture.Student silent = ClassFixture.Student.join(classroom, "Silent", new ConcurrentLinkedQueue<>());
            silent.answering = false;
            ClassFixture.Student quiet = ClassFixture.Student.join(classroom, "Quiet", new ConcurrentLinkedQueue<>());
            quiet.answering = false;
            command(teacher, "start");
            // The first quarter: both seats wait until the teacher advances.
            awaitQuestion(silent, "2024Q1");
            awaitQuestion(quiet, "2024Q1");
            command(teacher, "advance");
            // The second quarter: both seats' clocks run out.
            awaitQuestion(silent, "2024Q2");
            awaitQuestion(quiet, "2024Q2");
            now.addAndGet(61_000);
            Path folder = classroom.finished().get(10, TimeUnit.MINUTES);
            List<String> lines = Files.readAllLines(folder.resolve("decisions.jsonl"));
            List<String> seats = lines.stream().filter(l -> l.contains("\"agent\":\"washington\"")
                    || l.contains("\"agent\":\"beijing\"")).toList();
            assertEquals(4, seats.size());
            for (String line : seats) {
                assertTrue(line.contains("\"decidedBy\":\"fallback:"), line);
                assertTrue(line.contains("person's decision was refused: "), line);
            }
            assertEquals(2, seats.stream().filter(l -> l.contains("\"quarter\":\"2024Q1\"")
                    && l.contains("the teacher advanced")).count(), "the advance is logged");
            assertEquals(2, seats.stream().filter(l -> l.contains("\"quarter\":\"2024Q2\"")
                    && l.contains("no decision within the seat's clock")).count(), "the seats' clocks are logged");
            JsonNode table = classroom.session().teacherView();
            int fallbacks = 0;
            for (JsonNode seat : table.path("seats")) {
                fallbacks += seat.path("fallbacks").asInt();
            }
            assertEquals(4, fallbacks, "the teacher's table shows the fallbacks");

            // The class replays exactly, like any run: its resolved scenario and its decisions.
            Path replayed = temp.resolve("replayed");
            chipsim.runner.Cli.Result replay = chipsim.runner.Cli.run("run", folder.resolve("scenario.resolved.yaml").toString(),
                    "--replay", folder.resolve("decisions.jsonl").toString(), "--out", replayed.toString());
            assertEquals(0, replay.status(), replay::toString);
            for (String file : List.of("trace.jsonl", "quarters.csv", "flows.csv", "agents.csv", "decisions.jsonl")) {
                assertEquals(Files.readString(folder.resolve(file)), Files.readString(replayed.resolve(file)), file);
            }
        }
    }
}
