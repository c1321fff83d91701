package chipsim.runner.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Turns a {@link Chart} into what the page's script needs to draw it with ECharts: the chart's
 * option (plain JSON), its kind and unit, and its reading. Functions cannot travel in JSON, so
 * report.js adds the tooltip and axis formatters from the unit, and draws confidence bands.
 */
final class EChartsOptions {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();

    private EChartsOptions() {}

    static ObjectNode of(Chart chart) {
        ObjectNode spec = NODES.objectNode();
        spec.put("title", chart.title());
        spec.put("reading", chart.reading());
        if (chart instanceof SeriesChart c) {
            series(c, spec);
        } else if (chart instanceof HeatmapChart c) {
            heatmap(c, spec);
        } else if (chart instanceof TimelineChart c) {
            timeline(c, spec);
        }
        return spec;
    }

    private static ObjectNode base() {
        ObjectNode option = NODES.objectNode();
        option.put("animation", false);
        ArrayNode colors = option.putArray("color");
        Palette.SERIES.forEach(colors::add);
        option.putObject("textStyle").put("fontFamily", "system-ui, -apple-system, 'Segoe UI', sans-serif");
        return option;
    }

    private static void series(SeriesChart chart, ObjectNode spec) {
        spec.put("kind", "series");
        spec.put("unit", chart.unit().key());
        ObjectNode option = base();
        option.putObject("tooltip").put("trigger", chart.numericX() ? "item" : "axis");
        ObjectNode legend = option.putObject("legend").put("type", "scroll").put("top", 0);
        ArrayNode legendNames = legend.putArray("data");
        option.putObject("grid").put("left", 16).put("right", 40).put("top", 72).put("bottom", 40)
                .put("containLabel", true);
        ObjectNode x = option.putObject("xAxis").put("type", chart.numericX() ? "value" : "category")
                .put("name", chart.xName()).put("nameLocation", "middle").put("nameGap", 28);
        if (chart.numericX()) {
            x.put("scale", true);
        } else {
            x.set("data", JSON.valueToTree(chart.x()));
            everyLabel(x, chart.x().size());
        }
        option.putObject("yAxis").put("type", "value").put("name", chart.yName()).put("nameLocation", "end")
                .put("nameGap", 16).putObject("nameTextStyle").put("align", "left").put("fontWeight", "bold");
        ArrayNode series = option.putArray("series");
        boolean rowTooltips = chart.numericX();
        for (int i = 0; i < chart.series().size(); i++) {
            Series s = chart.series().get(i);
            String color = s.color() != null ? s.color() : Palette.series(i);
            legendNames.add(s.name());
            if (s.hasBand()) {
                // Points carry their intervals for the tooltips only: a band through scattered points would mislead.
                if (s.style() != Series.Style.POINTS) {
                    series.add(band(chart, s, color));
                }
                rowTooltips = true;
            }
            series.add(seriesNode(chart, s, color, i));
        }
        if (rowTooltips) {
            ArrayNode rows = spec.putArray("rowTooltips");
            for (int i = 0; i < chart.x().size(); i++) {
                rows.add(rowTooltip(chart, i));
            }
        }
        spec.set("option", option);
    }

    /** A line another covers is drawn wider, so lines that coincide stay visible (as in the figures). */
    private static ObjectNode seriesNode(SeriesChart chart, Series s, String color, int index) {
        ObjectNode node = NODES.objectNode().put("name", s.name());
        int depth = Coincidence.depths(chart.series().stream().map(Series::values).toList())[index];
        switch (s.style()) {
            case LINE -> node.put("type", "line").put("connectNulls", false)
                    .put("symbolSize", Coincidence.marker(depth, 5).getBounds2D().getWidth())
                    .put("z", 3).putObject("lineStyle").put("width", Coincidence.stroke(depth).getLineWidth() - 0.5);
            case BAR -> node.put("type", "bar").put("barMaxWidth", 36);
            case POINTS -> node.put("type", "scatter").put("symbolSize", 9);
        }
        if (s.stack() != null) {
            node.put("stack", s.stack());
        }
        node.putObject("itemStyle").put("color", color);
        node.set("data", data(chart, s.values()));
        return node;
    }

