package chipsim.runner.calibrate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The parameters a robustness check draws around (docs/calibration.md, "Robustness"): every
 * numeric policy parameter and set-up value of the baseline that was tuned to the targets or is an
 * assumption with no published figure behind it ("assumption" in configs/baseline.yaml). Figures
 * the scenario takes from a source (the TPP lines, the 25% share, the CoWoS plan, the HBM stock,
 * the seeds' budgets) are inputs, not calibration, and stay fixed.
 */
public final class CalibratedParameters {

    /** The baseline's list, as --set paths. */
    public static final List<String> BASELINE = List.of(
            "flopsWeight",                                      // effective compute's FLOPs weight
            "washington.params.dependenceTarget",               // "addicted to the American stack" read as 50%
            "washington.params.maxChinaGrowth",
            "washington.setup.enforcement",
            "beijing.params.discourageBelowDomestic",
            "beijing.params.domesticRatio",
            "beijing.params.subsidyUsdPerQuarter",
            "nvidia.params.coverQuarters",                      // stock left after next quarter's sales
            "nvidia.params.inventoryAdjustmentQuarters",
            "nvidia.params.openingCoverQuarters",               // stock for an expected licence
            "nvidia.params.stopBuildingBelief",
            "nvidia.setup.inventory.H20",                       // tuned: stock ahead of the H20 wave
            "nvidia.setup.inventory.H100",
            "nvidia.setup.launchUnits",
            "nvidia.setup.openingForecastUnits.H100",           // tuned: the order book at the start
            "nvidia.setup.openingForecastUnits.H20",
            "nvidia.setup.openingForecastUnits.H200",
            "nvidia.setup.openingForecastUnits.B200",
            "tsmc.setup.otherCustomersGrowth",                  // tuned: Nvidia near 60% of CoWoS
            "huawei.params.investShare",
            "huawei.params.hbmCoverQuarters",                   // how long the HBM stockpile must last
            "huawei.setup.smicWafersPerQuarter",
            "huawei.setup.smicWaferGrowth",
            "huawei.setup.packagingGrowth",
            "huawei.setup.usdPerPackagingUnit",
            "huawei.setup.hbmStacksGrowth",
            "bytedance.setup.annualBudgetUsd.2024",             // tuned: Omdia's 230k units
            "china-others.setup.annualBudgetUsd.2024",          // tuned: Nvidia's $17 bn China revenue
            "china-others.setup.annualBudgetUsd.2025",          // tuned: Bernstein's H20 volume
            "bytedance.params.referencePriceUsdPerH100e",       // the value of compute
            "alibaba.params.referencePriceUsdPerH100e",
            "tencent.params.referencePriceUsdPerH100e",
            "baidu.params.referencePriceUsdPerH100e",
            "china-others.params.referencePriceUsdPerH100e",
            "us-clouds.params.referencePriceUsdPerH100e",
            "us-clouds.setup.depreciationPerQuarter",
            "broker-sg.setup.cashUsd",                          // sized: the FT's $1 bn a quarter
            "broker-my.setup.cashUsd",
            "bytedance.setup.bidDepth",                            // bids this many times the plan
            "alibaba.setup.bidDepth",
            "tencent.setup.bidDepth",
            "baidu.setup.bidDepth",
            "china-others.setup.bidDepth",
            "us-clouds.setup.bidDepth",
            "bytedance.setup.budgetShockPersistence",               // how long a budget revision lasts
            "alibaba.setup.budgetShockPersistence",
            "tencent.setup.budgetShockPersistence",
            "baidu.setup.budgetShockPersistence",
            "china-others.setup.budgetShockPersistence",
            "us-clouds.setup.budgetShockPersistence");

    /** One parameter with its value in the scenario. */
    public record Parameter(String path, double value, boolean integer) {}

    private CalibratedParameters() {}

    /**
     * Reads each path's value from the resolved scenario.
     *
     * @throws IllegalArgumentException naming the path and the fix when a path is missing, not a
     *                                  number, or 0 (a spread around 0 is no spread)
     */
    public static List<Parameter> resolve(ObjectNode scenarioTree, List<String> paths) {
        List<Parameter> parameters = new ArrayList<>();
        for (String path : paths) {
            String[] keys = path.split("\\.");
            JsonNode node = scenarioTree.has(keys[0]) ? scenarioTree : scenarioTree.path("agents");
            for (String key : keys) {
                node = node.path(key);
            }
            if (node.isMissingNode() || node.isNull()) {
                throw new IllegalArgumentException("--vary " + path + ": the scenario has no such value; name a numeric "
                        + "value as --set would, e.g. --vary washington.params.maxChinaGrowth");
            }
            if (!node.isNumber()) {
                throw new IllegalArgumentException("--vary " + path + ": the value is not a number (" + node
                        + "); only numeric parameters can be drawn around");
            }
            if (node.asDouble() == 0) {
                throw new IllegalArgumentException("--vary " + path + ": the value is 0, so a relative spread leaves it "
                        + "at 0; leave it out, or sweep it with chipsim sweep");
            }
            parameters.add(new Parameter(path, node.asDouble(), node.isIntegralNumber()));
        }
        return parameters;
    }
}
