package chipsim.runner.sweep;

import chipsim.agents.Names;
import chipsim.market.report.AgentReport;
import chipsim.runner.sim.QuarterRecord;
import chipsim.runner.sim.RunInputs;
import chipsim.runner.sim.RunResult;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The figures a sweep records per run (docs/sweeps.md): {@code AGG.COLUMN} for a quarters.csv
 * column aggregated over the run's quarters, and {@code payoff.AGENT} for an agent's payoff summed
 * over the run.
 */
public final class MetricSet {

    /** end: the last quarter's value; sum: the cumulative figure; mean, min, max over the quarters. */
    public static final List<String> AGGREGATES = List.of("end", "sum", "mean", "min", "max");
    public static final String PAYOFF = "payoff";

    private final List<String> names;
    private final List<Extractor> extractors;

    private MetricSet(List<String> names) {
        this(names, names.stream().map(MetricSet::extractor).toList());
    }

    private MetricSet(List<String> names, List<Extractor> extractors) {
        this.names = List.copyOf(names);
        this.extractors = List.copyOf(extractors);
    }

    /**
     * A simulated game's figures (docs/games.md): {@code payoff.ROLE}, each role's payoff summed over
     * the run with quarter q (from 0) weighted 1 / (1 + rate)^q; with a rate of 0, a sweep's payoff.
     */
    public static MetricSet discountedPayoffs(List<String> roles, double ratePerQuarter) {
        List<String> names = new ArrayList<>();
        List<Extractor> extractors = new ArrayList<>();
        for (String role : roles) {
            names.add(PAYOFF + "." + role);
            extractors.add(run -> discountedPayoff(run.quarters, role, ratePerQuarter));
        }
        return new MetricSet(names, extractors);
    }

    /** NaN unless the agent reported in every quarter, as a game requires of its players. */
    private static double discountedPayoff(List<QuarterRecord> quarters, String agentId, double ratePerQuarter) {
        double total = 0;
        double weight = 1;
        for (QuarterRecord quarter : quarters) {
            AgentReport report = null;
            for (AgentReport agent : quarter.agents()) {
                if (agent.agentId().equals(agentId)) {
                    report = agent;
                }
            }
            if (report == null) {
                return Double.NaN;
            }
            total += report.payoff() * weight;
            weight /= 1 + ratePerQuarter;
        }
        return quarters.isEmpty() ? Double.NaN : total;
    }

    /** Every quarters.csv column at its end and summed, then every agent's cumulative payoff. */
    public static MetricSet defaults(List<String> columns, List<String> agentIds) {
        List<String> names = new ArrayList<>();
        columns.forEach(c -> names.add("end." + c));
        columns.forEach(c -> names.add("sum." + c));
        agentIds.forEach(a -> names.add(PAYOFF + "." + a));
        return new MetricSet(names);
    }

    /** A quarter's value of a column: {@code at.QUARTER.COLUMN}, e.g. at.2026Q1.china_units. */
    public static final String AT = "at";

    /**
     * A paired comparison's figures (docs/sensitivity.md): the defaults, then each column's value in
     * each quarter ({@code at.QUARTER.COLUMN}, NaN where the quarter has none), so that runs.csv
     * alone holds all that by_quarter.csv is computed from.
     *
     * @param quarters the runs' quarters, in order, as quarters.csv names them
     */
    public static MetricSet withQuarters(List<String> columns, List<String> agentIds, List<String> quarters) {
        MetricSet defaults = defaults(columns, agentIds);
        List<String> names = new ArrayList<>(defaults.names);
        List<Extractor> extractors = new ArrayList<>(defaults.extractors);
        for (String column : columns) {
            for (int q = 0; q < quarters.size(); q++) {
                int quarter = q;
                names.add(at(quarters.get(q), column));
                extractors.add(run -> quarter < run.quarters.size() ? run.value(column, quarter) : Double.NaN);
            }
        }
        return new MetricSet(names, extractors);
    }

    /** The name of column's value in a quarter. */
    public static String at(String quarter, String column) {
        return AT + "." + quarter + "." + column;
    }

    /** The chosen metrics; check them first with {@link #unknown}. */
    public static MetricSet of(List<String> names) {
        return new MetricSet(names);
    }

