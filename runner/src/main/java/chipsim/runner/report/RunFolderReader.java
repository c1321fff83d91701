package chipsim.runner.report;

import chipsim.runner.report.RunData.AgentPolicy;
import chipsim.runner.report.RunData.AgentSnapshot;
import chipsim.runner.report.RunData.Flow;
import chipsim.runner.report.RunData.QuarterTrace;
import chipsim.runner.report.RunData.ScenarioSummary;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a run folder for its report: quarters.csv (metrics), trace.jsonl (prices, flows, agents,
 * events, messages, rules) and scenario.resolved.yaml (the header). Fields are looked up by name
 * and any the report does not use are ignored, so new columns do not break it; a missing file, a
 * line that is not JSON, or files that disagree on the quarters are refused with the file named.
 */
public final class RunFolderReader {

    public static final String QUARTERS = "quarters.csv";
    public static final String TRACE = "trace.jsonl";
    public static final String SCENARIO = "scenario.resolved.yaml";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();

    private RunFolderReader() {}

    public static RunData read(Path folder) throws ReportInputException {
        CsvTable quarters = CsvTable.read(folder.resolve(QUARTERS));
        if (!quarters.has("quarter")) {
            throw new ReportInputException(QUARTERS + " has no 'quarter' column");
        }
        if (quarters.size() == 0) {
            throw new ReportInputException(QUARTERS + " has no quarters: the run wrote no rows");
        }
        List<String> quarterNames = new ArrayList<>();
        for (int r = 0; r < quarters.size(); r++) {
            quarterNames.add(quarters.text(r, "quarter"));
        }
        Map<String, List<Double>> metrics = new LinkedHashMap<>();
        for (String column : quarters.header()) {
            if (column.equals("quarter")) {
                continue;
            }
            List<Double> values = new ArrayList<>();
            for (int r = 0; r < quarters.size(); r++) {
                values.add(quarters.number(r, column));
            }
            metrics.put(column, values);
        }
        List<QuarterTrace> trace = readTrace(folder.resolve(TRACE));
        List<String> traceQuarters = trace.stream().map(QuarterTrace::quarter).toList();
        if (!traceQuarters.equals(quarterNames)) {
            throw new ReportInputException(TRACE + " and " + QUARTERS + " disagree on the quarters: " + TRACE + " has "
                    + span(traceQuarters) + ", " + QUARTERS + " " + span(quarterNames) + "; "
                    + firstDifference(traceQuarters, quarterNames)
                    + "; one of them is from another run or was cut short");
        }
        ScenarioSummary scenario = readScenario(folder.resolve(SCENARIO));
        return new RunData(String.valueOf(folder.toAbsolutePath().normalize().getFileName()), scenario, quarterNames,
                metrics, trace);
    }

    /** "16 quarters, 2024Q1 to 2027Q4"; a list that is not one quarter after another says so, not a span. */
    private static String span(List<String> quarters) {
        if (quarters.isEmpty()) {
            return "no quarters";
        }
        String count = quarters.size() + (quarters.size() == 1 ? " quarter, " : " quarters, ");
        String first = quarters.get(0);
        String last = quarters.get(quarters.size() - 1);
        return count + (consecutive(quarters) ? first + " to " + last
                : "from " + first + " to " + last + " but not one after another (repeated or missing quarters)");
    }

    private static boolean consecutive(List<String> quarters) {
        try {
            for (int i = 1; i < quarters.size(); i++) {
                if (!chipsim.market.Quarter.parse(quarters.get(i - 1)).plus(1)
                        .equals(chipsim.market.Quarter.parse(quarters.get(i)))) {
                    return false;
                }
            }
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String firstDifference(List<String> a, List<String> b) {
        int i = 0;
        while (i < a.size() && i < b.size() && a.get(i).equals(b.get(i))) {
            i++;
        }
        return "the first difference is record " + (i + 1) + ": " + (i < a.size() ? a.get(i) : "none") + " against "
                + (i < b.size() ? b.get(i) : "none");
    }

    static List<QuarterTrace> readTrace(Path file) throws ReportInputException {
        if (!Files.isRegularFile(file)) {
            throw new ReportInputException(TRACE + " is missing from " + file.getParent());
        }
        List<QuarterTrace> trace = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                trace.add(quarterTrace(parseLine(line, number), number));
            }
        } catch (IOException e) {
            throw new ReportInputException(TRACE + " cannot be read: " + e.getMessage(), e);
        }
        return trace;
    }

