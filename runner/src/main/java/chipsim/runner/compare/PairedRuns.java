package chipsim.runner.compare;

import chipsim.runner.analysis.compare.PairedDifference;
import java.util.ArrayList;
import java.util.List;

/**
 * The runs of a comparison, A and B once with each seed, as the figures the comparison reports:
 * per seed each metric (as a sweep records them: end., sum., payoff.) and each quarters.csv
 * column in each quarter; read from the comparison's runs.csv ({@link CompareRuns#paired}).
 *
 * @param metrics  the metrics both scenarios have
 * @param columns  the quarters.csv columns both have
 * @param a        a[seed][metric]
 * @param aByQuarter aByQuarter[seed][column][quarter]
 */
public record PairedRuns(List<Long> seeds, List<String> metrics, double[][] a, double[][] b, List<String> quarters,
        List<String> columns, double[][][] aByQuarter, double[][][] bByQuarter) {

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
