package chipsim.runner.report;

import chipsim.runner.report.RunData.Flow;
import chipsim.runner.report.RunData.QuarterTrace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** The market's figures of a run report: prices, what China bought and from whom, compute, revenue. */
final class MarketFigures {

    private static final String QUARTER = "quarter";

    private final RunData run;
    private final List<String> quarters;

    MarketFigures(RunData run) {
        this.run = run;
        this.quarters = run.quarters();
    }

    Optional<Figure> prices() {
        Set<String> chips = new LinkedHashSet<>(run.scenario().vendorByChip().keySet());
        run.trace().forEach(q -> chips.addAll(q.prices().keySet()));
        List<Series> series = new ArrayList<>();
        String biggestMove = "";
        double biggestLogRatio = 0;
        for (String chip : chips) {
            List<Double> prices = new ArrayList<>();
            for (QuarterTrace q : run.trace()) {
                prices.add(q.prices().get(chip));
            }
            prices = Values.zeroAsGap(prices);
            if (Values.countPresent(prices) == 0) {
                continue;
            }
            series.add(Series.line(chip, prices));
            int first = Values.firstPresent(prices).getAsInt();
            int last = Values.lastPresent(prices).getAsInt();
            double ratio = prices.get(last) / prices.get(first);
            if (last > first && Math.abs(Math.log(ratio)) > biggestLogRatio) {
                biggestLogRatio = Math.abs(Math.log(ratio));
                biggestMove = "the biggest move was " + chip + "'s, from " + Unit.USD.format(prices.get(first))
                        + " in " + quarters.get(first) + " to " + Unit.USD.format(prices.get(last)) + " in "
                        + quarters.get(last) + " (" + signedPercent(ratio - 1) + ")";
            }
        }
        if (series.isEmpty()) {
            return Optional.empty();
        }
        String reading = "Average clearing price per unit of each chip that traded (gaps: no trade that quarter); "
                + (biggestMove.isEmpty() ? "no chip's price changed." : biggestMove + ".");
        return Optional.of(Figure.of("prices", SeriesChart.overCategories("Prices by chip", reading, QUARTER, quarters,
                "price (USD per unit)", Unit.USD, series)));
    }

    Optional<Figure> unitsToChina() {
        Map<String, List<Double>> byRoute = new LinkedHashMap<>();
        double total = 0;
        for (int i = 0; i < run.trace().size(); i++) {
            for (Flow flow : run.trace().get(i).flows()) {
                if (!"CN".equals(flow.buyerRegion())) {
                    continue;
                }
                String route = routeName(vendorOf(flow.chip()), flow.channel());
                List<Double> units = byRoute.computeIfAbsent(route, k -> Values.zeros(quarters.size()));
                units.set(i, units.get(i) + flow.units());
                total += flow.units();
            }
        }
        if (byRoute.isEmpty()) {
            return Optional.empty();
        }
        List<Series> series = new ArrayList<>();
        List<String> shares = new ArrayList<>();
        int index = 0;
        for (Map.Entry<String, List<Double>> route : byRoute.entrySet()) {
            series.add(Series.bar(route.getKey(), "units", route.getValue()).withColor(routeColor(route.getKey(),
                    index++)));
            shares.add(route.getKey() + " " + Unit.SHARE.format(Values.sum(route.getValue()) / total));
        }
        String reading = "China bought " + Unit.UNITS.format(total) + " accelerators over the run: "
                + Values.listOf(shares, 6) + ".";
        return Optional.of(Figure.of("china-units", SeriesChart.overCategories(
                "Units shipped to China by vendor and channel", reading, QUARTER, quarters, "units per quarter",
                Unit.UNITS, series)));
    }

    Optional<Figure> huaweiShare() {
        Optional<List<Double>> huawei = run.metric("huawei_share_china");
        if (huawei.isEmpty()) {
            return Optional.empty();
        }
        List<Series> series = new ArrayList<>();
        series.add(Series.line("Huawei", huawei.get()).withColor(Palette.HUAWEI));
        run.metric("us_chip_share_china").ifPresent(us -> series.add(Series.line("US chips", us)
                .withColor(Palette.NVIDIA)));
        List<Double> share = huawei.get();
        OptionalInt first = Values.firstPresent(share);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        int last = Values.lastPresent(share).getAsInt();
        long whole = share.stream().filter(v -> Values.present(v) && v >= 0.999).count();
        String reading = "Huawei's share of the units China bought went from " + Unit.SHARE.format(share.get(
                first.getAsInt())) + " in " + quarters.get(first.getAsInt()) + " to " + Unit.SHARE.format(share.get(
                last)) + " in " + quarters.get(last) + (whole > 0 ? "; in " + whole + " of " + quarters.size()
                + " quarters no US chip reached China." : ".");
        return Optional.of(Figure.of("huawei-share", SeriesChart.overCategories(
                "Huawei's share of Chinese purchases", reading, QUARTER, quarters, "share of units bought in China",
                Unit.SHARE, series)));
    }

