package chipsim.runner.compare;

import chipsim.runner.analysis.compare.PairedDifference;
import chipsim.runner.sim.QuarterRecord;
import chipsim.runner.sim.RunResult;
import chipsim.runner.sweep.MetricSet;
import java.util.ArrayList;
import java.util.List;

/**
 * The runs of a comparison, A and B once with each seed, as the figures the comparison reports:
 * per seed each metric (as a sweep records them: end., sum., payoff.) and each quarters.csv
 * column in each quarter.
 *
 * @param metrics  the metrics both scenarios have
 * @param columns  the quarters.csv columns both have
 * @param a        a[seed][metric]
 * @param aByQuarter aByQuarter[seed][column][quarter]
 */
public record PairedRuns(List<Long> seeds, List<String> metrics, double[][] a, double[][] b, List<String> quarters,
        List<String> columns, double[][][] aByQuarter, double[][][] bByQuarter) {

    /** @param runsA A's runs, one per seed in order; @param runsB B's, with the same seeds; all successful */
    public static PairedRuns of(List<Long> seeds, MetricSet metrics, List<String> columns, List<RunResult> runsA,
            List<RunResult> runsB) {
        int n = seeds.size();
        double[][] a = new double[n][];
        double[][] b = new double[n][];
        List<String> quarters = runsA.get(0).quarters().stream().map(q -> q.quarter().toString()).toList();
        double[][][] aq = new double[n][][];
        double[][][] bq = new double[n][][];
        for (int s = 0; s < n; s++) {
            a[s] = metrics.values(runsA.get(s));
            b[s] = metrics.values(runsB.get(s));
            aq[s] = byQuarter(runsA.get(s).quarters(), columns);
            bq[s] = byQuarter(runsB.get(s).quarters(), columns);
        }
        return new PairedRuns(List.copyOf(seeds), metrics.names(), a, b, quarters, List.copyOf(columns), aq, bq);
    }

    private static double[][] byQuarter(List<QuarterRecord> quarters, List<String> columns) {
        double[][] values = new double[columns.size()][quarters.size()];
        for (int c = 0; c < columns.size(); c++) {
            for (int q = 0; q < quarters.size(); q++) {
                values[c][q] = quarters.get(q).metrics().getOrDefault(columns.get(c), Double.NaN);
            }
        }
        return values;
    }

    /** Metric m's paired difference over the seeds. */
    public PairedDifference metric(int m) {
        return PairedDifference.of(column(a, m), column(b, m));
    }

    /** Column c's paired difference in quarter q. */
    public PairedDifference quarter(int c, int q) {
        double[] x = new double[seeds.size()];
        double[] y = new double[seeds.size()];
        for (int s = 0; s < seeds.size(); s++) {
            x[s] = aByQuarter[s][c][q];
            y[s] = bByQuarter[s][c][q];
        }
        return PairedDifference.of(x, y);
    }

    /** Column c's differences quarter by quarter. */
    public List<PairedDifference> quarters(int c) {
        List<PairedDifference> list = new ArrayList<>();
        for (int q = 0; q < quarters.size(); q++) {
            list.add(quarter(c, q));
        }
        return list;
    }

    /** The first quarter in which any seed's B differs from its A in any column; -1 if none. */
    public int firstDifferentQuarter() {
        for (int q = 0; q < quarters.size(); q++) {
            for (int s = 0; s < seeds.size(); s++) {
                for (int c = 0; c < columns.size(); c++) {
                    if (Double.compare(aByQuarter[s][c][q], bByQuarter[s][c][q]) != 0) {
                        return q;
                    }
                }
            }
        }
        return -1;
    }

    private static double[] column(double[][] values, int m) {
        double[] column = new double[values.length];
        for (int s = 0; s < values.length; s++) {
            column[s] = values[s][m];
        }
        return column;
    }
}
