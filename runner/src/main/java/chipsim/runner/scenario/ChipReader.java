package chipsim.runner.scenario;

import chipsim.market.Chip;
import chipsim.market.Quarter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads and checks the chip catalogue of a scenario. */
final class ChipReader {

    static final List<String> KEYS = List.of("id", "vendor", "origin", "tflopsBf16", "memoryGb", "bandwidthTbs",
            "interconnectGbs", "tpp", "unitCostUsd", "listPriceUsd", "unitsPerWafer", "chinaOnly", "availableFrom",
            "discontinuedAfter", "variantOf", "designLagQuarters");

    private ChipReader() {}

    /**
     * @param sellers seller agent ids and their role, for the vendor check
     */
    static List<Chip> read(NodeReader top, Map<String, String> sellers, Problems problems) {
        List<Chip> chips = new ArrayList<>();
        List<JsonNode> items = top.list("chips");
        if (items.isEmpty()) {
            problems.add("chips", "the scenario lists no chips", "add a chips: list; configs/baseline.yaml has one");
        }
        Set<String> ids = new HashSet<>();
        // Where each read chip is in the file: a chip without an id is left out of chips, so
        // the two lists' indexes differ after it.
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String path = "chips[" + i + "]";
            JsonNode item = items.get(i);
            if (!item.isObject()) {
                problems.add(path, "a chip must be a mapping of its specs", "write id: H20, vendor: nvidia, ...");
                continue;
            }
            NodeReader chip = new NodeReader(item, path, problems);
            chip.allowOnly(KEYS);
            String id = chip.text("id", null, true);
            if (id != null && !ids.add(id)) {
                problems.add(chip.at("id"), "chip '" + id + "' is listed twice", "give each chip its own id");
            }
            String vendor = chip.text("vendor", "", true);
            if (!vendor.isEmpty() && !sellers.containsKey(vendor)) {
                problems.add(chip.at("vendor"), "vendor '" + vendor + "' is not a selling agent of this scenario",
                        "use the id of the nvidia or huawei agent: " + String.join(", ", sellers.keySet()));
            }
            String origin = chip.text("origin", "", true);
            if (!origin.isEmpty() && !origin.equals("US") && !origin.equals("CN")) {
                problems.add(chip.at("origin"), "origin must be US or CN, not '" + origin + "'",
                        "US chips fall under Washington's rules; CN chips are domestic in China");
            }
            double tflops = orZero(chip.number("tflopsBf16", null, 0.001, 1e6, "dense BF16 TFLOPS"));
            double memory = orZero(chip.number("memoryGb", 0.0, 0, 1e5, "GB"));
            double bandwidth = orZero(chip.number("bandwidthTbs", null, 0.001, 1e4, "TB/s"));
            double interconnect = orZero(chip.number("interconnectGbs", 0.0, 0, 1e6, "GB/s"));
            double tpp = orZero(chip.number("tpp", 16.0 * tflops, 0, 1e8, "TPP, about 16 x TFLOPS"));
            long cost = orZero(chip.integer("unitCostUsd", null, 1, 100_000_000, "USD"));
            long price = orZero(chip.integer("listPriceUsd", null, 1, 100_000_000, "USD"));
            double perWafer = orZero(chip.number("unitsPerWafer", 0.0, 0, 1e5, "packaged units per CoWoS wafer"));
            if ("US".equals(origin) && chip.has("vendor") && perWafer <= 0) {
                problems.add(path, "chip '" + id + "' is made at TSMC but has no unitsPerWafer",
                        "add unitsPerWafer: 16 (Hopper-class) or 8 (Blackwell-class)");
            }
            boolean chinaOnly = chip.flag("chinaOnly", false);
            Quarter from = chip.quarter("availableFrom", false);
            Quarter until = chip.quarter("discontinuedAfter", false);
            if (from != null && until != null && until.isBefore(from)) {
                problems.add(chip.at("discontinuedAfter"), "discontinued before it is available",
                        "discontinuedAfter must be on or after availableFrom");
            }
            String variantOf = chip.text("variantOf", null, false);
            long lag = orZero(chip.integer("designLagQuarters", 0L, 0, 40, "quarters"));
            if (variantOf != null && from == null && lag < 1) {
                problems.add(path, "variant '" + id + "' has no availableFrom, so it is designed on demand, "
                        + "but designLagQuarters is " + lag, "give designLagQuarters: 2 (or set availableFrom)");
            }
            if (id != null) {
                paths.add(path);
                chips.add(new Chip(id, vendor, origin, tflops, memory, bandwidth, interconnect, tpp, cost, price,
                        perWafer, chinaOnly, from, until, variantOf, (int) lag));
            }
        }
        for (int i = 0; i < chips.size(); i++) {
            Chip chip = chips.get(i);
            if (chip.variantOf() != null && !ids.contains(chip.variantOf())) {
                problems.add(paths.get(i) + ".variantOf", "variantOf names unknown chip '" + chip.variantOf() + "'",
                        chipsim.agents.Names.suggestion(chip.variantOf(), ids.stream().sorted().toList()));
            }
        }
        return chips;
    }

    private static double orZero(Double value) {
        return value == null ? 0 : value;
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
