package chipsim.runner.sweep;

import chipsim.runner.engine.Progress;
import chipsim.runner.engine.RunEngine;
import chipsim.runner.output.FolderLock;
import chipsim.runner.output.OutputFolder;
import chipsim.runner.output.OutputProblems;
import chipsim.runner.sim.Simulation;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The folder of a many-run command that is not a sweep file (a simulated game, a paired
 * comparison), kept as a sweep's is: the folder is locked against a second writer, runs.csv gets
 * each run's row (the sweep's row format) as it finishes, so a killed command loses no finished
 * run, and a resume checks the rows it finds, then runs only the runs they lack. The command reads
 * its results back from the complete file and writes its other files into the same folder.
 */
public final class RunsFolder implements AutoCloseable {

    public static final String RUNS = "runs.csv";

    /** The runs a command makes and how their rows are checked; a game's and a comparison's. */
    public interface Plan {
        /** runs.csv's columns. */
        RunsTable table();

        /** What is wrong with an earlier start's rows, one sentence each starting with its line; empty when sound. */
        List<String> problems(List<List<String>> rows);

        /** The runs {@code rows} do not hold yet, in (point, replication) order; rows checked first. */
        List<RunSpec> missing(List<List<String>> rows);
    }

    /** Why the folder cannot take these runs; told to the user with exit status 2. */
    public static final class Refused extends Exception {
        public Refused(String message) {
            super(message);
        }
    }

    private final Plan plan;
    private final String noun;
    private final Path root;
    private final FolderLock lock;
    private final boolean fresh;
    private boolean closed;

    private RunsFolder(Plan plan, String noun, Path root, FolderLock lock, boolean fresh) {
        this.plan = plan;
        this.noun = noun;
        this.root = root;
        this.lock = lock;
        this.fresh = fresh;
    }

    /**
     * @param noun   what the runs are, for messages ("game", "comparison")
     * @param resume continue in {@code out}, which must hold its runs.csv; otherwise {@code out}
     *               must not exist or be empty
     */
    public static RunsFolder open(Plan plan, String noun, Path out, boolean resume) throws IOException, Refused {
        String notOne = out + " holds no " + RUNS + ", so it is not a " + noun + " to resume; give the --out of the "
                + noun + " to resume, or leave out --resume";
        if (resume && !Files.isDirectory(out)) {
            throw new Refused(notOne);
        }
        Path folder;
        try {
            folder = resume ? OutputFolder.checkResumable(out) : OutputFolder.checkNew(out);
            Files.createDirectories(folder);
        } catch (OutputFolder.Refused e) {
            throw new Refused(e.getMessage());
        } catch (IOException e) {
            throw new Refused("cannot create the " + noun + " folder " + out + " (" + OutputProblems.reason(e)
                    + "); give an --out in a folder you can write");
        }
        FolderLock lock;
        try {
            lock = FolderLock.acquire(folder, "the " + noun + " folder " + out);
        } catch (FolderLock.Held e) {
            throw new Refused(e.getMessage());
        }
        try {
            Path file = folder.resolve(RUNS);
            if (resume) {
                if (!Files.isRegularFile(file)) {
                    throw new Refused(notOne);
                }
            } else {
                if (!OutputFolder.isEmpty(folder, FolderLock.FILE)) {
                    throw new Refused(out + " already exists and is not empty; add --resume to continue the " + noun
                            + " in it, or give another --out");
                }
                RunsFile.create(file, plan.table().header()).close();
            }
            return new RunsFolder(plan, noun, folder, lock, !resume);
        } catch (IOException | Refused | RuntimeException e) {
            lock.abandon();
            throw e;
        }
    }

    /** The runs runs.csv lacks, after checking its rows. */
    public List<RunSpec> missing() throws IOException, Refused {
        List<List<String>> rows = rows();
        List<String> problems = plan.problems(rows);
        if (!problems.isEmpty()) {
            throw new Refused(RunsCheck.message(runsFile().toString(), problems, noun));
        }
        return plan.missing(rows);
    }

    /**
     * Runs {@code missing} through the one engine, each row appended as it finishes; stops starting
     * runs after a failure. When none failed, runs.csv is sorted by point and replication, so the
     * file does not depend on the order runs finished in or on how many starts it took.
     *
     * @return every row of runs.csv after the runs, and how the engine stopped
     */
    public Ran run(List<RunSpec> missing, Simulation simulation, int parallel, Progress progress)
            throws IOException, InterruptedException, Refused {
        RunsTable table = plan.table();
        RunEngine.Outcome outcome;
        try (RunsFile file = RunsFile.open(runsFile(), table.header())) {
            outcome = new RunEngine(simulation, parallel, table.metrics().runInputs()).run(missing, table::row, finished -> {
                try {
                    file.append(finished.prepared());
                } catch (IOException e) {
                    throw new FileSystemException(runsFile().toString(), null, OutputProblems.reason(e));
                }
                progress.step(!finished.result().ok());
            }, true, progress::tick);
        }
        if (outcome.failed() == 0) {
            RunsFile.sort(runsFile(), 0, table.axisCount() + 1);
        }
        return new Ran(rows(), outcome);
    }

    /** runs.csv's rows after a {@link #run}, and how the engine stopped. */
    public record Ran(List<List<String>> rows, RunEngine.Outcome outcome) {}

    public Path root() {
        return root;
    }

    /** Where a file of the folder goes. */
    public Path file(String name) {
        return root.resolve(name);
    }

    /** Runs that failed in a folder this start made leave nothing behind; a resumed folder keeps its rows. */
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

    private Path runsFile() {
        return root.resolve(RUNS);
    }

    private List<List<String>> rows() throws IOException, Refused {
        try (RunsFile file = RunsFile.open(runsFile(), plan.table().header())) {
            return file.rows();
        } catch (RunsFile.Unreadable e) {
            throw new Refused(runsFile() + " cannot be read as this " + noun + "'s runs: " + e.getMessage()
                    + "; start the " + noun + " afresh with another --out");
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