    private static JsonNode parseLine(String line, int number) throws ReportInputException {
        try {
            JsonNode node = JSON.readTree(line);
            if (node == null || !node.isObject()) {
                throw new ReportInputException(TRACE + " line " + number + " is not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new ReportInputException(TRACE + " line " + number + " is not valid JSON ("
                    + e.getOriginalMessage() + "); the file is damaged or was cut short", e);
        }
    }

    private static QuarterTrace quarterTrace(JsonNode q, int line) throws ReportInputException {
        String quarter = q.path("quarter").asText("");
        if (quarter.isEmpty()) {
            throw new ReportInputException(TRACE + " line " + line + " has no 'quarter'");
        }
        Map<String, Double> prices = new TreeMap<>();
        q.path("prices").fields().forEachRemaining(e -> prices.put(e.getKey(),
                e.getValue().isNumber() ? e.getValue().asDouble() : null));
        List<Flow> flows = new ArrayList<>();
        for (JsonNode f : q.path("flows")) {
            flows.add(new Flow(f.path("seller").asText(""), f.path("buyer").asText(""),
                    f.path("buyerRegion").asText(""), f.path("chip").asText(""), f.path("units").asLong(0),
                    f.path("priceUsd").asDouble(0), f.path("channel").asText("").toLowerCase(),
                    f.path("feeUsd").asDouble(0)));
        }
        Map<String, AgentSnapshot> agents = new LinkedHashMap<>();
        q.path("agents").fields().forEachRemaining(e -> {
            Map<String, Double> state = new TreeMap<>();
            e.getValue().path("state").fields().forEachRemaining(s -> state.put(s.getKey(), s.getValue().asDouble()));
            agents.put(e.getKey(), new AgentSnapshot(e.getValue().path("role").asText(""),
                    e.getValue().path("payoff").asDouble(Double.NaN), state));
        });
        List<String> events = new ArrayList<>();
        q.path("events").forEach(e -> events.add(e.asText()));
        Map<String, Long> messages = new TreeMap<>();
        q.path("messages").fields().forEachRemaining(e -> messages.put(e.getKey(), e.getValue().asLong()));
        Map<String, String> status = new TreeMap<>();
        q.path("rules").path("export").path("statusByChip").fields()
                .forEachRemaining(e -> status.put(e.getKey(), e.getValue().asText()));
        return new QuarterTrace(quarter, prices, flows, agents, events, messages, status);
    }

    static ScenarioSummary readScenario(Path file) throws ReportInputException {
        if (!Files.isRegularFile(file)) {
            throw new ReportInputException(SCENARIO + " is missing from " + file.getParent());
        }
        JsonNode root;
        try {
            root = YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new ReportInputException(SCENARIO + " is not valid YAML: " + e.getMessage().lines().findFirst()
                    .orElse(""), e);
        }
        if (root == null || !root.isObject()) {
            throw new ReportInputException(SCENARIO + " does not describe a scenario (expected a mapping)");
        }
        List<AgentPolicy> agents = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("agents").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> agent = it.next();
            JsonNode params = agent.getValue().path("params");
            agents.add(new AgentPolicy(agent.getKey(), agent.getValue().path("role").asText(""),
                    agent.getValue().path("policy").asText(""), params.isObject() && params.size() > 0
                            ? compact(params) : ""));
        }
        Map<String, String> vendorByChip = new LinkedHashMap<>();
        for (JsonNode chip : root.path("chips")) {
            vendorByChip.put(chip.path("id").asText(""), chip.path("vendor").asText(""));
        }
        return new ScenarioSummary(root.path("name").asText(""), root.path("description").asText("").trim(),
                root.path("seed").asText(""), root.path("start").asText(""), root.path("end").asText(""), agents,
                vendorByChip);
    }

    /** Parameters as one line: {@code revenueShare=0.25, chinaCapRatio=0.5}. */
    private static String compact(JsonNode params) {
        List<String> parts = new ArrayList<>();
        params.fields().forEachRemaining(e -> parts.add(e.getKey() + "=" + (e.getValue().isValueNode()
                ? e.getValue().asText() : e.getValue().toString())));
        return String.join(", ", parts);
    }
}
