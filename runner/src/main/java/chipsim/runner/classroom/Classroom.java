package chipsim.runner.classroom;

import chipsim.agents.PolicyRegistry;
import chipsim.runner.output.RunFolder;
import chipsim.runner.output.RunWriter;
import chipsim.runner.report.ReportGenerator;
import chipsim.runner.scenario.Scenario;
import chipsim.runner.sim.RunResult;
import chipsim.runner.sim.Simulation;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A class in session: the web server, the seats and their clocks, and the run the seats play in.
 * Students join from their browsers with the room code; the teacher's page (its URL carries the
 * teacher's token after a {@code #}, which browsers never send to a server) runs the session. At
 * the end the class leaves a normal run folder. Kept on disk as it goes: started again with the
 * same settings after a crash, it resumes with the same seats and reaches the same run.
 */
public final class Classroom implements AutoCloseable {

    /**
     * The run's own deadline per decision, as long as the scenario allows: the seats' clocks run in
     * the session, which pauses and extends them and gives up for a seat when its clock ends.
     */
    static final long RUN_DECISION_TIMEOUT_MILLIS = 86_400_000L;

    private final Room session;
    private final ClassroomServer server;
    private final Simulation simulation;
    private final ScheduledExecutorService clocks;
    private final ClassroomSettings settings;
    private final CompletableFuture<Path> finished = new CompletableFuture<>();

    private Classroom(Room session, ClassroomServer server, Simulation simulation, ScheduledExecutorService clocks,
            ClassroomSettings settings) {
        this.session = session;
        this.server = server;
        this.simulation = simulation;
        this.clocks = clocks;
        this.settings = settings;
    }

    /** Opens the class (or resumes it from {@link ClassroomSettings#stateDir}) and starts its server. */
    public static Classroom open(Scenario scenario, PolicyRegistry registry, ClassroomSettings settings)
            throws Exception {
        return open(scenario, registry, settings, System::currentTimeMillis);
    }

    /** @param clock the seats' clocks read this (milliseconds); a test turns it by hand */
    static Classroom open(Scenario scenario, PolicyRegistry registry, ClassroomSettings settings,
            java.util.function.LongSupplier clock) throws Exception {
        Scenario classScenario = scenario.withDecisionTimeout(RUN_DECISION_TIMEOUT_MILLIS);
        Session session = new Session(classScenario, registry, settings, new SessionStore(settings.stateDir()),
                new Tokens(), clock);
        Simulation simulation = Simulation.start(2, registry);
        ClassroomServer server;
        try {
            server = ClassroomServer.start(session, settings.out().resolve(ReportGenerator.REPORT), settings.bind(),
                    settings.port());
        } catch (Exception e) {
            simulation.close();
            throw e;
        }
        ScheduledExecutorService clocks = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "chipsim-classroom-clock");
            thread.setDaemon(true);
            return thread;
        });
        Classroom classroom = new Classroom(session, server, simulation, clocks, settings);
        session.connect(inputs -> simulation.run(classScenario, inputs), classroom::finish);
        clocks.scheduleWithFixedDelay(classroom::tick, 250, 250, TimeUnit.MILLISECONDS);
        if (session.resumable()) {
            session.start();
        }
        return classroom;
    }

    /**
     * Opens rounds of a matrix game: students are seated in groups of the game's players and play
     * {@code rounds} rounds; the class leaves choices.csv and summary.json in its folder.
     */
    public static Classroom openMatrix(chipsim.runner.game.Game game, ClassroomSettings settings, int rounds, long seed)
            throws Exception {
        CompletableFuture<java.util.List<MatrixSession.Choice>> played = new CompletableFuture<>();
        MatrixSession session = new MatrixSession(game, settings, rounds, seed, new Tokens(), System::currentTimeMillis,
                played::complete);
        ClassroomServer server = ClassroomServer.start(session, settings.out().resolve("no-report"), settings.bind(),
                settings.port());
        ScheduledExecutorService clocks = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "chipsim-classroom-clock");
            thread.setDaemon(true);
            return thread;
        });
        Classroom classroom = new Classroom(session, server, null, clocks, settings);
        clocks.scheduleWithFixedDelay(classroom::tick, 250, 250, TimeUnit.MILLISECONDS);
        // Written off the session's lock, on the clock's thread.
        played.thenAcceptAsync(choices -> classroom.finishMatrix(session, choices), clocks);
        return classroom;
    }

    private void finishMatrix(MatrixSession session, java.util.List<MatrixSession.Choice> choices) {
        try {
            RunFolder folder = RunFolder.create(settings.out());
            try {
                MatrixRecord.write(folder, session.game(), choices);
                folder.commit();
            } catch (IOException | RuntimeException e) {
                folder.discard();
                throw e;
            }
            finished.complete(settings.out());
        } catch (IOException | RuntimeException e) {
            finished.completeExceptionally(e);
        }
    }

    private void tick() {
        try {
            session.tick();
        } catch (RuntimeException e) {
            // A clock that stopped would leave every seat waiting: keep it going, the error is logged.
            org.slf4j.LoggerFactory.getLogger(Classroom.class).error("classroom clock", e);
        }
    }

    /** Writes the run folder, as {@code chipsim run} does, with the class's own answers beside it. */
    private void finish(RunResult result) {
        if (!result.ok()) {
            finished.completeExceptionally(new IllegalStateException("the run failed: " + result.error()));
            return;
        }
        try {
            RunFolder folder = RunFolder.create(settings.out());
            try {
                RunWriter.write(folder, result);
                Path answers = settings.stateDir().resolve(SessionStore.ANSWERS);
                if (Files.exists(answers)) {
                    Files.copy(answers, folder.file(CLASS_ANSWERS));
                } else {
                    Files.writeString(folder.file(CLASS_ANSWERS), "", StandardCharsets.UTF_8);
                }
                ReportGenerator.writeRunReport(folder.file(ReportGenerator.REPORT).getParent());
                folder.commit();
            } catch (IOException | RuntimeException e) {
                folder.discard();
                throw e;
            }
            finished.complete(settings.out());
        } catch (IOException | RuntimeException e) {
            finished.completeExceptionally(e);
        }
    }

    /** Who answered each of the seats' questions (student names): written into the run folder. */
    public static final String CLASS_ANSWERS = "classroom-answers.jsonl";

    /** Completes with the run folder once the class has finished and the folder is written. */
    public CompletableFuture<Path> finished() {
        return finished;
    }

    public String roomCode() {
        return session.roomCode();
    }

    public int port() {
        return server.port();
    }

    /** The address students type: the bind address, or this machine's own when it listens on all. */
    public String baseUrl() {
        String host = server.host();
        if (host.equals("0.0.0.0") || host.equals("::") || host.equals("0:0:0:0:0:0:0:0")) {
            try {
                host = InetAddress.getLocalHost().getHostAddress();
            } catch (IOException e) {
                host = "this-computer";
            }
        }
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return "http://" + host + ":" + port();
    }

    public String joinUrl() {
        return baseUrl() + "/";
    }

    /** The teacher's page; the token follows the {@code #}, so it never travels to the server in a request line. */
    public String teacherUrl() {
        return baseUrl() + "/teacher#" + session.teacherToken();
    }

    String teacherToken() {
        return session.teacherToken();
    }

    Session session() {
        return (Session) session;
    }

    MatrixSession matrix() {
        return (MatrixSession) session;
    }

    @Override
    public void close() {
        clocks.shutdownNow();
        server.close();
        if (simulation != null) {
            simulation.close();
        }
    }
}
