package chipsim.runner.output;

import chipsim.runner.sim.QuarterRecord;
import java.io.PrintWriter;
import java.util.List;

/** The short quarterly table the terminal shows after a run. */
public final class TerminalTable {

    private static final String FORMAT = "%-7s %9s %9s %8s %8s %9s %8s %9s %9s %7s%n";

    private TerminalTable() {}

    public static void print(PrintWriter out, List<QuarterRecord> quarters) {
        out.printf(FORMAT, "quarter", "CN Mh100e", "US Mh100e", "Huawei%", "US-chip%", "NV-CN $bn", "fees $bn",
                "grey k", "unmet M", "events");
        for (QuarterRecord q : quarters) {
            out.printf(FORMAT, q.quarter(),
                    String.format("%.2f", q.metric("china_compute_h100e") / 1e6),
                    String.format("%.2f", q.metric("us_compute_h100e") / 1e6),
                    String.format("%.0f", 100 * q.metric("huawei_share_china")),
                    String.format("%.0f", 100 * q.metric("us_chip_share_china")),
                    String.format("%.2f", q.metric("nvidia_china_revenue_usd") / 1e9),
                    String.format("%.2f", q.metric("fees_usd") / 1e9),
                    String.format("%.0f", q.metric("grey_units") / 1e3),
                    String.format("%.2f", q.metric("unmet_demand_h100e") / 1e6),
                    q.events().size());
        }
    }
}
