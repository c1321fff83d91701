package chipsim.runner.sim;

import chipsim.agents.Roles;
import chipsim.market.Channel;
import chipsim.market.Chip;
import chipsim.market.ChipCatalogue;
import chipsim.market.Region;
import chipsim.market.report.AgentReport;
import chipsim.market.report.ChipBook;
import chipsim.market.report.FillRecord;
import chipsim.market.report.MarketReport;
import chipsim.market.report.PublicState;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The one place where the trace's aggregate figures are defined: the public state each quarter
 * hands to the next (from the market alone), and the metrics of quarters.csv (market plus agent
 * reports). docs/trace.md defines each column.
 */
final class Metrics {

    /** The scenario's chips, then those designed during the run, as the market reports them. */
    private ChipCatalogue catalogue;
    private final Map<String, String> roleById;
    private final Map<String, Region> regions;
    private final Map<String, Double> depreciation;
    /** Each buyer's installed compute, H100e, as the trace counts it: what it bought less what retired. */
    private final SortedMap<String, Double> fleets;
    /**
     * The catalogue's chips and their two columns' names, made once (again only if the catalogue
     * hands out another list): a name made anew every quarter is hashed anew at every look-up.
     */
    private List<Chip> chips = List.of();
    private String[] priceColumns = new String[0];
    private String[] unitColumns = new String[0];
    private final boolean anyDepreciation;
    private final boolean measuresLeftOnTable;

    Metrics(ChipCatalogue catalogue, Map<String, String> roleById, RunPlan plan) {
        this.catalogue = catalogue;
        this.roleById = roleById;
        this.regions = plan.buyerRegions();
        this.depreciation = plan.buyerDepreciation();
        this.fleets = new TreeMap<>(plan.buyerFleets());
        this.anyDepreciation = depreciation.values().stream().anyMatch(d -> d > 0);
        this.measuresLeftOnTable = plan.measuresLeftOnTable();
    }

    /**
     * This quarter's public state: last quarter's installed compute plus what buyers in China and
     * the US bought now (units x H100e), the shares of China's purchases, grey volume, US revenue
     * in China and fees.
     *
     * @param chinaComputeHistory China's installed compute at the end of each earlier quarter, oldest first
     */
    PublicState outcome(MarketReport market, PublicState previous, List<Double> chinaComputeHistory) {
        double chinaAdded = 0;
        double usAdded = 0;
        long chinaUnits = 0;
        long huaweiUnits = 0;
        long usChipUnits = 0;
        long grey = 0;
        long usChipChinaRevenue = 0;
        long fees = 0;
        for (Chip designed : market.chipsDesigned()) {
            catalogue = catalogue.with(designed);
        }
        for (FillRecord fill : market.fills()) {
            Chip chip = catalogue.get(fill.chipId());
            double compute = fill.units() * catalogue.h100e(fill.chipId());
            fees += fill.feeUsd();
            if (fill.buyerRegion() == Region.CN) {
                chinaAdded += compute;
                chinaUnits += fill.units();
                if ("CN".equals(chip.origin())) {
                    huaweiUnits += fill.units();
                } else {
                    usChipUnits += fill.units();
                }
                if (fill.channel() == Channel.GREY) {
                    grey += fill.units();
                } else if (fill.channel() == Channel.LICENSED) {
                    usChipChinaRevenue += fill.valueUsd();
                }
            } else if (fill.buyerRegion() == Region.US) {
                usAdded += compute;
            }
        }
        double china = previous.chinaComputeH100e() + chinaAdded;
        double us = previous.usComputeH100e() + usAdded;
        if (anyDepreciation) {
            // Fleets retire at each buyer's rate; regional compute is the sum of its buyers' fleets.
            SortedMap<String, Double> added = new TreeMap<>();
            for (FillRecord fill : market.fills()) {
                added.merge(fill.buyerId(), fill.units() * catalogue.h100e(fill.chipId()), Double::sum);
            }
            china = 0;
            us = 0;
            for (Map.Entry<String, Double> fleet : fleets.entrySet()) {
                String buyer = fleet.getKey();
                double next = fleet.getValue() * (1.0 - depreciation.getOrDefault(buyer, 0.0))
                        + added.getOrDefault(buyer, 0.0);
                fleet.setValue(next);
                if (regions.get(buyer) == Region.CN) {
                    china += next;
                } else if (regions.get(buyer) == Region.US) {
                    us += next;
                }
            }
        }
        double yearAgo = chinaComputeHistory.size() >= 4
                ? chinaComputeHistory.get(chinaComputeHistory.size() - 4)
                : chinaComputeHistory.isEmpty() ? china : chinaComputeHistory.get(0);
        double growth = yearAgo > 0 ? china / yearAgo - 1.0 : 0.0;
        return new PublicState(market.quarter(), market.books(), china, us, growth,
                share(huaweiUnits, chinaUnits), share(usChipUnits, chinaUnits), grey, usChipChinaRevenue, fees,
                market.exportRules(), market.importPolicy());
    }

