package chipsim.runner.report;

import chipsim.runner.datapackage.Field;
import chipsim.runner.datapackage.RunTables;
import chipsim.runner.datapackage.SweepTables;
import chipsim.runner.datapackage.Units;
import java.util.List;
import java.util.Optional;

/**
 * Readable names and units of columns, from the definitions that write the files and describe
 * them in datapackage.json (chipsim.runner.datapackage): a quarters.csv column, or a sweep's metric
 * ({@code sum.fees_usd}, {@code payoff.washington}). A column no definition covers is shown by its
 * own name, with its unit guessed from the name.
 */
public final class MetricLabels {

    /** The headline figures of a run, in their reading order. */
    private static final List<String> HEADLINES = List.of("china_compute_h100e", "us_compute_h100e",
            "compute_gap_h100e", "china_compute_growth_yoy", "huawei_share_china", "us_chip_share_china",
            "china_units", "grey_units", "grey_value_usd", "nvidia_revenue_usd", "nvidia_china_revenue_usd",
            "nvidia_china_share", "nvidia_writedown_usd", "fees_usd", "unmet_demand_h100e", "china_unmet_demand_h100e",
            "huawei_output_units", "tsmc_utilisation", "tsmc_capacity_wafers", "messages");

    private MetricLabels() {}

    /** The readable name of a column; {@code price_usd.H20} becomes "Price of H20 (USD)". */
    public static String label(String column) {
        return field(column).map(Field::title).orElse(column);
    }

    /** Whether the column is one of the headline figures, listed first in tables. */
    public static boolean isHeadline(String column) {
        return HEADLINES.contains(column);
    }

    /** The headline columns in their reading order. */
    public static Iterable<String> headlines() {
        return HEADLINES;
    }

    public static Unit unit(String column) {
        return field(column).map(f -> unitOf(f.unit(), column)).orElseGet(() -> Unit.guess(column));
    }

    /** The definition of a quarters.csv column or a sweep metric, if chipsim defines it. */
    static Optional<Field> field(String column) {
        Optional<Field> quarter = RunTables.QUARTERS.field(column);
        if (quarter.isPresent()) {
            return quarter;
        }
        boolean axis = SweepTables.RUNS.definition(column).map(d -> d == SweepTables.AXIS).orElse(true);
        return axis ? Optional.empty() : SweepTables.RUNS.field(column);
    }

    private static Unit unitOf(String unit, String column) {
        return switch (unit) {
            case Units.USD -> Unit.USD;
            case Units.SHARE -> Unit.SHARE;
            case Units.H100E -> Unit.H100E;
            case Units.CHIPS -> Unit.UNITS;
            case Units.WAFERS, Units.COUNT -> Unit.COUNT;
            case Units.PAYOFF -> Unit.PLAIN;
            default -> Unit.guess(column);
        };
    }
}
