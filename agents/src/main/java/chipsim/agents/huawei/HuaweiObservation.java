package chipsim.agents.huawei;

import chipsim.market.Chip;
import chipsim.market.Quarter;
import chipsim.market.report.PublicState;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * What Huawei has to work with this quarter. Its output is bounded by three inputs at once: logic
 * dies (SMIC wafers at the current yield, plus dies stockpiled through proxies), HBM stacks
 * (stockpile plus domestic output), and advanced-packaging slots.
 *
 * @param chips            its chips in production this quarter
 * @param ownChips         all its chips in the catalogue, in production or not (stock may outlive production)
 * @param diesAvailable    good compute dies on hand this quarter
 * @param hbmStacks        HBM stacks on hand
 * @param packagingUnits   chips it can package this quarter
 * @param diesPerChip      compute dies one chip needs
 * @param hbmStacksPerChip HBM stacks one chip needs
 * @param h100eByChip      effective compute per chip, H100-equivalents
 * @param asks             current asks, USD
 * @param stock            finished units on hand
 * @param cashUsd          cash on hand, subsidy included
 * @param last             what the market showed last quarter
 * @param hbmInflowStacks  HBM stacks that arrived this quarter (domestic output), part of {@code hbmStacks}
 * @param forecastH100e    its own demand forecast from its last production decision, H100e a quarter (0: none yet)
 * @param forecastGrowth   that forecast's growth rate, share per quarter
 */
public record HuaweiObservation(Quarter quarter, List<Chip> chips, List<Chip> ownChips, long diesAvailable,
        long hbmStacks, long packagingUnits, Map<String, Double> diesPerChip, Map<String, Double> hbmStacksPerChip,
        Map<String, Double> h100eByChip, SortedMap<String, Long> asks, SortedMap<String, Long> stock, long cashUsd,
        PublicState last, long hbmInflowStacks, double forecastH100e, double forecastGrowth) {

    public HuaweiObservation {
        chips = List.copyOf(chips);
        ownChips = List.copyOf(ownChips);
        diesPerChip = copy(diesPerChip);
        hbmStacksPerChip = copy(hbmStacksPerChip);
        h100eByChip = copy(h100eByChip);
        asks = copy(asks);
        stock = copy(stock);
    }

    private static <V> SortedMap<String, V> copy(Map<String, V> map) {
        return java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(map));
    }

    /** One of its chips by id. */
    public Chip chip(String chipId) {
        return ownChips.stream().filter(c -> c.id().equals(chipId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no Huawei chip '" + chipId + "'"));
    }

    /** Slack for floating-point products of units and inputs per chip (inputs are whole numbers). */
    public static final double TOLERANCE = 1e-6;

    /** The most units of one chip the three inputs allow, making nothing else. */
    public long maxUnits(String chipId) {
        return maxUnits(chipId, hbmStacks);
    }

    /** The most units of one chip the dies, packaging and {@code stacks} HBM stacks allow. */
    public long maxUnits(String chipId, long stacks) {
        double dies = diesPerChip.getOrDefault(chipId, 1.0);
        double perChip = hbmStacksPerChip.getOrDefault(chipId, 1.0);
        long byDies = dies <= 0 ? Long.MAX_VALUE : (long) Math.floor(diesAvailable / dies + TOLERANCE);
        long byHbm = perChip <= 0 ? Long.MAX_VALUE : (long) Math.floor(stacks / perChip + TOLERANCE);
        return Math.max(0, Math.min(packagingUnits, Math.min(byDies, byHbm)));
    }

    /** Which input binds the output of one chip: "dies", "hbm" or "packaging". */
    public String bindingInput(String chipId) {
        return bindingInput(chipId, hbmStacks);
    }

    /** Which input binds the output of one chip when {@code stacks} HBM stacks may be used. */
    public String bindingInput(String chipId, long stacks) {
        double dies = diesPerChip.getOrDefault(chipId, 1.0);
        double perChip = hbmStacksPerChip.getOrDefault(chipId, 1.0);
        double byDies = dies <= 0 ? Double.MAX_VALUE : diesAvailable / dies;
        double byHbm = perChip <= 0 ? Double.MAX_VALUE : stacks / perChip;
        if (packagingUnits <= byDies && packagingUnits <= byHbm) {
            return "packaging";
        }
        return byHbm <= byDies ? "hbm" : "dies";
    }

    /** True when a production plan stays within all three inputs. */
    public boolean fits(Map<String, Long> plan) {
        double dies = 0;
        double stacks = 0;
        long units = 0;
        for (Map.Entry<String, Long> entry : plan.entrySet()) {
            if (entry.getValue() < 0) {
                return false;
            }
            dies += entry.getValue() * diesPerChip.getOrDefault(entry.getKey(), 1.0);
            stacks += entry.getValue() * hbmStacksPerChip.getOrDefault(entry.getKey(), 1.0);
            units += entry.getValue();
        }
        return dies <= diesAvailable + TOLERANCE && stacks <= hbmStacks + TOLERANCE && units <= packagingUnits;
    }
}