    Optional<Figure> compute() {
        Optional<List<Double>> china = run.metric("china_compute_h100e");
        Optional<List<Double>> us = run.metric("us_compute_h100e");
        if (china.isEmpty() || us.isEmpty()) {
            return Optional.empty();
        }
        List<Double> gap = run.metric("compute_gap_h100e").orElseGet(() -> {
            List<Double> g = new ArrayList<>();
            for (int i = 0; i < quarters.size(); i++) {
                g.add(us.get().get(i) - china.get().get(i));
            }
            return g;
        });
        List<Series> series = List.of(
                Series.bar("gap (US − China)", null, gap).withColor(Palette.GAP),
                Series.line("US", us.get()).withColor(Palette.US),
                Series.line("China", china.get()).withColor(Palette.CHINA));
        int last = quarters.size() - 1;
        double c = china.get().get(last);
        double u = us.get().get(last);
        String reading = "In " + quarters.get(last) + " the US had " + Unit.H100E.format(u) + " H100e installed"
                + " against China's " + Unit.H100E.format(c) + ": a gap of " + Unit.H100E.format(gap.get(last))
                + (c > 0 ? " (" + ratio(u / c) + "×)" : "") + ", against " + Unit.H100E.format(gap.get(0)) + " in "
                + quarters.get(0) + ".";
        return Optional.of(Figure.of("compute", SeriesChart.overCategories(
                "Installed compute of China and the US, and the gap", reading, QUARTER, quarters,
                "installed compute (H100-equivalents)", Unit.H100E, series)));
    }

    Optional<Figure> nvidiaRevenue() {
        Map<String, String> roles = run.rolesById();
        Map<String, List<Double>> byRegion = new LinkedHashMap<>();
        List<Double> fees = Values.zeros(quarters.size());
        for (int i = 0; i < run.trace().size(); i++) {
            for (Flow flow : run.trace().get(i).flows()) {
                fees.set(i, fees.get(i) + flow.feeUsd());
                if (!"nvidia".equals(roles.get(flow.seller()))) {
                    continue;
                }
                List<Double> revenue = byRegion.computeIfAbsent(regionName(flow.buyerRegion()),
                        k -> Values.zeros(quarters.size()));
                revenue.set(i, revenue.get(i) + flow.units() * flow.priceUsd());
            }
        }
        List<Double> feeSeries = run.metric("fees_usd").orElse(fees);
        if (byRegion.isEmpty() && Values.sum(feeSeries) == 0) {
            return Optional.empty();
        }
        List<Series> series = new ArrayList<>();
        int index = 0;
        double total = 0;
        for (Map.Entry<String, List<Double>> region : byRegion.entrySet()) {
            String color = region.getKey().equals("China") ? Palette.CHINA
                    : region.getKey().startsWith("US") ? Palette.US : Palette.series(4 + index++);
            series.add(Series.bar(region.getKey(), "revenue", region.getValue()).withColor(color));
            total += Values.sum(region.getValue());
        }
        series.add(Series.line("fees to Washington", feeSeries).withColor(Palette.FEES));
        double china = byRegion.containsKey("China") ? Values.sum(byRegion.get("China")) : 0;
        String reading = "Nvidia sold " + Unit.USD.format(total) + " over the run, "
                + Unit.SHARE.format(total > 0 ? china / total : 0) + " of it in China; Washington collected "
                + Unit.USD.format(Values.sum(feeSeries)) + " in licence fees.";
        return Optional.of(Figure.of("nvidia-revenue", SeriesChart.overCategories(
                "Nvidia's revenue by region, and the fees Washington collects", reading, QUARTER, quarters,
                "USD per quarter", Unit.USD, series)));
    }

    private String vendorOf(String chip) {
        String vendor = run.scenario().vendorByChip().get(chip);
        return vendor == null || vendor.isEmpty() ? chip : vendor;
    }

    static String routeName(String vendor, String channel) {
        String via = switch (channel) {
            case "grey" -> "grey market";
            case "" -> "unknown channel";
            default -> channel;
        };
        return Values.capitalised(vendor) + " · " + via;
    }

    private static String routeColor(String route, int index) {
        if (route.startsWith("Huawei")) {
            return Palette.HUAWEI;
        }
        if (route.startsWith("Nvidia")) {
            return route.endsWith("grey market") ? Palette.NVIDIA_GREY : Palette.NVIDIA;
        }
        return Palette.series(index);
    }

    static String regionName(String region) {
        return switch (region) {
            case "CN" -> "China";
            case "US" -> "US and allies";
            case "OFFSHORE" -> "offshore";
            default -> region.isEmpty() ? "unknown region" : region;
        };
    }

    static String signedPercent(double change) {
        return (change >= 0 ? "+" : "") + Unit.SHARE.format(change);
    }

    private static String ratio(double r) {
        return Unit.PLAIN.format(Math.round(r * 10) / 10.0);
    }
}
