package chipsim.runner.compare;

import chipsim.runner.analysis.compare.PairedDifference;
import chipsim.runner.output.Csv;
import chipsim.runner.output.Numbers;
import chipsim.runner.scenario.Scenario;
import chipsim.runner.scenario.ScenarioWriter;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The tables of a comparison folder (docs/sensitivity.md): compare.csv, pairs.csv, by_quarter.csv, compare.resolved.yaml. */
public final class CompareFiles {

    public static final String COMPARE = "compare.csv";
    public static final String PAIRS = "pairs.csv";
    public static final String BY_QUARTER = "by_quarter.csv";
    public static final String RESOLVED = "compare.resolved.yaml";
    public static final List<String> COMPARE_HEADER = List.of("metric", "n", "a_mean", "b_mean", "difference_mean",
            "difference_sd", "ci95_low", "ci95_high", "differs", "chipsim_version");
    public static final List<String> PAIRS_HEADER = List.of("metric", "replication", "seed", "a", "b", "difference");
    public static final List<String> BY_QUARTER_HEADER = List.of("column", "quarter", "n", "a_mean", "b_mean",
            "difference_mean", "difference_sd", "ci95_low", "ci95_high");

    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build());

    private CompareFiles() {}

    public static void write(Path folder, PairedRuns runs, Scenario a, Scenario b, String aSource, String bSource,
            String version) throws IOException {
        try (Writer out = writer(folder.resolve(COMPARE))) {
            Csv.row(out, COMPARE_HEADER);
            for (int m = 0; m < runs.metrics().size(); m++) {
                PairedDifference d = runs.metric(m);
                Csv.row(out, List.of(runs.metrics().get(m), Integer.toString(d.n()), Numbers.format(d.meanA()),
                        Numbers.format(d.meanB()), Numbers.format(d.mean()), Numbers.format(d.sd()),
                        Numbers.format(d.low()), Numbers.format(d.high()), Boolean.toString(d.differs()), version));
            }
        }
        try (Writer out = writer(folder.resolve(PAIRS))) {
            Csv.row(out, PAIRS_HEADER);
            for (int m = 0; m < runs.metrics().size(); m++) {
                for (int s = 0; s < runs.seeds().size(); s++) {
                    double x = runs.a()[s][m];
                    double y = runs.b()[s][m];
                    Csv.row(out, List.of(runs.metrics().get(m), Integer.toString(s + 1), Long.toString(runs.seeds()
                            .get(s)), Numbers.format(x), Numbers.format(y), Numbers.format(y - x)));
                }
            }
        }
        try (Writer out = writer(folder.resolve(BY_QUARTER))) {
            Csv.row(out, BY_QUARTER_HEADER);
            for (int c = 0; c < runs.columns().size(); c++) {
                for (int q = 0; q < runs.quarters().size(); q++) {
                    PairedDifference d = runs.quarter(c, q);
                    Csv.row(out, List.of(runs.columns().get(c), runs.quarters().get(q), Integer.toString(d.n()),
                            Numbers.format(d.meanA()), Numbers.format(d.meanB()), Numbers.format(d.mean()),
                            Numbers.format(d.sd()), Numbers.format(d.low()), Numbers.format(d.high())));
                }
            }
        }
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("chipsim", version);
        root.put("a", aSource);
        root.put("b", bSource);
        root.putArray("seeds").addAll(runs.seeds().stream().map(JsonNodeFactory.instance::numberNode).toList());
        root.set("scenarioA", ScenarioWriter.toTree(a));
        root.set("scenarioB", ScenarioWriter.toTree(b));
        Files.writeString(folder.resolve(RESOLVED), "# The comparison exactly as it ran: both scenarios, every seed.\n"
                + YAML.writeValueAsString(root), StandardCharsets.UTF_8);
    }

    private static Writer writer(Path file) throws IOException {
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }
}
