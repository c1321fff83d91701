package chipsim.runner.cli;

import chipsim.agents.PolicyRegistry;
import chipsim.runner.Logging;
import chipsim.runner.game.Analysis;
import chipsim.runner.game.GameDocument;
import chipsim.runner.game.Game;
import chipsim.runner.game.GameFiles;
import chipsim.runner.game.GivenProfile;
import chipsim.runner.game.Requests;
import chipsim.runner.game.GameOutputs;
import chipsim.runner.game.GameRuns;
import chipsim.runner.sweep.RunsFolder;
import chipsim.runner.sim.Simulation;
import chipsim.runner.game.GameReading;
import chipsim.runner.game.GameText;
import chipsim.runner.game.MarkdownRenderer;
import chipsim.runner.game.ProfileRunner;
import chipsim.runner.game.SimulatedGame;
import chipsim.runner.game.SimulatedDeviationSearch;
import chipsim.runner.game.SimulatedGamePlayer;
import chipsim.runner.game.SimulationProfileRunner;
import chipsim.runner.output.RunFolder;
import chipsim.runner.engine.Progress;
import chipsim.runner.scenario.ScenarioException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "game", sortOptions = false,
        description = {"Analyse a game: a matrix game written out, or a simulated game whose payoffs come from "
                + "running every strategy profile of a scenario. Writes equilibria.json, payoffs.csv, game.md and "
                + "report.html, datapackage.json, game.nfg (Gambit's format) and, for a simulated game, runs.csv. docs/games.md describes the file and outputs."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:analysed", "1:a run of a simulated game failed, or memory ran out; nothing written",
                "2:bad input (game file, its scenario, options, an output folder); nothing written"},
        footerHeading = "%nExamples:%n",
        footer = {"  chipsim game configs/games/chicken.yaml",
                "  chipsim game configs/games/export-control.yaml --parallel 2 --out games/export"})
