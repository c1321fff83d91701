package chipsim.runner.calibrate;

import chipsim.market.Region;
import chipsim.market.report.FillRecord;
import chipsim.runner.sim.QuarterRecord;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** The headline figures a robustness check reports as intervals over its draws. */
final class Headlines {

    /** One headline: its id, unit, and how it is read from a run. */
    record Headline(String id, String title, String unit, ToDoubleFunction<TraceQuery> measure) {}

    private Headlines() {}

    static List<Headline> all() {
        return List.of(
                new Headline("china_compute_end_h100e", "China's installed compute at the end", "H100e",
                        q -> TraceQuery.metric(q.all().get(q.all().size() - 1), "china_compute_h100e")),
                new Headline("us_chip_share_china_last_year", "US chips' share of China's units, last four quarters",
                        "share", Headlines::usShareLastYear),
                new Headline("huawei_output_2025", "Huawei's output in 2025", "units",
                        q -> TraceQuery.sum(q.year(2025), r -> TraceQuery.state(r, "huawei", "producedUnits"))),
                new Headline("fees_total_usd", "Washington's fees over the run", "USD",
                        q -> TraceQuery.sum(q.all(), r -> TraceQuery.metric(r, "fees_usd"))),
                new Headline("nvidia_writedown_total_usd", "Nvidia's write-downs over the run", "USD",
                        q -> TraceQuery.sum(q.all(), r -> TraceQuery.metric(r, "nvidia_writedown_usd"))));
    }

    private static double usShareLastYear(TraceQuery query) {
        List<QuarterRecord> quarters = query.all();
        long china = 0;
        long us = 0;
        for (QuarterRecord quarter : quarters.subList(Math.max(0, quarters.size() - 4), quarters.size())) {
            for (FillRecord fill : quarter.fills()) {
                if (fill.buyerRegion() == Region.CN) {
                    china += fill.units();
                    if (!isDomestic(quarter, fill.chipId())) {
                        us += fill.units();
                    }
                }
            }
        }
        return china == 0 ? Double.NaN : (double) us / china;
    }

    /** A chip no US rule covers is domestic: the export rules list every US chip. */
    private static boolean isDomestic(QuarterRecord quarter, String chipId) {
        return !quarter.exportRules().statusByChip().containsKey(chipId);
    }
}
