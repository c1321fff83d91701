package chipsim.runner.agentsapi;

import java.util.Map;

/**
 * The numeric ranges of every decision's fields, machine-readable for the agents API's schemas.
 * They repeat what each decision's {@code check} enforces (docs/decisions.md);
 * DecisionSchemasTest holds the two together. A path names a field, {@code []} a list's items and {@code *} a map's values.
 */
final class Ranges {

    /** An inclusive range. */
    record Range(double min, double max) {}

    private static final double UNITS = 1e12;
    private static final double PRICE_USD = 1e8;
    private static final double MONEY_USD = 1e13;
    private static final double NO_LIMIT = 9.223372036854776E18;

    /** Point name to field path to range. */
    static final Map<String, Map<String, Range>> BY_POINT = Map.of(
            "export-rules", Map.of(
                    "licenceAboveTpp", new Range(0, 1e15),
                    "banAboveTpp", new Range(0, 1e15),
                    "revenueShare", new Range(0, 1),
                    "chinaCapRatio", new Range(0, 10),
                    "enforcement", new Range(0, 1)),
            "import-policy", Map.of(
                    "terms.*.quotaUnits", new Range(0, UNITS),
                    "domesticRatio", new Range(0, 1),
                    "subsidyUsd", new Range(0, MONEY_USD),
                    "memory.*", new Range(-1e15, 1e15)),
            "supply", Map.of(
                    "wafersByChip.*", new Range(0, 1e9),
                    "forecastUnits.*", new Range(0, UNITS),
                    "designTo.*", new Range(0, 1e15)),
            "licence-requests", Map.of("unitsByChip.*", new Range(0, UNITS)),
            "sales", Map.of(
                    "asks.*", new Range(0, PRICE_USD),
                    "chinaAsks.*", new Range(0, PRICE_USD),
                    "chinaUnits.*", new Range(0, NO_LIMIT),
                    "elsewhereUnits.*", new Range(0, NO_LIMIT)),
            "capacity", Map.of(
                    "grantedWafers.*", new Range(0, NO_LIMIT),
                    "expansionWafers", new Range(0, 1e8)),
            "production", Map.of(
                    "unitsByChip.*", new Range(0, NO_LIMIT),
                    "investmentUsd", new Range(0, MONEY_USD)),
            "prices", Map.of("askUsdByChip.*", new Range(0, PRICE_USD)),
            "purchases", Map.of(
                    "bids[].units", new Range(0, UNITS),
                    "bids[].maxPriceUsd", new Range(0, PRICE_USD)),
            "trading", Map.of(
                    "purchases[].units", new Range(0, UNITS),
                    "purchases[].maxPriceUsd", new Range(0, PRICE_USD),
                    "markup", new Range(0, 100)));

    private Ranges() {}

    /** The range at a field path of a point's decision, or null when it has none. */
    static Range of(String point, String path) {
        return BY_POINT.getOrDefault(point, Map.of()).get(path);
    }
}
