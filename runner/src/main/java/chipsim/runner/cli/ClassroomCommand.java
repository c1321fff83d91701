package chipsim.runner.cli;

import chipsim.agents.PolicyRegistry;
import chipsim.runner.Logging;
import chipsim.runner.classroom.Classroom;
import chipsim.runner.classroom.ClassroomSettings;
import chipsim.runner.classroom.Roster;
import chipsim.runner.output.RunFolder;
import chipsim.runner.scenario.Scenario;
import chipsim.runner.scenario.ScenarioException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "classroom", sortOptions = false,
        description = {"Run a class: students join from their browsers with a room code and take the roles the "
                + "teacher opens; the other roles play their policies. Prints the teacher's URL (with its secret "
                + "token) and the room code. At the end the class leaves a normal run folder. The class is kept in "
                + "DIR.class as it runs: the same command with the same --out after a restart resumes it.",
                "Given a matrix game (configs/games/, kind: matrix) instead of a scenario, students play --rounds "
                + "rounds of it in groups, one student per player. docs/classroom.md is the teacher's guide."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:the class finished (or was stopped with Ctrl-C; start it again to resume)",
                "1:the run failed", "2:bad input (scenario, roster, options)"})
public final class ClassroomCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioOptions scenarioOptions;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 for any free port).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this computer only); 0.0.0.0 lets the "
                    + "classroom's network in.")
    String bind;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Run folder the class leaves (default: runs/classroom-NAME-YYYYMMDD-HHMMSS).")
    Path out;

    @Option(names = "--seconds", paramLabel = "N", defaultValue = "90",
            description = "Each seat's clock per decision, in seconds (default: ${DEFAULT-VALUE}); the teacher can "
                    + "pause, extend and advance it.")
    int seconds;

    @Option(names = "--open", paramLabel = "AGENT", split = ",",
            description = "Agents students play (default: every agent); the teacher can change them before the start.")
    List<String> open = new ArrayList<>();

    @Option(names = "--roster", paramLabel = "FILE",
            description = "CSV of name,agent lines: a student joining with that name gets that seat.")
    Path roster;

    @Option(names = "--quarters", paramLabel = "N", description = "Play only the first N quarters.")
    Integer quarters;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "5",
            description = "Rounds of a matrix game (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42",
            description = "Seed of a matrix game's bots (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--max-students", paramLabel = "N", defaultValue = "200",
            description = "Joins beyond this many are refused (default: ${DEFAULT-VALUE}).")
    int maxStudents;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter text = spec.commandLine().getOut();
        Scenario scenario;
        Map<String, String> seats;
        try {
            PolicyRegistry registry = scenarioOptions.registry();
            if (seconds < 5 || seconds > 3600) {
                err.println("chipsim classroom: --seconds must be from 5 to 3600, not " + seconds);
                return ExitCodes.BAD_INPUT;
            }
            if (isGame(scenarioOptions.scenario)) {
                return serveGame(registry, text, err);
            }
            scenario = ScenarioAdjustments.apply(scenarioOptions.load(registry), null, quarters);
            if (port < 0 || port > 65535) {
                err.println("chipsim classroom: --port must be from 0 to 65535, not " + port);
                return ExitCodes.BAD_INPUT;
            }
            Set<String> agents = new LinkedHashSet<>();
            scenario.agents().forEach(a -> agents.add(a.id()));
            for (String id : open) {
                if (!agents.contains(id)) {
                    err.println("chipsim classroom: --open " + id + ": no such agent in " + scenarioOptions.sourceName()
                            + "; agents are " + agents);
                    return ExitCodes.BAD_INPUT;
                }
            }
            seats = roster == null ? Map.of() : Roster.read(roster, agents);
            Path target = out != null ? out : RunFolder.timestamped("runs", "classroom-" + scenario.name());
            ClassroomSettings settings = new ClassroomSettings(target, ClassroomSettings.stateDirFor(target), bind,
                    port, seconds, Set.copyOf(open), seats, maxStudents);
            Logging.configure(null, false);
            return serve(scenario, registry, settings, text, err);
        } catch (ScenarioException e) {
            err.println("chipsim classroom: " + scenarioOptions.sourceName() + " cannot run:");
            err.println(e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (Roster.RosterException | IllegalArgumentException e) {
            err.println("chipsim classroom: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
    }

    /** A game file says {@code kind:} at its top level; a scenario never does. */
    private static boolean isGame(Path file) throws java.io.IOException {
        if (file == null || !java.nio.file.Files.isRegularFile(file)) {
            return false;
        }
        return java.nio.file.Files.readAllLines(file).stream().anyMatch(line -> line.matches("kind:\\s*\\S+.*"));
    }

    private int serveGame(PolicyRegistry registry, PrintWriter text, PrintWriter err) throws Exception {
        chipsim.runner.game.GameFiles.GameFile file = chipsim.runner.game.GameFiles.read(scenarioOptions.scenario,
                registry);
        if (!(file instanceof chipsim.runner.game.GameFiles.MatrixFile matrix)) {
            err.println("chipsim classroom: " + scenarioOptions.scenario + " is a simulated game; a class plays its "
                    + "scenario's roles instead: chipsim classroom SCENARIO");
            return ExitCodes.BAD_INPUT;
        }
        if (rounds < 1 || rounds > 100) {
            err.println("chipsim classroom: --rounds must be from 1 to 100, not " + rounds);
            return ExitCodes.BAD_INPUT;
        }
        Path target = out != null ? out : RunFolder.timestamped("runs", "classroom-" + matrix.game().name());
        ClassroomSettings settings = new ClassroomSettings(target, ClassroomSettings.stateDirFor(target), bind, port,
                seconds, Set.of(), Map.of(), maxStudents);
        Classroom classroom;
        try {
            classroom = Classroom.openMatrix(matrix.game(), settings, rounds, seed);
        } catch (java.io.IOException | RuntimeException e) {
            err.println("chipsim classroom: cannot start the server on " + bind + ":" + port + ": " + e.getMessage()
                    + " (is the port in use? try --port 0)");
            return ExitCodes.BAD_INPUT;
        }
        text.println("chipsim classroom: " + matrix.game().name() + ", " + rounds + " rounds");
        return await(classroom, target, text, err);
    }

    private int serve(Scenario scenario, PolicyRegistry registry, ClassroomSettings settings, PrintWriter text,
            PrintWriter err) throws Exception {
        Classroom classroom;
        try {
            classroom = Classroom.open(scenario, registry, settings);
        } catch (java.io.IOException | RuntimeException e) {
            err.println("chipsim classroom: cannot start the server on " + settings.bind() + ":" + settings.port()
                    + ": " + e.getMessage() + " (is the port in use? try --port 0)");
            return ExitCodes.BAD_INPUT;
        }
        text.println("chipsim classroom: " + scenario.name() + ", " + scenario.quarters() + " quarters");
        text.println("  the class is kept in " + settings.stateDir() + "; after a restart, the same command with --out "
                + settings.out() + " resumes it");
        return await(classroom, settings.out(), text, err);
    }

    private int await(Classroom classroom, Path target, PrintWriter text, PrintWriter err) throws Exception {
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            classroom.close();
            stopped.countDown();
        }, "chipsim-classroom-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        text.println("  students open  " + classroom.joinUrl() + "  and type the room code  " + classroom.roomCode());
        text.println("  the teacher's page (keep it to yourself):  " + classroom.teacherUrl());
        text.flush();
        try {
            Path folder = classroom.finished().get();
            text.println("the class finished: wrote " + folder + "; the debrief stays up until you press Ctrl-C");
            text.flush();
        } catch (java.util.concurrent.ExecutionException e) {
            err.println("chipsim classroom: " + e.getCause().getMessage());
            err.flush();
            Runtime.getRuntime().removeShutdownHook(hook);
            classroom.close();
            return ExitCodes.RUN_FAILED;
        }
        stopped.await();
        return ExitCodes.OK;
    }
}
