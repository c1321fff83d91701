package chipsim.runner.datapackage;

import static chipsim.runner.datapackage.ColumnDefinition.of;
import static chipsim.runner.datapackage.FieldType.INTEGER;
import static chipsim.runner.datapackage.FieldType.NUMBER;
import static chipsim.runner.datapackage.FieldType.STRING;

import java.util.List;

/** The columns of a run folder's CSVs (docs/trace.md shows these tables as they are here). */
public final class RunTables {

    /** The quarter column every per-quarter table starts with. */
    public static final ColumnDefinition QUARTER = of("quarter", STRING, Units.NONE, "Quarter",
            "the quarter, e.g. `2025Q3`");

    public static final TableDefinition QUARTERS = new TableDefinition("quarters.csv", "Quarters",
            "one row per quarter, one column per metric (wide)", List.of(
            QUARTER,
            of("china_compute_h100e", NUMBER, Units.H100E, "China's installed compute (H100e)",
                    "installed compute of buyers in China at the end of the quarter: their starting fleets plus every"
                            + " unit bought since, each weighted by its H100-equivalent (docs/model.md, effective compute)"),
            of("us_compute_h100e", NUMBER, Units.H100E, "US installed compute (H100e)",
                    "the same for buyers in the US"),
            of("compute_gap_h100e", NUMBER, Units.H100E, "US lead in installed compute (H100e)", "US minus China"),
            of("china_compute_growth_yoy", NUMBER, Units.SHARE, "China's compute growth, year on year",
                    "China's installed compute over its value four quarters earlier, minus 1 (over the first quarter"
                            + " of the run before a year has passed)"),
            of("china_units", NUMBER, Units.CHIPS, "Units bought by China",
                    "units bought by buyers in China this quarter, all channels"),
            of("huawei_share_china", NUMBER, Units.SHARE, "Huawei's share of China's purchases (units)",
                    "share of those units that are domestic chips"),
            of("us_chip_share_china", NUMBER, Units.SHARE, "US chips' share of China's purchases (units)",
                    "share of those units that are US chips, grey included"),
            of("nvidia_revenue_usd", NUMBER, Units.USD, "Nvidia revenue (USD)",
                    "gross value of Nvidia's sales this quarter (before fees)"),
            of("nvidia_china_revenue_usd", NUMBER, Units.USD, "Nvidia revenue in China (USD)",
                    "of which licensed sales into China"),
            of("nvidia_china_share", NUMBER, Units.SHARE, "China's share of Nvidia revenue", "the ratio of the two"),
            of("fees_usd", NUMBER, Units.USD, "Fees collected by Washington (USD)",
                    "licence revenue share collected by Washington this quarter"),
            of("grey_units", NUMBER, Units.CHIPS, "Units via the grey market",
                    "units sold into China through brokers this quarter"),
            of("grey_value_usd", NUMBER, Units.USD, "Grey-market sales (USD)",
                    "value of the units sold into China through brokers this quarter"),
            of("unmet_demand_h100e", NUMBER, Units.H100E, "Unmet demand, all buyers (H100e)",
                    "compute the buyers wanted this quarter and did not get, all buyers"),
            of("china_unmet_demand_h100e", NUMBER, Units.H100E, "Unmet demand in China (H100e)",
                    "of which buyers in China"),
            of("huawei_output_units", NUMBER, Units.CHIPS, "Huawei output (units)",
                    "Ascend units Huawei made this quarter"),
            of("nvidia_writedown_usd", NUMBER, Units.USD, "Nvidia write-downs (USD)",
                    "cost of stranded stock Nvidia wrote off this quarter"),
            of("tsmc_capacity_wafers", NUMBER, Units.WAFERS, "TSMC CoWoS capacity (wafers/quarter)",
                    "CoWoS capacity this quarter"),
            of("tsmc_utilisation", NUMBER, Units.SHARE, "TSMC CoWoS utilisation",
                    "wafers granted this quarter over capacity"),
            of("tsmc_capacity_binds", NUMBER, Units.NONE, "TSMC's CoWoS capacity binds (1) or not (0)",
                    "1 when the wafers asked for this quarter, other customers included, exceeded the capacity"),
            of("huawei_binding_input", NUMBER, Units.NONE, "Huawei's binding input",
                    "what limited Huawei's output this quarter: 1 dies, 2 HBM stacks (its HBM budget), 3 packaging, 4"
                            + " its expected sales (it made less than its inputs allow); 0 before it made anything"),
            of("unsold_units_nvidia", NUMBER, Units.CHIPS, "Nvidia's unsold stock (units)",
                    "units Nvidia holds at the end of the quarter, all chips"),
            of("unsold_units_huawei", NUMBER, Units.CHIPS, "Huawei's unsold stock (units)",
                    "units Huawei holds at the end of the quarter, all chips"),
            of("unspent_cash_usd_china", NUMBER, Units.USD, "Chinese buyers' unspent cash (USD)",
                    "cash for chips the buyers in China hold at the end of the quarter"),
            of("unspent_cash_usd_us", NUMBER, Units.USD, "US buyers' unspent cash (USD)",
                    "the same for buyers in the US"),
            of("traded_value_usd", NUMBER, Units.USD, "Value traded (USD)",
                    "value of every fill this quarter, all buyers and channels, at the prices paid"),
            of("left_on_table_usd", NUMBER, Units.USD, "Value left on the table (USD)",
                    "buyers' unmet bid units valued at their maximum price, for the units a legal seller still held"
                            + " at an ask at or below that price and the buyer's budget left could pay for (grey"
                            + " offers are not legal sellers); 0 when the market cleared"),
            of("left_on_table_triples", NUMBER, Units.COUNT, "(buyer, seller, chip) triples left on the table",
                    "how many (buyer, seller, chip) triples could still have traded legally at the close: the buyer"
                            + " with unmet bid units and budget left, the seller with unsold stock priced at or below"
                            + " the bid's maximum, both permits left"),
            of("messages", NUMBER, Units.COUNT, "Messages exchanged",
                    "messages the run's actors sent this quarter"),
            of("price_usd.<chip>", NUMBER, Units.USD, "Price of <chip> (USD)",
                    "volume-weighted average fill price of <chip> this quarter; the lowest legal ask if nothing"
                            + " filled; empty if nobody offered it"),
            of("units.<chip>", NUMBER, Units.CHIPS, "Units of <chip> sold",
                    "units of <chip> that changed hands this quarter, all buyers")));

