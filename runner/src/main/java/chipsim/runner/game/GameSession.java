package chipsim.runner.game;

import chipsim.agents.PolicyRegistry;
import chipsim.runner.engine.Progress;
import chipsim.runner.engine.RunEngine;
import chipsim.runner.output.FolderLock;
import chipsim.runner.output.OutputFolder;
import chipsim.runner.output.OutputProblems;
import chipsim.runner.sim.Simulation;
import chipsim.runner.sweep.RunSpec;
import chipsim.runner.sweep.RunsFile;
import chipsim.runner.sweep.RunsTable;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * One start (or resumption) of a simulated game in its folder, as a sweep's is: the folder is
 * locked against a second writer, runs.csv gets each run's row as it finishes (so a killed game
 * loses no finished run), a resume runs only the runs it lacks, and the payoffs are read back
 * from the complete file. The caller writes the other files into the same folder.
 */
public final class GameSession implements AutoCloseable {

    /** Why the folder cannot take this game; told to the user with exit status 2. */
    public static final class Refused extends Exception {
        public Refused(String message) {
            super(message);
        }
    }

    private final GameRuns runs;
    private final Path root;
    private final FolderLock lock;
    private final boolean fresh;
    private boolean closed;

    private GameSession(GameRuns runs, Path root, FolderLock lock, boolean fresh) {
        this.runs = runs;
        this.root = root;
        this.lock = lock;
        this.fresh = fresh;
    }

    /**
     * @param resume continue the game in {@code out}, which must hold its runs.csv; otherwise
     *               {@code out} must not exist or be empty
     */
    public static GameSession open(GameRuns runs, Path out, boolean resume) throws IOException, Refused {
        if (resume && !Files.isDirectory(out)) {
            throw new Refused(out + " holds no " + GameOutputs.RUNS + ", so it is not a game to resume; give the --out "
                    + "of the game to resume, or leave out --resume");
        }
        Path folder;
        try {
            folder = resume ? OutputFolder.checkResumable(out) : OutputFolder.checkNew(out);
            Files.createDirectories(folder);
        } catch (OutputFolder.Refused e) {
            throw new Refused(e.getMessage());
        } catch (IOException e) {
            throw new Refused("cannot create the game folder " + out + " (" + OutputProblems.reason(e)
                    + "); give an --out in a folder you can write");
        }
        FolderLock lock;
        try {
            lock = FolderLock.acquire(folder, "the game folder " + out);
        } catch (FolderLock.Held e) {
            throw new Refused(e.getMessage());
        }
        try {
            Path file = folder.resolve(GameOutputs.RUNS);
            if (resume) {
                if (!Files.isRegularFile(file)) {
                    throw new Refused(out + " holds no " + GameOutputs.RUNS + ", so it is not a game to resume; give "
                            + "the --out of the game to resume, or leave out --resume");
                }
            } else {
                if (!OutputFolder.isEmpty(folder, FolderLock.FILE)) {
                    throw new Refused(out + " already exists and is not empty; add --resume to continue the game in "
                            + "it, or give another --out");
                }
                RunsFile.create(file, runs.header()).close();
            }
            return new GameSession(runs, folder, lock, !resume);
        } catch (IOException | Refused | RuntimeException e) {
            lock.abandon();
            throw e;
        }
    }

    /** The runs runs.csv lacks, after checking its rows. */
    public List<RunSpec> missing() throws IOException, Refused {
        List<List<String>> rows = rows();
        List<String> problems = runs.problems(rows);
        if (!problems.isEmpty()) {
            StringBuilder text = new StringBuilder(file() + " is damaged, so the game cannot resume from it; nothing "
                    + "was run:\n");
            problems.stream().limit(10).forEach(p -> text.append("  ").append(p).append('\n'));
            if (problems.size() > 10) {
                text.append("  and ").append(problems.size() - 10).append(" more lines\n");
            }
            text.append("Delete those lines (the resume then runs them again), or start the game afresh with another "
                    + "--out");
            throw new Refused(text.toString());
        }
        return runs.missing(rows);
    }

    /**
     * Runs {@code missing} through the one engine, each row appended as it finishes; stops starting
     * runs after a failure.
     *
     * @return the game's payoffs from the complete runs.csv, sorted by profile and replication
     * @throws SimulatedGamePlayer.RunFailed naming the first run that failed (its row is in runs.csv)
     */
    public SimulatedGamePlayer.Played play(SimulatedGame spec, List<RunSpec> missing, PolicyRegistry registry,
            int threads, int parallel, Progress progress) throws IOException, InterruptedException,
            SimulatedGamePlayer.RunFailed, Refused {
        RunsTable table = runs.table();
        RunEngine.Outcome outcome;
        try (Simulation simulation = Simulation.start(threads, registry);
                RunsFile file = RunsFile.open(file(), runs.header())) {
            outcome = new RunEngine(simulation, parallel).run(missing, table::row, finished -> {
                try {
                    file.append(finished.prepared());
                } catch (IOException e) {
                    throw new FileSystemException(file().toString(), null, OutputProblems.reason(e));
                }
                progress.step(!finished.result().ok());
            }, true, progress::tick);
        }
        List<List<String>> rows = rows();
        if (outcome.failed() == 0) {
            RunsFile.sort(file(), 0, table.axisCount() + 1);
            rows = rows();
        }
        return SimulatedGamePlayer.fromRuns(spec, runs.payoffs(rows));
    }

    public Path root() {
        return root;
    }

    /** Where a file of the game folder goes. */
    public Path file(String name) {
        return root.resolve(name);
    }

    /** A game that failed in a folder this start made leaves nothing behind; a resumed one keeps its rows. */
    public void discardIfFresh() throws IOException {
        if (!fresh) {
            return;
        }
        closed = true;
        lock.abandon();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private Path file() {
        return root.resolve(GameOutputs.RUNS);
    }

    private List<List<String>> rows() throws IOException, Refused {
        try (RunsFile file = RunsFile.open(file(), runs.header())) {
            return file.rows();
        } catch (RunsFile.Unreadable e) {
            throw new Refused(file() + " cannot be read as this game's runs: " + e.getMessage()
                    + "; start the game afresh with another --out");
        }
    }

    /** Lets another chipsim write the folder. */
    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            lock.close();
        }
    }
}
