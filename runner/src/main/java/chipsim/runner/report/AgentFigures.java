package chipsim.runner.report;

import chipsim.runner.report.RunData.AgentSnapshot;
import chipsim.runner.report.RunData.Flow;
import chipsim.runner.report.RunData.QuarterTrace;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The agents' figures of a run report: each buyer's unmet demand and each agent's payoff. */
final class AgentFigures {

    private static final String QUARTER = "quarter";
    private static final String UNMET = "unmetH100e";
    /** More series than this are unreadable in one chart (and would bloat the page in a run with many buyers). */
    private static final int MAX_SERIES = 10;

    private final RunData run;
    private final List<String> quarters;

    AgentFigures(RunData run) {
        this.run = run;
        this.quarters = run.quarters();
    }

    Optional<Figure> unmetDemand() {
        Map<String, List<Double>> byBuyer = new LinkedHashMap<>();
        for (int i = 0; i < run.trace().size(); i++) {
            for (Map.Entry<String, AgentSnapshot> agent : run.trace().get(i).agents().entrySet()) {
                Double unmet = agent.getValue().state().get(UNMET);
                if (unmet != null) {
                    byBuyer.computeIfAbsent(agent.getKey(), k -> Values.zeros(quarters.size())).set(i, unmet);
                }
            }
        }
        if (byBuyer.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> regions = buyerRegions();
        List<String> buyers = new ArrayList<>(byBuyer.keySet());
        buyers.sort(Comparator.comparingDouble((String b) -> -Values.sum(byBuyer.get(b))).thenComparing(b -> b));
        List<Series> series = new ArrayList<>();
        int shown = buyers.size() > MAX_SERIES ? MAX_SERIES - 1 : buyers.size();
        for (int i = 0; i < shown; i++) {
            String buyer = buyers.get(i);
            String region = regions.get(buyer);
            String name = region == null ? buyer : buyer + " (" + MarketFigures.regionName(region) + ")";
            series.add(Series.bar(name, "unmet", byBuyer.get(buyer)).withColor(Palette.series(i)));
        }
        if (shown < buyers.size()) {
            List<Double> rest = Values.zeros(quarters.size());
            for (String buyer : buyers.subList(shown, buyers.size())) {
                List<Double> unmet = byBuyer.get(buyer);
                for (int i = 0; i < unmet.size(); i++) {
                    rest.set(i, rest.get(i) + unmet.get(i));
                }
            }
            series.add(Series.bar("other buyers (" + (buyers.size() - shown) + ")", "unmet", rest)
                    .withColor(Palette.series(shown)));
        }
        List<Double> total = Values.zeros(quarters.size());
        byBuyer.values().forEach(v -> {
            for (int i = 0; i < v.size(); i++) {
                total.set(i, total.get(i) + v.get(i));
            }
        });
        int peak = Values.maxIndex(total).orElse(0);
        String top = buyers.get(0);
        String reading = "Compute the buyers wanted but could not get; the shortfall peaked in " + quarters.get(peak)
                + " at " + Unit.H100E.format(total.get(peak)) + " H100e, and " + top + " went shortest over the run ("
                + Unit.H100E.format(Values.sum(byBuyer.get(top))) + " H100e-quarters).";
        return Optional.of(Figure.of("unmet-demand", SeriesChart.overCategories("Unmet demand by buyer", reading,
                QUARTER, quarters, "unmet demand (H100-equivalents)", Unit.H100E, series)));
    }

    /** One choice per group of roles whose payoffs are of a like size, so no line is flattened by another's scale. */
    Optional<Figure> payoffs() {
        Map<String, String> roles = run.rolesById();
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (Map.Entry<String, String> agent : roles.entrySet()) {
            groups.computeIfAbsent(roleGroup(agent.getValue()), k -> new ArrayList<>()).add(agent.getKey());
        }
        List<Figure.Choice> choices = new ArrayList<>();
        for (String group : List.of("governments", "suppliers", "buyers", "grey market", "others")) {
            List<String> agents = groups.get(group);
            if (agents == null) {
                continue;
            }
            if (agents.size() > MAX_SERIES) {
                // Thousands of synthetic buyers would make an unreadable chart and a huge page: show the largest.
                agents.sort(Comparator.comparingDouble((String a) -> -Math.abs(Values.sum(payoffOf(a)))));
                agents = agents.subList(0, MAX_SERIES);
            }
            List<Series> series = new ArrayList<>();
            String best = null;
            double bestTotal = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < agents.size(); i++) {
                List<Double> payoff = payoffOf(agents.get(i));
                if (Values.countPresent(payoff) == 0) {
                    continue;
                }
                series.add(Series.line(agents.get(i), payoff).withColor(Palette.series(i)));
                if (Values.sum(payoff) > bestTotal) {
                    bestTotal = Values.sum(payoff);
                    best = agents.get(i);
                }
            }
            if (series.isEmpty()) {
                continue;
            }
            int all = groups.get(group).size();
            String shownOf = agents.size() < all ? " (the " + agents.size() + " largest of " + all + ")" : "";
            String reading = "Each agent's payoff per quarter" + shownOf + ", in the units of its own payoff weights"
                    + " (see the scenario)" + (series.size() > 1 ? "; over the run " + best + " gained most (a sum of "
                    + Unit.PLAIN.format(bestTotal) + ")." : "; its sum over the run is " + Unit.PLAIN.format(bestTotal)
                    + ".");
            choices.add(new Figure.Choice(group, SeriesChart.overCategories("Payoffs over time: " + group, reading,
                    QUARTER, quarters, "payoff per quarter", Unit.PLAIN, series)));
        }
        if (choices.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Figure("payoffs", "Each agent's payoff over time", "agents", choices));
    }

    private List<Double> payoffOf(String agent) {
        List<Double> payoff = new ArrayList<>();
        for (QuarterTrace q : run.trace()) {
            AgentSnapshot snapshot = q.agents().get(agent);
            payoff.add(snapshot == null ? null : snapshot.payoff());
        }
        return payoff;
    }

    private Map<String, String> buyerRegions() {
        Map<String, String> regions = new LinkedHashMap<>();
        for (QuarterTrace q : run.trace()) {
            for (Flow flow : q.flows()) {
                regions.putIfAbsent(flow.buyer(), flow.buyerRegion());
            }
        }
        return regions;
    }

    private static String roleGroup(String role) {
        return switch (role) {
            case "washington", "beijing" -> "governments";
            case "nvidia", "tsmc", "huawei" -> "suppliers";
            case "buyer" -> "buyers";
            case "broker" -> "grey market";
            default -> "others";
        };
    }
}
