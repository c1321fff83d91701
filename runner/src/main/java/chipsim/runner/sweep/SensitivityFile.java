package chipsim.runner.sweep;

import chipsim.runner.analysis.sensitivity.Estimate;
import chipsim.runner.analysis.sensitivity.MorrisIndices;
import chipsim.runner.analysis.sensitivity.ReplicationNoise;
import chipsim.runner.analysis.sensitivity.SaltelliSample;
import chipsim.runner.analysis.sensitivity.SobolIndices;
import chipsim.runner.output.Csv;
import chipsim.runner.output.Numbers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * sensitivity.csv of a finished morris or sobol sweep (docs/sensitivity.md): reads the design from
 * sweep.resolved.yaml (and draws its unit rows again from the sweep seed), each point's mean
 * over its successful runs from runs.csv, and writes every index of every metric and parameter
 * with its bootstrap interval. A block (Sobol) or trajectory (Morris) with a point that has no
 * successful run is left out, and the rows say from how many the indices come.
 */
public final class SensitivityFile {

    public static final String FILE = "sensitivity.csv";
    public static final List<String> HEADER = List.of("metric", "parameter", "parameter2", "index", "estimate",
            "ci95_low", "ci95_high", "cannot_tell_from_zero", "noise_share", "n", "design", "sweep_sha256",
            "chipsim_version");
    public static final int DEFAULT_RESAMPLES = 1000;
    /** Keeps the bootstrap's stream apart from the design's, which uses the sweep seed itself. */
    private static final long BOOTSTRAP_STREAM = 0xB0075_7A9L;

    private static final YAMLMapper YAML = new YAMLMapper();

    /** Why a folder cannot be analysed, told to the user with exit status 2. */
    public static final class Refused extends Exception {
        public Refused(String message) {
            super(message);
        }
    }

    /** What was written: the rows, for a short table on the terminal, and the design. */
    public record Written(Path file, String design, List<Row> rows, int usedBlocks, int blocks) {}

    /** One line of sensitivity.csv. */
    public record Row(String metric, String parameter, String parameter2, Estimate estimate, double noiseShare) {}

    private SensitivityFile() {}

