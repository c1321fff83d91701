package chipsim.runner.sweep;

import chipsim.runner.engine.Progress;
import chipsim.runner.engine.RunEngine;
import chipsim.runner.output.OutputProblems;
import chipsim.runner.datapackage.DataPackage;
import chipsim.runner.datapackage.FolderFiles;
import chipsim.runner.output.RunFolder;
import chipsim.runner.output.RunWriter;
import chipsim.runner.sim.RunInputs;
import chipsim.runner.sim.RunResult;
import chipsim.runner.sim.Simulation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * One start (or resumption) of a sweep in its folder: runs the (point, seed) pairs runs.csv does
 * not hold yet, appends each as it finishes, and when none is missing sorts runs.csv and writes
 * summary.csv.
 */
public final class SweepSession {

    private final SweepPlan plan;
    private final RunsTable table;
    private final SweepFolder folder;
    private final boolean keepTraces;

    public SweepSession(SweepPlan plan, RunsTable table, SweepFolder folder, boolean keepTraces) {
        this.plan = plan;
        this.table = table;
        this.folder = folder;
        this.keepTraces = keepTraces;
    }

    /**
     * The runs runs.csv does not hold yet, in (point, replication) order.
     *
     * @throws SweepFolder.Refused when runs.csv is damaged: a row cut short or garbled, not of this
     *                             sweep, or repeated; checked before anything runs
     */
    public List<RunSpec> missing() throws IOException, SweepFolder.Refused {
        Set<String> done = new HashSet<>();
        Path path = folder.file(SweepFolder.RUNS);
        List<List<String>> rows;
        try (RunsFile runs = RunsFile.open(path, table.header())) {
            rows = runs.rows();
        } catch (RunsFile.Unreadable e) {
            throw new SweepFolder.Refused(RunsCheck.message(path.toString(), List.of(e.getMessage())));
        }
        Set<Integer> points = new HashSet<>();
        plan.points().forEach(p -> points.add(p.id()));
        List<String> problems = RunsCheck.problems(rows, table, points, plan.seeds());
        if (!problems.isEmpty()) {
            throw new SweepFolder.Refused(RunsCheck.message(path.toString(), problems));
        }
        int seedColumn = table.axisCount() + 2;
        for (List<String> row : rows) {
            done.add(row.get(0) + "/" + row.get(seedColumn));
        }
        List<RunSpec> missing = new ArrayList<>();
        for (int p = 0; p < plan.points().size(); p++) {
            Point point = plan.points().get(p);
            for (int r = 0; r < plan.seeds().size(); r++) {
                long seed = plan.seeds().get(r);
                if (!done.contains(point.id() + "/" + seed)) {
                    missing.add(new RunSpec(point, r + 1, seed, plan.scenarios().get(p).withSeed(seed)));
                }
            }
        }
        return missing;
    }

    /** Runs {@code runs} and records each; finishes the folder when nothing is left missing. */
    public RunEngine.Outcome run(List<RunSpec> runs, Simulation simulation, int parallel, boolean failFast,
            Progress progress) throws IOException, InterruptedException {
        if (keepTraces) {
            removeUnfinishedTraces();
        }
        // A run whose folder is kept (traces/) is measured in full; otherwise only what the rows read.
        RunEngine engine = new RunEngine(simulation, parallel,
                keepTraces ? RunInputs.LEAN : table.metrics().runInputs());
        BiFunction<RunSpec, RunResult, List<String>> prepare = table::row;
        RunEngine.Outcome outcome;
        try (RunsFile file = RunsFile.open(folder.file(SweepFolder.RUNS), table.header())) {
            outcome = engine.run(runs, prepare, finished -> {
                if (keepTraces && finished.result().ok()) {
                    writeTrace(finished.run(), finished.result());
                }
                try {
                    file.append(finished.prepared());
                } catch (IOException e) {
                    throw new FileSystemException(folder.file(SweepFolder.RUNS).toString(), null,
                            OutputProblems.reason(e));
                }
                progress.step(!finished.result().ok());
            }, failFast, progress::tick);
        }
        if (!outcome.stoppedEarly()) {
            finish();
        }
        return outcome;
    }

    /** Runs somewhere else (a cluster's workers) and hands back each run's finished runs.csv line. */
    public interface Distributor {
        RunEngine.Outcome run(List<RunSpec> runs, LineSink sink) throws IOException, InterruptedException;
    }

    /** Takes one finished run's runs.csv line, line break included. */
    public interface LineSink {
        void append(String line) throws IOException;
    }

    /** Like {@link #run}, with the runs made by {@code distributor}; lines go to runs.csv as they arrive. */
    public RunEngine.Outcome runDistributed(List<RunSpec> runs, Distributor distributor) throws IOException,
            InterruptedException {
        RunEngine.Outcome outcome;
        Path path = folder.file(SweepFolder.RUNS);
        try (RunsFile file = RunsFile.open(path, table.header())) {
            outcome = distributor.run(runs, line -> {
                try {
                    file.appendLine(line);
                } catch (IOException e) {
                    throw new FileSystemException(path.toString(), null, OutputProblems.reason(e));
                }
            });
        }
        if (!outcome.stoppedEarly()) {
            finish();
        }
        return outcome;
    }

    /** Sorts runs.csv by point and replication and writes summary.csv from it. */
    public void finish() throws IOException {
        Path runs = folder.file(SweepFolder.RUNS);
        try {
            RunsFile.sort(runs, 0, table.axisCount() + 1);
            List<List<String>> rows = RunsFile.read(runs);
            Summary.write(folder.file(SweepFolder.SUMMARY), table, rows.subList(1, rows.size()));
            DataPackage.write(folder.file(DataPackage.FILE).getParent(), FolderFiles.Kind.SWEEP);
        } catch (FileSystemException e) {
            throw e;
        } catch (IOException e) {
            // A full disk names no file: name the folder, so the message can.
            throw new FileSystemException(folder.root().toString(), null, OutputProblems.reason(e));
        }
    }

    private void writeTrace(RunSpec run, RunResult result) throws IOException {
        Path target = folder.file(SweepFolder.TRACES).resolve(run.label());
        // A trace folder without its runs.csv row is from a run killed before its row was written.
        deleteTree(target);
        try (RunFolder trace = RunFolder.create(target)) {
            RunWriter.write(trace, result);
            trace.commit();
        }
    }

    /** Half-written trace folders a killed sweep left behind. */
    private void removeUnfinishedTraces() throws IOException {
        Path traces = folder.file(SweepFolder.TRACES);
        if (!Files.isDirectory(traces)) {
            return;
        }
        try (Stream<Path> entries = Files.list(traces)) {
            for (Path entry : entries.filter(p -> p.getFileName().toString().startsWith(".")).toList()) {
                deleteTree(entry);
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
