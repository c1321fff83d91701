package chipsim.runner.sweep;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the rows of an existing runs.csv before a resume computes anything: each row must be
 * whole, name a (point, seed) of this sweep, and appear once. A damaged file found only at the end
 * would cost every run of the resume; a repeated row (two processes wrote the folder) would bias
 * the summary's means.
 */
public final class RunsCheck {

    /** At most this many problems are listed; the rest are counted. */
    static final int LISTED = 10;

    private RunsCheck() {}

    /**
     * @param rows   the rows after the header, as read; row {@code i} is line {@code i + 2} of the file
     * @param points the sweep's point ids
     * @param seeds  the seed of each replication, the first replication's first
     * @return the problems, one sentence each starting with its line; empty when the file is sound
     */
    public static List<String> problems(List<List<String>> rows, RunsTable table, Set<Integer> points, List<Long> seeds) {
        int columns = table.header().size();
        int replicationColumn = table.axisCount() + 1;
        int seedColumn = table.axisCount() + 2;
        int statusColumn = table.axisCount() + 3;
        Map<String, Integer> firstLine = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            int line = i + 2;
            List<String> row = rows.get(i);
            String problem = rowProblem(row, columns, replicationColumn, seedColumn, statusColumn, table, points, seeds);
            if (problem == null) {
                String key = row.get(0) + "/" + row.get(seedColumn);
                Integer first = firstLine.putIfAbsent(key, line);
                if (first != null) {
                    problem = "repeats the run of line " + first + " (point " + row.get(0) + ", seed "
                            + row.get(seedColumn) + "): two chipsim processes wrote this folder at once";
                }
            }
            if (problem != null) {
                problems.add("line " + line + ": " + problem);
            }
        }
        return problems;
    }

    private static String rowProblem(List<String> row, int columns, int replicationColumn, int seedColumn,
            int statusColumn, RunsTable table, Set<Integer> points, List<Long> seeds) {
        if (row.size() != columns) {
            return "has " + row.size() + " fields, the header has " + columns;
        }
        Integer point = integer(row.get(0));
        if (point == null || !points.contains(point)) {
            return "point '" + row.get(0) + "' is not a point of this sweep";
        }
        Integer replication = integer(row.get(replicationColumn));
        if (replication == null || replication < 1 || replication > seeds.size()) {
            return "replication '" + row.get(replicationColumn) + "' is not one of 1 to " + seeds.size();
        }
        String seed = Long.toString(seeds.get(replication - 1));
        if (!seed.equals(row.get(seedColumn))) {
            return "seed '" + row.get(seedColumn) + "' is not the seed of replication " + replication + " (" + seed + ")";
        }
        String status = row.get(statusColumn);
        if (!RunsTable.OK.equals(status) && !RunsTable.FAILED.equals(status)) {
            return "status '" + status + "' is neither " + RunsTable.OK + " nor " + RunsTable.FAILED;
        }
        if (RunsTable.OK.equals(status)) {
            for (int c = table.firstMetric(); c < table.firstMetric() + table.metrics().names().size(); c++) {
                // Empty is a figure the run does not have (the price of a chip nobody offered), as written.
                if (!row.get(c).isEmpty() && !isNumber(row.get(c))) {
                    return table.header().get(c) + " '" + row.get(c) + "' is not a number";
                }
            }
        }
        return null;
    }

    private static Integer integer(String text) {
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean isNumber(String text) {
        try {
            Double.parseDouble(text);
            return !text.isBlank();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The message for the user: the file, the lines and the fix. */
    public static String message(String file, List<String> problems) {
        return message(file, problems, "sweep");
    }

    /** @param noun what the folder holds: "sweep", "game", "comparison" */
    public static String message(String file, List<String> problems, String noun) {
        StringBuilder text = new StringBuilder(file + " is damaged, so the " + noun + " cannot resume from it; "
                + "nothing was run:\n");
        problems.stream().limit(LISTED).forEach(p -> text.append("  ").append(p).append('\n'));
        if (problems.size() > LISTED) {
            text.append("  and ").append(problems.size() - LISTED).append(" more lines\n");
        }
        text.append("Delete those lines (the resume then runs them again), or start the " + noun
                + " afresh with another --out");
        return text.toString();
    }

    /**
     * The problems of the rows of a command whose points are fixed in advance (a game's profiles, a
     * comparison's two scenarios): {@link #problems}, then rows written by another plan (their
     * sweep_sha256 is not this plan's) or whose axis cells are not their point's.
     *
     * @param another what a foreign row may be, e.g. "another game, or of this game under another chipsim version"
     */
    public static List<String> problems(List<List<String>> rows, RunsTable table, List<Point> points,
            List<Long> seeds, String another) {
        Set<Integer> ids = new java.util.HashSet<>();
        points.forEach(p -> ids.add(p.id()));
        List<String> problems = new ArrayList<>(problems(rows, table, ids, seeds));
        if (!problems.isEmpty()) {
            return problems;
        }
        int hashColumn = table.header().size() - 2;
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (!row.get(hashColumn).equals(table.sweepHash())) {
                problems.add("line " + (i + 2) + ": is a run of " + another + " (" + table.header().get(hashColumn)
                        + " " + row.get(hashColumn) + ", this one's is " + table.sweepHash() + ")");
            }
            List<String> cells = row.subList(1, 1 + table.axisCount());
            Point point = points.stream().filter(p -> p.id() == Integer.parseInt(row.get(0))).findFirst().orElseThrow();
            if (!cells.equals(point.cells())) {
                problems.add("line " + (i + 2) + ": point " + point.id() + " is " + point.cells() + ", the row says "
                        + cells);
            }
        }
        return problems;
    }

    /** The runs of {@code points} x {@code seeds} that sound {@code rows} do not hold, in (point, replication) order. */
    public static List<RunSpec> missing(List<List<String>> rows, RunsTable table, List<Point> points,
            List<Long> seeds, java.util.function.Function<Point, chipsim.runner.scenario.Scenario> scenarioOf) {
        int seedColumn = table.axisCount() + 2;
        Set<String> done = new java.util.HashSet<>();
        rows.forEach(row -> done.add(row.get(0) + "/" + row.get(seedColumn)));
        List<RunSpec> missing = new ArrayList<>();
        for (Point point : points) {
            for (int r = 0; r < seeds.size(); r++) {
                long seed = seeds.get(r);
                if (!done.contains(point.id() + "/" + seed)) {
                    missing.add(new RunSpec(point, r + 1, seed, scenarioOf.apply(point).withSeed(seed)));
                }
            }
        }
        return missing;
    }
}
