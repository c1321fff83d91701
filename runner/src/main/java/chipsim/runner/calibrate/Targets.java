package chipsim.runner.calibrate;

import static chipsim.runner.calibrate.TraceQuery.agentState;
import static chipsim.runner.calibrate.TraceQuery.book;
import static chipsim.runner.calibrate.TraceQuery.metric;
import static chipsim.runner.calibrate.TraceQuery.state;
import static chipsim.runner.calibrate.TraceQuery.sum;

import chipsim.market.Channel;
import chipsim.market.Region;
import chipsim.market.rules.ExportStatus;
import chipsim.market.rules.ImportStance;
import chipsim.runner.sim.QuarterRecord;
import java.util.List;
import java.util.Map;

/**
 * The calibration table: every docs/sources.md figure the model can produce, how it is measured, and
 * whether it is set by the scenario (input) or comes out of the run (emergent). docs/calibration.md
 * discusses each.
 */
final class Targets {

    /**
     * Scenario variants some targets are measured in, as --set overrides of the scenario. The
     * Bernstein forecast assumed the 2025 market went on as before: neither Washington's licence
     * requirement nor Beijing's guidance against H20.
     */
    static final Map<String, List<String>> VARIANTS = Map.of(
            "baseline", List.of(),
            "no-h20-ban", List.of("washington.policy=static", "washington.params={}",
                    "beijing.params.discourageBelowDomestic=0"));

    private Targets() {}

    static List<Target> all() {
        return List.of(
                new Target("huawei_output_2024", "about 200k Ascend 910B in 2024", "sources Supply (outside the seeds)",
                        200_000, "units", true, true, "baseline",
                        q -> sum(q.year(2024), r -> state(r, "huawei", "producedUnits"))),
                new Target("huawei_shipments_2025", "Huawei shipped about 700,000 advanced AI chips in 2025",
                        "sources Supply, seed 003", 700_000, "units", true, true, "baseline",
                        q -> sum(q.year(2025), r -> state(r, "huawei", "producedUnits"))),
                new Target("nvidia_china_revenue_2024", "Nvidia China revenue $17 bn in the 12 months to January",
                        "sources Demand, seed 001", 17e9, "USD", true, true, "baseline",
                        q -> sum(q.year(2024), r -> metric(r, "nvidia_china_revenue_usd"))),
                new Target("nvidia_china_share_2024", "China was 13% of Nvidia's revenue", "sources Demand, seed 001",
                        0.13, "share", true, true, "baseline",
                        q -> sum(q.year(2024), r -> metric(r, "nvidia_china_revenue_usd"))
                                / Math.max(1, sum(q.year(2024), r -> metric(r, "nvidia_revenue_usd")))),
                new Target("h20_price_2024", "H20 at $12,000-13,000 a unit", "sources Products, seeds 003/004",
                        12_500, "USD", true, true, "baseline", q -> averagePrice(q.withChip("H20").year(2024), "H20")),
                new Target("bytedance_nvidia_units_2024", "ByteDance ordered about 230,000 Nvidia chips in 2024",
                        "sources Demand, seed 001 (Omdia)", 230_000, "units", true, true, "baseline",
                        q -> sum(q.year(2024), r -> nvidiaUnitsTo(r, "bytedance"))),
                new Target("tencent_nvidia_units_2024", "Tencent ordered about 230,000 Nvidia chips in 2024",
                        "sources Demand, seed 001 (Omdia)", 230_000, "units", true, true, "baseline",
                        q -> sum(q.year(2024), r -> nvidiaUnitsTo(r, "tencent"))),
                new Target("h20_order_wave", "ByteDance, Alibaba and Tencent ordered $16 bn of H20",
                        "sources Demand, seed 001", 16e9, "USD", true, false, "baseline",
                        q -> sum(q.withChip("H20").between("2024Q1", "2025Q1"), r -> TraceQuery.fills(buyers(r,
                                        "bytedance", "alibaba", "tencent"),
                                f -> f.chipId().equals("H20") && List.of("bytedance", "alibaba", "tencent")
                                        .contains(f.buyerId()), f -> f.valueUsd()))),
                new Target("h20_units_2025_no_ban", "H20 shipments absent the ban: 1.5 million units this year",
                        "sources Demand, seed 003 (Bernstein)", 1_500_000, "units", true, true, "no-h20-ban",
                        q -> sum(q.withChip("H20").year(2025), r -> book(r, "H20").filledUnits())),
                new Target("h20_revenue_2025_no_ban", "... about $23 bn of revenue", "sources Demand, seed 003 (Bernstein)",
                        23e9, "USD", true, true, "no-h20-ban",
                        q -> sum(q.withChip("H20").year(2025),
                                r -> TraceQuery.fills(r, f -> f.chipId().equals("H20"), f -> f.valueUsd()))),
                new Target("china_h200_demand_2026", "Chinese firms requested over 2 million H200 for next year",
                        "sources Demand, seed 000", 2_000_000, "units", true, true, "baseline",
                        // An order book, not a flow: buyers re-place their bids every quarter, so the
                        // figure is the largest quarter's Chinese H200 bids in 2026, not their sum.
                        q -> q.withChip("H200").year(2026).stream()
                                .mapToDouble(r -> book(r, "H200").bidChinaUnits()).max().orElse(0)),
                new Target("beijing_first_h200_approvals", "Beijing's first approvals: over 400,000 H200",
                        "sources Demand, seed 002", 400_000, "units", false, true, "baseline",
                        q -> firstH200Approvals(q.withChip("H200"))),
                new Target("nvidia_h200_inventory", "Nvidia holds about 700,000 H200", "sources Supply, seed 000",
                        700_000, "units", true, true, "baseline",
                        q -> agentState(q.withChip("H200").at("2025Q4"), "nvidia", "inventory.H200")),
                new Target("grey_value_per_quarter_2025", "at least $1 bn of Nvidia chips smuggled in three months of 2025",
                        "sources Demand (outside the seeds, FT)", 1e9, "USD per quarter", true, false, "baseline",
                        q -> sum(q.year(2025), r -> metric(r, "grey_value_usd")) / 4),
                new Target("cowos_capacity_end_2025", "CoWoS 65-80k wafers a month at end-2025",
                        "sources Supply (outside the seeds)", 72_500 * 3, "wafers per quarter", false, true, "baseline",
                        q -> metric(q.at("2025Q4"), "tsmc_capacity_wafers")),
                new Target("cowos_capacity_end_2026", "CoWoS about 90-95k wafers a month at end-2026",
                        "sources Supply (outside the seeds)", 92_500 * 3, "wafers per quarter", false, true, "baseline",
                        q -> metric(q.at("2026Q4"), "tsmc_capacity_wafers")),
                new Target("bytedance_budget_2026", "ByteDance: 100 bn yuan (~$14 bn) for AI chips in 2026",
                        "sources Demand, seed 000", 14e9, "USD", false, true, "baseline",
                        q -> sum(q.year(2026), r -> agentState(r, "bytedance", "budgetUsd"))),
                new Target("bytedance_budget_2025", "ByteDance: 85 bn yuan planned for 2025", "sources Demand, seed 000",
                        12e9, "USD", false, true, "baseline",
                        q -> sum(q.year(2025), r -> agentState(r, "bytedance", "budgetUsd"))));
    }

