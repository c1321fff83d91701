package chipsim.runner.game;

import chipsim.runner.scenario.ScenarioWriter;
import chipsim.runner.sweep.Axis;
import chipsim.runner.sweep.Hashes;
import chipsim.runner.sweep.MetricSet;
import chipsim.runner.sweep.Point;
import chipsim.runner.sweep.RunSpec;
import chipsim.runner.sweep.RunsFolder;
import chipsim.runner.sweep.RunsCheck;
import chipsim.runner.sweep.RunsTable;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A simulated game's runs.csv, in a sweep's row format (docs/sweeps.md): each profile is a point
 * whose axis cells are the roles' strategies, its metrics each role's discounted payoff
 * ({@code payoff.ROLE}), and the game's hash stands in the sweep_sha256 column. The same rows let a
 * game resume: the runs the file holds are not run again, and the payoffs come back from it.
 */
public final class GameRuns implements RunsFolder.Plan {

    private final SimulatedGame spec;
    private final RunsTable table;
    private final List<Point> points = new ArrayList<>();

    public GameRuns(SimulatedGame spec, String version) {
        this.spec = spec;
        List<Axis> axes = spec.roles().stream().map(role -> new Axis(role, List.of(), null, "strategy")).toList();
        int[] sizes = spec.strategies().stream().mapToInt(List::size).toArray();
        for (int p = 0; p < spec.profiles().size(); p++) {
            // Row-major, the first role slowest: the order of the game's profiles.
            int[] strategy = new int[sizes.length];
            int rest = p;
            for (int role = sizes.length - 1; role >= 0; role--) {
                strategy[role] = rest % sizes[role];
                rest /= sizes[role];
            }
            List<com.fasterxml.jackson.databind.JsonNode> cells = new ArrayList<>();
            for (int role = 0; role < sizes.length; role++) {
                cells.add(JsonNodeFactory.instance.textNode(spec.strategies().get(role).get(strategy[role]).name()));
            }
            points.add(new Point(p + 1, cells));
        }
        this.table = new RunsTable(axes, MetricSet.discountedPayoffs(spec.roles(), spec.discountRatePerQuarter()),
                hash(spec, version), version);
    }

    /** The game's identity for a resume: every profile's resolved scenario, the seeds and the discount. */
    private static String hash(SimulatedGame spec, String version) {
        StringBuilder text = new StringBuilder();
        text.append("game: ").append(spec.name()).append('\n');
        text.append("roles: ").append(spec.roles()).append('\n');
        text.append("seeds: ").append(spec.seeds()).append('\n');
        text.append("discountRatePerQuarter: ").append(spec.discountRatePerQuarter()).append('\n');
        for (int p = 0; p < spec.profiles().size(); p++) {
            text.append("profile ").append(p + 1).append(":\n");
            text.append(ScenarioWriter.toYaml(spec.profiles().get(p), version));
        }
        return Hashes.sha256(text.toString());
    }

    @Override
    public RunsTable table() {
        return table;
    }

    public List<String> header() {
        return table.header();
    }

    @Override
    public List<RunSpec> missing(List<List<String>> rows) {
        return RunsCheck.missing(rows, table, points, spec.seeds(), point -> spec.profiles().get(point.id() - 1));
    }

    @Override
    public List<String> problems(List<List<String>> rows) {
        return RunsCheck.problems(rows, table, points, spec.seeds(),
                "another game, or of this game under another chipsim version, base scenario or strategies");
    }

    /**
     * The payoffs of every run, [profile][replication][role], from a complete runs.csv's rows.
     *
     * @throws SimulatedGamePlayer.RunFailed naming the first run that failed or has no finite payoff
     */
    public double[][][] payoffs(List<List<String>> rows) throws SimulatedGamePlayer.RunFailed {
        int roles = spec.roles().size();
        int replicationColumn = table.axisCount() + 1;
        int statusColumn = table.axisCount() + 3;
        Map<String, List<String>> byRun = new HashMap<>();
        rows.forEach(row -> byRun.put(row.get(0) + "/" + row.get(replicationColumn), row));
        for (List<String> row : rows) {
            if (!RunsTable.OK.equals(row.get(statusColumn))) {
                Point point = points.get(Integer.parseInt(row.get(0)) - 1);
                throw new SimulatedGamePlayer.RunFailed("profile " + String.join(", ", point.cells()) + ", replication "
                        + row.get(replicationColumn) + " (seed " + row.get(replicationColumn + 1) + ") failed: "
                        + row.get(statusColumn + 1));
            }
        }
        double[][][] perRun = new double[points.size()][spec.replications()][roles];
        for (Point point : points) {
            for (int r = 0; r < spec.replications(); r++) {
                List<String> row = byRun.get(point.id() + "/" + (r + 1));
                String where = "profile " + String.join(", ", point.cells()) + ", replication " + (r + 1) + " (seed "
                        + spec.seed(r) + ")";
                if (row == null) {
                    throw new SimulatedGamePlayer.RunFailed(where + " has no row in runs.csv");
                }
                for (int role = 0; role < roles; role++) {
                    String cell = row.get(table.firstMetric() + role);
                    double value = cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
                    if (!Double.isFinite(value)) {
                        throw new SimulatedGamePlayer.RunFailed(where + ": " + spec.roles().get(role)
                                + " reported no finite payoff");
                    }
                    perRun[point.id() - 1][r][role] = value;
                }
            }
        }
        return perRun;
    }
}