    public static final TableDefinition FLOWS = new TableDefinition("flows.csv", "Flows", "one row per trade", List.of(
            QUARTER,
            of("seller", STRING, Units.NONE, "Seller", "the selling agent's id"),
            of("buyer", STRING, Units.NONE, "Buyer", "the buying agent's id"),
            of("buyer_region", STRING, Units.NONE, "Buyer's region",
                    "`CN`, `US` or `OFFSHORE` (a broker buying abroad)"),
            of("chip", STRING, Units.NONE, "Chip", "chip id"),
            of("units", INTEGER, Units.CHIPS, "Units", "units traded"),
            of("price_usd", INTEGER, Units.USD, "Price (USD per unit)", "per unit, paid by the buyer"),
            of("channel", STRING, Units.NONE, "Channel",
                    "`licensed` (a US chip into China through both permits), `grey` (a broker's resale into China),"
                            + " `direct` (no permit needed)"),
            of("fee_usd", INTEGER, Units.USD, "Fee (USD)",
                    "of the payment, the licence revenue share that went to Washington")));

    public static final TableDefinition AGENTS = new TableDefinition("agents.csv", "Agents",
            "one row per quarter, agent and state variable (long)", List.of(
            QUARTER,
            of("agent", STRING, Units.NONE, "Agent", "the agent's id"),
            of("role", STRING, Units.NONE, "Role",
                    "its role: washington, beijing, nvidia, tsmc, huawei, buyer, broker"),
            of("variable", STRING, Units.NONE, "Variable",
                    "the state variable (the list below); every agent has `payoff`, this quarter's payoff by its"
                            + " scenario weights (docs/model.md, objectives)"),
            of("value", NUMBER, Units.NONE, "Value", "the variable's value at the end of the quarter, in its own unit")));

    private RunTables() {}

    /** Every CSV a run folder holds. */
    public static List<TableDefinition> all() {
        return List.of(QUARTERS, FLOWS, AGENTS);
    }
}