    /** For each chosen name that is no metric, by its index in {@code chosen}: what is wrong. */
    public static SortedMap<Integer, String> unknown(List<String> chosen, List<String> columns, List<String> agentIds) {
        List<String> valid = new ArrayList<>();
        for (String aggregate : AGGREGATES) {
            columns.forEach(c -> valid.add(aggregate + "." + c));
        }
        agentIds.forEach(a -> valid.add(PAYOFF + "." + a));
        SortedMap<Integer, String> unknown = new TreeMap<>();
        for (int i = 0; i < chosen.size(); i++) {
            if (!valid.contains(chosen.get(i))) {
                unknown.put(i, Names.suggestion(chosen.get(i), valid));
            }
        }
        return unknown;
    }

    public List<String> names() {
        return names;
    }

    /**
     * What a run recorded only by these figures takes: a sweep's policies-only run, without the
     * market's left-on-table diagnostic when no figure reads it (same figures, less work).
     */
    public RunInputs runInputs() {
        return readsAnyColumn(RunInputs.LEFT_ON_TABLE_COLUMNS) ? RunInputs.LEAN : RunInputs.LEAN.withoutLeftOnTable();
    }

    /** Whether any of these figures reads one of {@code columns} of quarters.csv (a payoff reads none). */
    public boolean readsAnyColumn(List<String> columns) {
        for (String name : names) {
            if (name.startsWith(PAYOFF + ".")) {
                continue;
            }
            String column = name.startsWith(AT + ".")
                    ? name.substring(name.indexOf('.', AT.length() + 1) + 1)
                    : name.substring(name.indexOf('.') + 1);
            if (columns.contains(column)) {
                return true;
            }
        }
        return false;
    }

    /** One value per metric, NaN where the run has no such figure. */
    public double[] values(RunResult result) {
        Run run = new Run(result.quarters());
        double[] values = new double[names.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = extractors.get(i).apply(run);
        }
        return values;
    }

    /**
     * A run's quarters, and each quarters.csv column's values by quarter (NaN where a quarter has
     * none), gathered in one pass: a sweep asks for a hundred columns or so, and a sorted-map
     * look-up per column and quarter was a tenth of the CPU a sweep spends outside the run.
     */
    private static final class Run {
        final List<QuarterRecord> quarters;
        private final java.util.Map<String, double[]> columns = new java.util.HashMap<>();

        Run(List<QuarterRecord> quarters) {
            this.quarters = quarters;
            for (int q = 0; q < quarters.size(); q++) {
                int quarter = q;
                quarters.get(q).metrics().forEach((column, value) -> columns.computeIfAbsent(column, c -> {
                    double[] empty = new double[quarters.size()];
                    java.util.Arrays.fill(empty, Double.NaN);
                    return empty;
                })[quarter] = value);
            }
        }

        /** The column's value in quarter {@code q}, NaN when that quarter has none. */
        double value(String column, int q) {
            double[] values = columns.get(column);
            return values == null ? Double.NaN : values[q];
        }
    }

    private interface Extractor {
        double apply(Run run);
    }

    private static Extractor extractor(String name) {
        int dot = name.indexOf('.');
        String aggregate = name.substring(0, dot);
        String key = name.substring(dot + 1);
        if (aggregate.equals(PAYOFF)) {
            return run -> payoff(run.quarters, key);
        }
        return run -> aggregate(run, aggregate, key);
    }

    private static double payoff(List<QuarterRecord> quarters, String agentId) {
        double total = 0;
        boolean found = false;
        for (QuarterRecord quarter : quarters) {
            for (AgentReport agent : quarter.agents()) {
                if (agent.agentId().equals(agentId)) {
                    total += agent.payoff();
                    found = true;
                }
            }
        }
        return found ? total : Double.NaN;
    }

    private static double aggregate(Run run, String aggregate, String column) {
        int quarters = run.quarters.size();
        if (quarters == 0) {
            return Double.NaN;
        }
        if (aggregate.equals("end")) {
            return run.value(column, quarters - 1);
        }
        // Quarters without a value (the price of a chip nobody offered) are left out, not counted as 0.
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int present = 0;
        for (int q = 0; q < quarters; q++) {
            double value = run.value(column, q);
            if (Double.isNaN(value)) {
                continue;
            }
            present++;
            sum += value;
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
        if (present == 0) {
            return Double.NaN;
        }
        return switch (aggregate) {
            case "sum" -> sum;
            case "mean" -> sum / present;
            case "min" -> min;
            default -> max;
        };
    }
}