    /** The columns of quarters.csv for one quarter, in column order. */
    SortedMap<String, Double> quarterMetrics(PublicState outcome, MarketReport market, List<AgentReport> agents,
            Map<String, Region> buyerRegions, long messages) {
        SortedMap<String, Double> m = new TreeMap<>();
        m.put("china_compute_h100e", outcome.chinaComputeH100e());
        m.put("us_compute_h100e", outcome.usComputeH100e());
        m.put("compute_gap_h100e", outcome.usComputeH100e() - outcome.chinaComputeH100e());
        m.put("china_compute_growth_yoy", outcome.chinaComputeGrowthYoY());
        m.put("huawei_share_china", outcome.huaweiShareOfChina());
        m.put("us_chip_share_china", outcome.usChipShareOfChina());
        m.put("grey_units", (double) outcome.greyUnits());
        m.put("fees_usd", (double) outcome.feesUsd());
        long chinaUnits = 0;
        long nvidiaRevenue = 0;
        long nvidiaChinaRevenue = 0;
        long greyValue = 0;
        long tradedValue = 0;
        for (FillRecord fill : market.fills()) {
            tradedValue += fill.valueUsd();
            if (fill.buyerRegion() == Region.CN) {
                chinaUnits += fill.units();
            }
            if (fill.channel() == Channel.GREY) {
                greyValue += fill.valueUsd();
            }
            if (Roles.NVIDIA.equals(roleById.get(fill.sellerId()))) {
                nvidiaRevenue += fill.valueUsd();
                if (fill.channel() == Channel.LICENSED) {
                    nvidiaChinaRevenue += fill.valueUsd();
                }
            }
        }
        m.put("china_units", (double) chinaUnits);
        m.put("grey_value_usd", (double) greyValue);
        m.put("traded_value_usd", (double) tradedValue);
        if (measuresLeftOnTable) {
            m.put(RunInputs.LEFT_ON_TABLE_COLUMNS.get(0), (double) market.leftOnTable().valueUsd());
            m.put(RunInputs.LEFT_ON_TABLE_COLUMNS.get(1), (double) market.leftOnTable().violatingTriples());
        }
        m.put("nvidia_revenue_usd", (double) nvidiaRevenue);
        m.put("nvidia_china_revenue_usd", (double) nvidiaChinaRevenue);
        m.put("nvidia_china_share", share(nvidiaChinaRevenue, nvidiaRevenue));
        double unmet = 0;
        double chinaUnmet = 0;
        double unspentChina = 0;
        double unspentUs = 0;
        double unsoldNvidia = 0;
        double unsoldHuawei = 0;
        for (AgentReport agent : agents) {
            switch (agent.role()) {
                case Roles.BUYER -> {
                    double u = agent.state().getOrDefault("unmetH100e", 0.0);
                    double cash = agent.state().getOrDefault("cashUsd", 0.0);
                    unmet += u;
                    if (buyerRegions.get(agent.agentId()) == Region.CN) {
                        chinaUnmet += u;
                        unspentChina += cash;
                    } else if (buyerRegions.get(agent.agentId()) == Region.US) {
                        unspentUs += cash;
                    }
                }
                case Roles.TSMC -> {
                    double capacity = agent.state().getOrDefault("capacityWafers", 0.0);
                    m.put("tsmc_utilisation", agent.state().getOrDefault("utilisation", 0.0));
                    m.put("tsmc_capacity_wafers", capacity);
                    m.put("tsmc_capacity_binds", agent.state().getOrDefault("demandedWafers", 0.0) > capacity ? 1.0 : 0.0);
                }
                case Roles.HUAWEI -> {
                    m.put("huawei_output_units", agent.state().getOrDefault("producedUnits", 0.0));
                    m.put("huawei_binding_input", agent.state().getOrDefault("bindingInput", 0.0));
                    unsoldHuawei += inventory(agent);
                }
                case Roles.NVIDIA -> {
                    m.put("nvidia_writedown_usd", agent.state().getOrDefault("writeDownUsd", 0.0));
                    unsoldNvidia += inventory(agent);
                }
                default -> { }
            }
        }
        m.put("unmet_demand_h100e", unmet);
        m.put("china_unmet_demand_h100e", chinaUnmet);
        m.put("unspent_cash_usd_china", unspentChina);
        m.put("unspent_cash_usd_us", unspentUs);
        m.put("unsold_units_nvidia", unsoldNvidia);
        m.put("unsold_units_huawei", unsoldHuawei);
        m.put("messages", (double) messages);
        List<Chip> all = catalogue.all();
        if (all != chips) {
            nameChipColumns(all);
        }
        for (int i = 0; i < chips.size(); i++) {
            ChipBook book = outcome.book(chips.get(i).id());
            // A chip nobody offered has no price: NaN, an empty cell, never a 0 that would drag means down.
            m.put(priceColumns[i], book.averagePriceUsd() == 0 ? Double.NaN : (double) book.averagePriceUsd());
            m.put(unitColumns[i], (double) book.filledUnits());
        }
        return m;
    }

    private void nameChipColumns(List<Chip> all) {
        priceColumns = new String[all.size()];
        unitColumns = new String[all.size()];
        for (int i = 0; i < all.size(); i++) {
            priceColumns[i] = "price_usd." + all.get(i).id();
            unitColumns[i] = "units." + all.get(i).id();
        }
        chips = all;
    }

    /** Units an agent holds at the close, over its chips (its inventory.* state). */
    private static double inventory(AgentReport agent) {
        double units = 0;
        for (Map.Entry<String, Double> entry : agent.state().entrySet()) {
            if (entry.getKey().startsWith("inventory.")) {
                units += entry.getValue();
            }
        }
        return units;
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0.0 : (double) part / whole;
    }
}
