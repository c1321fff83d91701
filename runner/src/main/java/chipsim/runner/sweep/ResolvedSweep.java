package chipsim.runner.sweep;

import chipsim.runner.scenario.ScenarioWriter;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * sweep.resolved.yaml: the sweep exactly as it runs (every default, every point, the seeds, the
 * metrics, the base scenario with overrides applied) and the chipsim version. Its SHA-256 is the
 * sweep's identity: every row of runs.csv and summary.csv carries it, and --resume refuses a
 * folder whose stored text differs.
 *
 * @param body the YAML without its comment header; what the hash covers
 */
public record ResolvedSweep(String body, String sha256) {

    public static final String FILE = "sweep.resolved.yaml";

    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build());

    public static ResolvedSweep of(SweepPlan plan, MetricSet metrics, String version) {
        SweepFile file = plan.file();
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("chipsim", version);
        ObjectNode sweep = root.putObject("sweep");
        sweep.put("name", file.name());
        sweep.put("description", file.description());
        sweep.put("base", file.base());
        sweep.put("quarters", plan.base().quarters());
        sweep.put("seed", file.seed());
        sweep.put("replications", file.replications());
        ArrayNode seeds = sweep.putArray("seeds");
        plan.seeds().forEach(seeds::add);
        file.design().describe(sweep.putObject("design"));
        ObjectNode axes = sweep.putObject("axes");
        file.axes().forEach(axis -> axes.set(axis.path(), axis(axis)));
        ArrayNode set = sweep.putArray("set");
        plan.fixed().forEach(set::add);
        ArrayNode names = sweep.putArray("metrics");
        metrics.names().forEach(names::add);
        ArrayNode points = root.putArray("points");
        for (Point point : plan.points()) {
            ObjectNode p = points.addObject();
            p.put("point", point.id());
            for (int i = 0; i < file.axes().size(); i++) {
                p.set(file.axes().get(i).path(), point.values().get(i));
            }
        }
        root.set("baseScenario", ScenarioWriter.toTree(plan.base()));
        try {
            String body = YAML.writeValueAsString(root);
            return new ResolvedSweep(body, Hashes.sha256(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode axis(Axis axis) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        if (!axis.sampled()) {
            ArrayNode values = node.putArray("values");
            axis.values().forEach(values::add);
            return node;
        }
        Distribution d = axis.distribution();
        ObjectNode distribution = node.putObject("distribution");
        distribution.put("type", d.type());
        if (d.type().equals(Distribution.NORMAL)) {
            distribution.put("mean", d.mean());
            distribution.put("sd", d.sd());
        }
        if (!Double.isInfinite(d.min())) {
            distribution.put("min", d.min());
        }
        if (!Double.isInfinite(d.max())) {
            distribution.put("max", d.max());
        }
        distribution.put("integer", d.integer());
        return node;
    }

    /** The file's text: a comment header naming the version, the hash and where the sweep came from, then the body. */
    public String text(String version, String sweepFile) {
        return "# The sweep exactly as it ran (chipsim " + version + "), from " + sweepFile + ".\n"
                + "# sweep_sha256: " + sha256 + " (of the lines below this header)\n"
                + body;
    }

    /** The body of a stored sweep.resolved.yaml: the text after its comment header. */
    public static String bodyOf(String text) {
        List<String> lines = text.lines().toList();
        int first = 0;
        while (first < lines.size() && lines.get(first).startsWith("#")) {
            first++;
        }
        return String.join("\n", lines.subList(first, lines.size())) + (text.endsWith("\n") ? "\n" : "");
    }
}