public final class GameCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "GAME", description = "Game file (YAML or .json), e.g. configs/games/chicken.yaml.")
    Path file;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Folder to create (default: games/NAME-YYYYMMDD-HHMMSS). Must not exist or be an empty folder, unless --resume.")
    Path out;

    @Option(names = "--regret", paramLabel = "PROFILE",
            description = "Also report the exact regret of this profile: one strategy per player in player order, "
                    + "comma-separated (\"defect,cooperate\"), or mixtures (\"up:1/3+down:2/3,left\"). Repeatable.")
    List<String> regret = new ArrayList<>();

    @Option(names = "--replicator", paramLabel = "PROFILE",
            description = "Also run replicator dynamics from this profile (written as for --regret). Repeatable.")
    List<String> replicator = new ArrayList<>();

    /** Kept so that old scripts still run: every game, degenerate or not, is now analysed completely. */
    @Option(names = "--allow-degenerate", hidden = true)
    boolean allowDegenerate;

    @Option(names = "--sampling", paramLabel = "HOW", defaultValue = "all",
            description = "For a simulated game: all (default) plays every profile and analyses the whole game; "
                    + "deviations plays only a candidate and its unilateral deviations, moving to any deviation that "
                    + "gains with 95 percent confidence, adding replications until each gain is separated from zero, and "
                    + "writes game.md and search.csv with the profiles it ran.")
    String sampling;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
            description = "Actor dispatcher threads for a simulated game (default: ${DEFAULT-VALUE}); results do not depend on it.")
    int threads;

    @Option(names = "--parallel", paramLabel = "N", defaultValue = "4",
            description = "Runs in flight at once for a simulated game (default: ${DEFAULT-VALUE}); results do not depend on it.")
    int parallel;

    @Option(names = "--resume",
            description = "For a simulated game: continue the game in --out DIR (a start that was stopped or killed): "
                    + "the runs its runs.csv holds are not run again; the outputs are those of an uninterrupted game.")
    boolean resume;

    @Option(names = "--policy-jar", paramLabel = "JAR", description = "A jar with your own policies; repeatable.")
    List<Path> policyJars = new ArrayList<>();

    @Option(names = "--verbose", description = "Also print Akka's and chipsim's log lines to standard error.")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (threads < 1 || threads > 256 || parallel < 1 || parallel > 256) {
            err.println("chipsim game: --threads and --parallel must be from 1 to 256");
            return ExitCodes.BAD_INPUT;
        }
        if (!sampling.equals("all") && !sampling.equals("deviations")) {
            err.println("chipsim game: --sampling must be all or deviations, not '" + sampling + "'");
            return ExitCodes.BAD_INPUT;
        }
        GameFiles.GameFile game;
        PolicyRegistry registry;
        try {
            ScenarioOptions options = new ScenarioOptions();
            options.policyJars = policyJars;
            registry = options.registry();
            game = GameFiles.read(file, registry);
        } catch (ScenarioException e) {
            err.println("chipsim game: " + file + " cannot be analysed:");
            err.println(e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        try {
            Game shape = GameFiles.shape(game);
            regret.forEach(text -> GivenProfile.parse(shape, text));
            replicator.forEach(text -> GivenProfile.parse(shape, text));
        } catch (IllegalArgumentException e) {
            err.println("chipsim game: --regret/--replicator: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        if (resume && out == null) {
            err.println("chipsim game: --resume needs --out DIR, the folder of the game to continue");
            return ExitCodes.BAD_INPUT;
        }
        if (resume && (sampling.equals("deviations") || !(game instanceof GameFiles.SimulatedFile))) {
            err.println("chipsim game: --resume is for a simulated game played in full (--sampling all); a matrix game "
                    + "or a deviation search starts afresh");
            return ExitCodes.BAD_INPUT;
        }
        Path target = out != null ? out : RunFolder.timestamped("games", game.name());
        if (game instanceof GameFiles.SimulatedFile simulated && sampling.equals("all")) {
            try {
                return play(simulated.game(), registry, target);
            } finally {
                Logging.stop();
            }
        }
        RunFolder folder;
        try {
            folder = RunFolder.create(target);
        } catch (IllegalArgumentException e) {
            err.println("chipsim game: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        try (folder) {
            return analyse(game, registry, folder, target);
        } catch (IOException e) {
            throw folder.writeFailed(e);
        } finally {
            Logging.stop();
        }
    }

    private int analyse(GameFiles.GameFile game, PolicyRegistry registry, RunFolder folder, Path target)
            throws IOException {
        if (sampling.equals("deviations")) {
            if (!(game instanceof GameFiles.SimulatedFile simulated)) {
                folder.discard();
                spec.commandLine().getErr().println("chipsim game: --sampling deviations is for simulated games; a "
                        + "matrix game's payoffs are all in its file already");
                return ExitCodes.BAD_INPUT;
            }
            return search(simulated.game(), registry, folder, target);
        }
        Analysis analysis = Analysis.of(((GameFiles.MatrixFile) game).game());
        Requests requests = requests(analysis);
        GameOutputs.write(folder, analysis, null, requests);
        Logging.stop();
        folder.commit();
        report(analysis, requests, target);
        return ExitCodes.OK;
    }

    private Requests requests(Analysis analysis) {
        Game analysed = analysis.game();
        return new Requests(regret.stream().map(t -> GivenProfile.parse(analysed, t)).toList(),
                replicator.stream().map(t -> GivenProfile.parse(analysed, t)).toList());
    }

    private void report(Analysis analysis, Requests requests, Path target) {
        PrintWriter outText = spec.commandLine().getOut();
        Game analysed = analysis.game();
        summary(outText, analysis);
        for (GivenProfile given : requests.regret()) {
            outText.println("Regret of " + given.describe(analysed) + ": " + GameText.value(analysed, given.regret())
                    + (given.player() < 0 ? " (a Nash equilibrium)" : " (" + analysed.players().get(given.player())
                    + " gains it by switching to " + analysed.strategies(given.player()).get(given.strategy()) + ")"));
        }
        outText.println("wrote " + target);
    }

    /** A simulated game played in full, in a folder that keeps each run's row as it finishes (and so resumes). */
    private int play(SimulatedGame game, PolicyRegistry registry, Path target) throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        GameRuns runs = new GameRuns(game, chipsim.runner.Version.get());
        RunsFolder folder;
        List<chipsim.runner.sweep.RunSpec> missing;
        try {
            folder = RunsFolder.open(runs, "game", target, resume);
        } catch (RunsFolder.Refused e) {
            err.println("chipsim game: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        try (folder) {
            try {
                missing = folder.missing();
            } catch (RunsFolder.Refused e) {
                err.println("chipsim game: " + e.getMessage());
                return ExitCodes.BAD_INPUT;
            }
            Logging.configure(folder.file("game.log"), verbose);
            int total = game.profiles().size() * game.replications();
            spec.commandLine().getOut().printf("playing %s: %d profiles x %d replications = %d runs of %d quarters%s%n",
                    game.name(), game.profiles().size(), game.replications(), total, game.quarters(),
                    missing.size() < total ? " (" + (total - missing.size()) + " in runs.csv already)" : "");
            SimulatedGamePlayer.Played played;
            try (Progress bar = Progress.forConsole(err, "game", total, total - missing.size());
                    Simulation simulation = Simulation.start(threads, registry)) {
                RunsFolder.Ran ran = folder.run(missing, simulation, parallel, bar);
                played = SimulatedGamePlayer.fromRuns(game, runs.payoffs(ran.rows()));
            } catch (SimulatedGamePlayer.RunFailed e) {
                Logging.stop();
                err.println("chipsim game: " + e.getMessage());
                if (resume) {
                    err.println("its row is in " + folder.file(GameOutputs.RUNS) + "; no analysis was written");
                } else {
                    folder.discardIfFresh();
                    err.println("nothing was written to " + target);
                }
                return ExitCodes.RUN_FAILED;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                err.println("chipsim game: interrupted; continue with --resume --out " + target);
                return ExitCodes.RUN_FAILED;
            } catch (RunsFolder.Refused e) {
                err.println("chipsim game: " + e.getMessage());
                return ExitCodes.BAD_INPUT;
            }
            Analysis analysis = Analysis.of(played.game());
            Requests requests = requests(analysis);
            GameOutputs.write(folder::file, analysis, played, requests);
            Logging.stop();
            report(analysis, requests, target);
            return ExitCodes.OK;
        }
    }

    private int search(SimulatedGame game, PolicyRegistry registry, RunFolder folder, Path target) throws IOException {
        PrintWriter outText = spec.commandLine().getOut();
        Logging.configure(folder.file("game.log"), verbose);
        outText.printf("searching %s by deviations: %d profiles in all, %d replications to begin with%n", game.name(),
                game.profiles().size(), game.replications());
        SimulatedDeviationSearch.Searched searched;
        try {
            searched = SimulatedDeviationSearch.run(game, new SimulationProfileRunner(registry, threads, parallel),
                    (finished, total) -> { });
        } catch (SimulatedGamePlayer.RunFailed e) {
            Logging.stop();
            folder.discard();
            spec.commandLine().getErr().println("chipsim game: " + e.getMessage());
            spec.commandLine().getErr().println("nothing was written to " + target);
            return ExitCodes.RUN_FAILED;
        }
        SimulatedDeviationSearch.write(folder, searched);
        Logging.stop();
        folder.commit();
        var result = searched.result();
        var last = result.steps().get(result.steps().size() - 1);
        outText.printf("%s: %s after %d candidates; %d of %d profiles played, %d runs%n",
                searched.shape().describe(searched.shape().index(last.candidate())),
                last.verdict().name().toLowerCase(java.util.Locale.ROOT), result.steps().size(), result.played().size(),
                game.profiles().size(), result.runs());
        outText.println("wrote " + target);
        return ExitCodes.OK;
    }

    private static void summary(PrintWriter out, Analysis analysis) {
        out.println();
        out.println("Payoffs (" + String.join(", ", analysis.game().players()) + "; **bold** = best response):");
        out.print(MarkdownRenderer.render(GameDocument.payoffTables(analysis)));
        out.println("Equilibria:");
        analysis.equilibria().forEach(e -> out.println("  " + GameText.equilibrium(analysis.game(), e) + " -> "
                + GameText.payoffs(analysis.game(), e.payoffs())));
        out.println("  (" + chipsim.runner.game.EquilibriaSectionText.status(analysis) + ")");
        if (analysis.equilibria().isEmpty()) {
            out.println("  none found");
        }
        out.println();
        GameReading.paragraphs(analysis).forEach(p -> out.println(p + "\n"));
    }
}