    /** The confidence band: report.js draws it as a polygon from these [x, low, high, row] items. */
    private static ObjectNode band(SeriesChart chart, Series s, String color) {
        ObjectNode node = NODES.objectNode().put("type", "custom").put("name", s.name() + " (95% CI)")
                .put("chipsimBand", true).put("silent", true).put("z", 1);
        node.putObject("itemStyle").put("color", color);
        ObjectNode encode = node.putObject("encode").put("x", 0);
        encode.putArray("y").add(1).add(2);
        ArrayNode data = node.putArray("data");
        for (int i = 0; i < chart.x().size(); i++) {
            ArrayNode point = data.addArray();
            addX(chart, i, point);
            addNumber(point, s.low().get(i));
            addNumber(point, s.high().get(i));
            point.add(i);
        }
        return node;
    }

    private static String rowTooltip(SeriesChart chart, int index) {
        StringBuilder html = new StringBuilder("<b>").append(Html.text(chart.xName())).append(" = ")
                .append(Html.text(chart.x().get(index))).append("</b>");
        for (Series s : chart.series()) {
            html.append("<br>").append(Html.text(s.name())).append(": ")
                    .append(Html.text(chart.unit().format(orNaN(s.values().get(index)))));
            if (s.hasBand()) {
                html.append(" (95% CI ").append(Html.text(chart.unit().format(orNaN(s.low().get(index)))))
                        .append(" to ").append(Html.text(chart.unit().format(orNaN(s.high().get(index))))).append(")");
            }
        }
        return html.toString();
    }

    private static ArrayNode data(SeriesChart chart, List<Double> values) {
        ArrayNode data = NODES.arrayNode();
        for (int i = 0; i < values.size(); i++) {
            if (chart.numericX()) {
                if (!Values.present(values.get(i))) {
                    continue;
                }
                ArrayNode point = data.addArray();
                addX(chart, i, point);
                point.add(values.get(i));
                point.add(i);
            } else {
                addNumber(data, values.get(i));
            }
        }
        return data;
    }

    /** Labels every category up to five years of quarters; beyond that ECharts thins them so they do not collide. */
    private static void everyLabel(com.fasterxml.jackson.databind.JsonNode axis, int categories) {
        if (categories <= 20) {
            ((ObjectNode) axis).putObject("axisLabel").put("interval", 0);
        }
    }

    private static void addX(SeriesChart chart, int index, ArrayNode point) {
        if (chart.numericX()) {
            point.add(Double.parseDouble(chart.x().get(index)));
        } else {
            point.add(index);
        }
    }

    private static void addNumber(ArrayNode array, Double value) {
        if (Values.present(value)) {
            array.add(value);
        } else {
            array.addNull();
        }
    }

    private static double orNaN(Double value) {
        return value == null ? Double.NaN : value;
    }