    private static double averagePrice(List<QuarterRecord> quarters, String chip) {
        double value = 0;
        double units = 0;
        for (QuarterRecord quarter : quarters) {
            value += (double) book(quarter, chip).averagePriceUsd() * book(quarter, chip).filledUnits();
            units += book(quarter, chip).filledUnits();
        }
        return units == 0 ? Double.NaN : value / units;
    }

    private static double nvidiaUnitsTo(QuarterRecord quarter, String buyer) {
        TraceQuery.requireAgent(quarter, buyer);
        return TraceQuery.fills(quarter, f -> f.buyerId().equals(buyer) && f.buyerRegion() == Region.CN
                && f.channel() != Channel.DIRECT, f -> f.units());
    }

    /** The quarter, once each of these buyers is checked to be in the run. */
    private static QuarterRecord buyers(QuarterRecord quarter, String... ids) {
        for (String id : ids) {
            TraceQuery.requireAgent(quarter, id);
        }
        return quarter;
    }

    /** Beijing's H200 quota in the first quarter it admitted H200 at all (NaN if it never did). */
    private static double firstH200Approvals(TraceQuery query) {
        for (QuarterRecord quarter : query.all()) {
            ImportStance stance = quarter.importPolicy().stance("H200");
            boolean usAllows = quarter.exportRules().status("H200") != ExportStatus.BANNED;
            if (usAllows && stance == ImportStance.QUOTA) {
                return quarter.importPolicy().terms("H200").quotaUnits();
            }
        }
        return Double.NaN;
    }
}