    public static Written write(Path folder, int resamples) throws IOException, Refused {
        Path resolvedFile = folder.resolve(ResolvedSweep.FILE);
        Path runsFile = folder.resolve(SweepFolder.RUNS);
        if (!Files.isRegularFile(resolvedFile) || !Files.isRegularFile(runsFile)) {
            throw new Refused(folder + " is not a sweep folder: it needs " + ResolvedSweep.FILE + " and "
                    + SweepFolder.RUNS + " (written by chipsim sweep)");
        }
        JsonNode sweep;
        try {
            sweep = YAML.readTree(resolvedFile.toFile()).path("sweep");
        } catch (IOException e) {
            throw new Refused(resolvedFile + " is not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
        Design design = Design.ofResolved(sweep.path("design"));
        if (!design.forSensitivity()) {
            throw new Refused(resolvedFile + ": the sweep's design is " + design.type() + "; chipsim sensitivity "
                    + "analyses morris and sobol designs (docs/sensitivity.md). For another design, analyse "
                    + SweepFolder.RUNS + " with SALib or EMA Workbench");
        }
        List<String> axes = new ArrayList<>();
        sweep.path("axes").fieldNames().forEachRemaining(axes::add);
        long seed = sweep.path("seed").asLong(1);
        int replications = sweep.path("replications").asInt(1);
        double[][] unit = design.unitRows(axes.size(), seed);
        List<List<String>> runs = RunsFile.read(runsFile);
        List<String> header = runs.get(0);
        int statusColumn = header.indexOf("status");
        List<String> metrics = new ArrayList<>();
        sweep.path("metrics").forEach(m -> metrics.add(m.asText()));
        if (statusColumn < 0 || !header.containsAll(metrics) || header.indexOf("point") != 0) {
            throw new Refused(runsFile + " does not have the columns " + ResolvedSweep.FILE + " names (point, status"
                    + " and each metric)");
        }
        int points = unit.length;
        List<List<List<String>>> byPoint = new ArrayList<>();
        for (int p = 0; p < points; p++) {
            byPoint.add(new ArrayList<>());
        }
        for (int line = 2; line <= runs.size(); line++) {
            List<String> row = runs.get(line - 1);
            if (row.size() != header.size()) {
                throw new Refused(runsFile + " line " + line + " has " + row.size() + " cells for " + header.size()
                        + " columns; rerun the sweep with --resume, which drops a row cut short");
            }
            int point = (int) number(runsFile, line, "point", row.get(0));
            if (point < 1 || point > points) {
                throw new Refused(runsFile + " has point " + point + ", but the design has " + points + " points");
            }
            if (row.get(statusColumn).equals(RunsTable.OK)) {
                byPoint.get(point - 1).add(row);
            }
        }
        String hash = runs.size() > 1 ? runs.get(1).get(header.indexOf("sweep_sha256")) : "";
        String version = runs.size() > 1 ? runs.get(1).get(header.indexOf("chipsim_version")) : "";
        String describe = describe(design);
        List<Row> rows = new ArrayList<>();
        int usedBlocks = 0;
        int blocks = 0;
        for (String metric : metrics) {
            int column = header.indexOf(metric);
            List<double[]> values = new ArrayList<>();
            double[] means = new double[points];
            for (int p = 0; p < points; p++) {
                List<Double> cells = new ArrayList<>();
                for (List<String> r : byPoint.get(p)) {
                    if (!r.get(column).isEmpty()) {
                        cells.add(number(runsFile, 0, metric, r.get(column)));
                    }
                }
                double[] v = cells.stream().mapToDouble(Double::doubleValue).toArray();
                values.add(v);
                means[p] = v.length == 0 ? Double.NaN : mean(v);
            }
            ReplicationNoise noise = ReplicationNoise.of(values);
            int perBlock = design.type().equals(Design.SOBOL)
                    ? SaltelliSample.rowsPerBlock(axes.size(), design.secondOrder()) : axes.size() + 1;
            List<Integer> kept = completeBlocks(means, perBlock);
            blocks = points / perBlock;
            usedBlocks = kept.size();
            if (kept.isEmpty()) {
                continue;
            }
            double[][] keptUnit = new double[kept.size() * perBlock][];
            double[] keptMeans = new double[kept.size() * perBlock];
            for (int k = 0; k < kept.size(); k++) {
                for (int i = 0; i < perBlock; i++) {
                    keptUnit[k * perBlock + i] = unit[kept.get(k) * perBlock + i];
                    keptMeans[k * perBlock + i] = means[kept.get(k) * perBlock + i];
                }
            }
            long bootstrapSeed = seed ^ BOOTSTRAP_STREAM;
            List<Estimate> estimates = design.type().equals(Design.SOBOL)
                    ? SobolIndices.analyse(keptMeans, axes.size(), design.secondOrder(),
                            totalNoiseFloor(noise, replications, keptMeans), resamples, bootstrapSeed)
                    : MorrisIndices.analyse(keptUnit, keptMeans, axes.size(), design.levels(),
                            MorrisIndices.noiseFloor(noise.withinPointVariance(), replications, design.levels()),
                            resamples, bootstrapSeed);
            // Per parameter its indices together; the pairs of second order after them.
            List<Estimate> ordered = new ArrayList<>(estimates);
            ordered.sort(Comparator.comparingInt((Estimate e) -> e.other() < 0 ? 0 : 1)
                    .thenComparingInt(Estimate::parameter).thenComparingInt(Estimate::other));
            for (Estimate e : ordered) {
                rows.add(new Row(metric, axes.get(e.parameter()), e.other() < 0 ? "" : axes.get(e.other()), e,
                        noise.share()));
            }
        }
        Path target = folder.resolve(FILE);
        Path temporary = folder.resolve(FILE + ".writing");
        try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            Csv.row(out, HEADER);
            for (Row row : rows) {
                Estimate e = row.estimate();
                Csv.row(out, List.of(row.metric(), row.parameter(), row.parameter2(), e.index(),
                        Numbers.format(e.value()), Numbers.format(e.low()), Numbers.format(e.high()),
                        Boolean.toString(e.cannotTellFromZero()), Numbers.format(row.noiseShare()),
                        Integer.toString(e.n()), describe, hash, version));
            }
        }
        SweepFolder.replace(temporary, target);
        return new Written(target, describe, rows, usedBlocks, blocks);
    }

    /**
     * The ST an inert parameter gets from noise alone: Jansen's estimator of two outputs that differ
     * only by noise, each a mean of R runs, is (w / R) / V, w the within-point variance and V the
     * variance of the point means. Common random numbers make the real noise of a pair smaller.
     */
    private static double totalNoiseFloor(ReplicationNoise noise, int replications, double[] means) {
        double within = noise.withinPointVariance();
        if (Double.isNaN(within) || replications < 2) {
            return 0;
        }
        double mean = 0;
        for (double m : means) {
            mean += m;
        }
        mean /= means.length;
        double squares = 0;
        for (double m : means) {
            squares += (m - mean) * (m - mean);
        }
        double variance = squares / means.length;
        return variance == 0 ? 0 : within / replications / variance;
    }

    /** The blocks (Sobol) or trajectories (Morris) whose every point has a value. */
    private static List<Integer> completeBlocks(double[] means, int perBlock) {
        List<Integer> kept = new ArrayList<>();
        for (int b = 0; b < means.length / perBlock; b++) {
            boolean complete = true;
            for (int i = 0; i < perBlock; i++) {
                complete &= !Double.isNaN(means[b * perBlock + i]);
            }
            if (complete) {
                kept.add(b);
            }
        }
        return kept;
    }

    private static String describe(Design design) {
        return design.type().equals(Design.SOBOL)
                ? "sobol N=" + design.samples() + (design.secondOrder() ? " second-order" : "")
                : "morris r=" + design.trajectories() + " p=" + design.levels();
    }

    private static double number(Path file, int line, String column, String cell) throws Refused {
        try {
            return Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            throw new Refused(file + (line > 0 ? " line " + line : "") + ": " + column + " '" + cell
                    + "' is not a number");
        }
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