    private static void heatmap(HeatmapChart chart, ObjectNode spec) {
        spec.put("kind", "heatmap");
        spec.put("unit", chart.unit().key());
        spec.set("x", JSON.valueToTree(chart.x()));
        spec.set("y", JSON.valueToTree(chart.y()));
        ObjectNode option = base();
        option.putObject("tooltip").put("trigger", "item");
        option.putObject("grid").put("left", 16).put("right", 40).put("top", 84).put("bottom", 40)
                .put("containLabel", true);
        everyLabel(option.putObject("xAxis").put("type", "category").put("name", chart.xName())
                .put("nameLocation", "middle").put("nameGap", 28).set("data", JSON.valueToTree(chart.x())), chart.x().size());
        ObjectNode y = option.putObject("yAxis").put("type", "category").put("name", chart.yName())
                .put("nameLocation", chart.levels().isEmpty() ? "end" : "start").put("nameGap", 12)
                .put("inverse", !chart.levels().isEmpty()); // an inverted axis starts at the top
        y.set("data", JSON.valueToTree(chart.y()));
        y.putObject("nameTextStyle").put("align", "left").put("fontWeight", "bold");
        ObjectNode visualMap = option.putObject("visualMap").put("orient", "horizontal").put("left", "center")
                .put("top", 0);
        ArrayNode data = NODES.arrayNode();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int yi = 0; yi < chart.y().size(); yi++) {
            for (int xi = 0; xi < chart.x().size(); xi++) {
                double v = chart.values()[yi][xi];
                if (!Double.isNaN(v)) {
                    data.addArray().add(xi).add(yi).add(v);
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        if (chart.levels().isEmpty()) {
            visualMap.put("type", "continuous").put("calculable", true).put("itemHeight", 240)
                    .put("min", min == Double.POSITIVE_INFINITY ? 0 : min)
                    .put("max", max == Double.NEGATIVE_INFINITY ? 1 : max == min ? min + 1 : max);
            visualMap.putObject("inRange").putArray("color").add("#f7fbff").add("#6baed6").add("#08306b");
            spec.put("cellLabels", chart.x().size() * chart.y().size() <= 100);
        } else {
            visualMap.put("type", "piecewise");
            ArrayNode pieces = visualMap.putArray("pieces");
            ArrayNode levels = spec.putArray("levels");
            for (HeatmapChart.Level level : chart.levels()) {
                pieces.addObject().put("value", level.value()).put("label", level.label()).put("color", level.color());
                levels.addObject().put("value", level.value()).put("label", level.label());
            }
        }
        ObjectNode series = option.putArray("series").addObject().put("type", "heatmap").put("name", chart.title());
        series.putObject("itemStyle").put("borderColor", "#ffffff").put("borderWidth", 1);
        series.set("data", data);
        spec.set("option", option);
    }

    private static void timeline(TimelineChart chart, ObjectNode spec) {
        spec.put("kind", "timeline");
        spec.put("unit", Unit.COUNT.key());
        ObjectNode option = base();
        option.putObject("tooltip").put("trigger", "item").put("confine", true);
        option.putObject("grid").put("left", 16).put("right", 40).put("top", 16).put("bottom", 40)
                .put("containLabel", true);
        everyLabel(option.putObject("xAxis").put("type", "category").put("name", "quarter").put("nameLocation", "middle")
                .put("nameGap", 28).put("boundaryGap", true).set("data", JSON.valueToTree(chart.quarters())),
                chart.quarters().size());
        ((ObjectNode) option.get("xAxis")).putObject("splitLine").put("show", true);
        option.putObject("yAxis").put("type", "category").put("inverse", true)
                .set("data", JSON.valueToTree(chart.lanes()));
        ((ObjectNode) option.get("yAxis")).putObject("splitLine").put("show", true);
        ArrayNode series = option.putArray("series");
        for (int lane = 0; lane < chart.lanes().size(); lane++) {
            ObjectNode s = series.addObject().put("type", "scatter").put("name", chart.lanes().get(lane));
            s.putObject("itemStyle").put("color", Palette.series(lane));
            s.putObject("label").put("show", true).put("color", "#ffffff").put("fontWeight", "bold");
            ArrayNode data = s.putArray("data");
            for (TimelineChart.Mark mark : chart.marks()) {
                if (mark.laneIndex() != lane) {
                    continue;
                }
                ObjectNode item = data.addObject();
                item.putArray("value").add(mark.quarterIndex()).add(lane).add(mark.events().size());
                item.put("symbolSize", 14 + 4 * Math.min(mark.events().size(), 5));
                item.set("events", JSON.valueToTree(mark.events()));
            }
        }
        spec.set("option", option);
    }
}
