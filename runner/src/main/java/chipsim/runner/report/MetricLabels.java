package chipsim.runner.report;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Readable names for the columns of quarters.csv (docs/trace.md defines them); a column not
 * listed here is shown by its own name, with its unit guessed from the name.
 */
public final class MetricLabels {

    private static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put("china_compute_h100e", "China's installed compute (H100e)");
        LABELS.put("us_compute_h100e", "US installed compute (H100e)");
        LABELS.put("compute_gap_h100e", "US lead in installed compute (H100e)");
        LABELS.put("china_compute_growth_yoy", "China's compute growth, year on year");
        LABELS.put("huawei_share_china", "Huawei's share of China's purchases (units)");
        LABELS.put("us_chip_share_china", "US chips' share of China's purchases (units)");
        LABELS.put("china_units", "Units bought by China");
        LABELS.put("grey_units", "Units via the grey market");
        LABELS.put("grey_value_usd", "Grey-market sales (USD)");
        LABELS.put("nvidia_revenue_usd", "Nvidia revenue (USD)");
        LABELS.put("nvidia_china_revenue_usd", "Nvidia revenue in China (USD)");
        LABELS.put("nvidia_china_share", "China's share of Nvidia revenue");
        LABELS.put("nvidia_writedown_usd", "Nvidia write-downs (USD)");
        LABELS.put("fees_usd", "Fees collected by Washington (USD)");
        LABELS.put("unmet_demand_h100e", "Unmet demand, all buyers (H100e)");
        LABELS.put("china_unmet_demand_h100e", "Unmet demand in China (H100e)");
        LABELS.put("huawei_output_units", "Huawei output (units)");
        LABELS.put("tsmc_utilisation", "TSMC CoWoS utilisation");
        LABELS.put("tsmc_capacity_wafers", "TSMC CoWoS capacity (wafers/quarter)");
        LABELS.put("messages", "Messages exchanged");
    }

    private MetricLabels() {}

    /**
     * How a sweep's summary names a figure taken over a run: {@code fees_usd_total} is the sum of
     * quarters.csv's {@code fees_usd}, {@code china_compute_h100e_end} its value in the last quarter.
     */
    private static final Map<String, String> SUMMARY_SUFFIXES = Map.of("_end", ", final quarter", "_final",
            ", final quarter", "_total", ", summed over the run", "_sum", ", summed over the run", "_cum",
            ", summed over the run", "_cumulative", ", summed over the run", "_mean", ", mean over the quarters");

    /** The readable name of a column; {@code price_usd.H20} becomes "Price of H20 (USD)". */
    public static String label(String column) {
        for (Map.Entry<String, String> suffix : SUMMARY_SUFFIXES.entrySet()) {
            String base = column.endsWith(suffix.getKey())
                    ? column.substring(0, column.length() - suffix.getKey().length()) : null;
            if (base != null && !label(base).equals(base)) {
                return label(base) + suffix.getValue();
            }
        }
        String known = LABELS.get(column);
        if (known != null) {
            return known;
        }
        if (column.startsWith("price_usd.")) {
            return "Price of " + column.substring("price_usd.".length()) + " (USD)";
        }
        if (column.startsWith("units.")) {
            return "Units of " + column.substring("units.".length()) + " sold";
        }
        return column;
    }

    /** Whether the column is one of the headline figures, listed first in tables. */
    public static boolean isHeadline(String column) {
        return LABELS.containsKey(column);
    }

    /** The headline columns in their reading order. */
    public static Iterable<String> headlines() {
        return LABELS.keySet();
    }

    public static Unit unit(String column) {
        if (column.equals("tsmc_capacity_wafers")) {
            return Unit.COUNT;
        }
        return Unit.guess(column);
    }
}
