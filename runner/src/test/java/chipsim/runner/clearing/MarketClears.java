package chipsim.runner.clearing;

import static org.junit.jupiter.api.Assertions.fail;

import chipsim.runner.sim.QuarterRecord;
import chipsim.runner.sim.RunResult;
import java.util.ArrayList;
import java.util.List;

/**
 * The must-hold of a market that clears: in no quarter is the value left on the table (quarters.csv
 * {@code left_on_table_usd}, docs/trace.md) more than {@link #TOLERANCE} of the quarter's traded value.
 * A quarter that traded nothing may leave nothing.
 */
public final class MarketClears {

    /** The tolerance, as a share of the quarter's traded value. */
    public static final double TOLERANCE = 0.02;

    /** The quarter that left the most on the table, relative to what it traded. */
    public record Worst(String quarter, double leftUsd, double tradedUsd, double triples) {
        public double share() {
            return tradedUsd > 0 ? leftUsd / tradedUsd : leftUsd > 0 ? Double.POSITIVE_INFINITY : 0;
        }
    }

    private MarketClears() {}

    /** Fails, naming every offending quarter, when some quarter left more than the tolerance. */
    public static void assertClears(String name, RunResult run) {
        if (!run.ok()) {
            fail(name + ": the run failed: " + run.error());
        }
        if (run.quarters().isEmpty()) {
            fail(name + ": the run has no quarters, so nothing shows that its market clears");
        }
        List<String> offending = new ArrayList<>();
        for (QuarterRecord quarter : run.quarters()) {
            Worst figure = figure(quarter);
            if (figure.leftUsd() > TOLERANCE * figure.tradedUsd()) {
                offending.add(String.format("%s: $%,.0f left on the table (%d triples) against $%,.0f traded",
                        figure.quarter(), figure.leftUsd(), (long) figure.triples(), figure.tradedUsd()));
            }
        }
        if (!offending.isEmpty()) {
            fail(name + ": the market left more than " + Math.round(100 * TOLERANCE) + "% of a quarter's traded "
                    + "value on the table:\n  " + String.join("\n  ", offending));
        }
    }

    /** The worst quarter of a run. */
    public static Worst worst(RunResult run) {
        Worst worst = null;
        for (QuarterRecord quarter : run.quarters()) {
            Worst figure = figure(quarter);
            if (worst == null || figure.share() > worst.share()) {
                worst = figure;
            }
        }
        return worst;
    }

    private static Worst figure(QuarterRecord quarter) {
        // A record without the columns fails loudly (metric() throws): the check is never vacuous.
        return new Worst(quarter.quarter().toString(), quarter.metric("left_on_table_usd"),
                quarter.metric("traded_value_usd"), quarter.metric("left_on_table_triples"));
    }
}
