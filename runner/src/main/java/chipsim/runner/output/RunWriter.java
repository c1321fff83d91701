package chipsim.runner.output;

import chipsim.runner.Version;
import chipsim.runner.datapackage.DataPackage;
import chipsim.runner.datapackage.FolderFiles;
import chipsim.runner.scenario.ScenarioWriter;
import chipsim.runner.sim.RunResult;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a finished run's files into a run folder (docs/trace.md). */
public final class RunWriter {

    public static final String TRACE = "trace.jsonl";
    public static final String QUARTERS = "quarters.csv";
    public static final String FLOWS = "flows.csv";
    public static final String AGENTS = "agents.csv";
    public static final String RESOLVED = "scenario.resolved.yaml";
    public static final String LOG = "run.log";
    public static final String DECISIONS = "decisions.jsonl";

    private RunWriter() {}

    public static void write(RunFolder folder, RunResult result) throws IOException {
        try (Writer out = writer(folder.file(TRACE))) {
            TraceWriter.write(out, result.quarters());
        }
        try (Writer out = writer(folder.file(QUARTERS))) {
            TableWriters.quarters(out, result.quarters());
        }
        try (Writer out = writer(folder.file(FLOWS))) {
            TableWriters.flows(out, result.quarters());
        }
        try (Writer out = writer(folder.file(AGENTS))) {
            TableWriters.agents(out, result.quarters());
        }
        try (Writer out = writer(folder.file(DECISIONS))) {
            for (var quarter : result.quarters()) {
                for (String line : quarter.decisions()) {
                    out.write(line);
                    out.write('\n');
                }
            }
        }
        Files.writeString(folder.file(RESOLVED), ScenarioWriter.toYaml(result.scenario(), Version.get()),
                StandardCharsets.UTF_8);
        // Last, so it describes every file above; the report brings it up to date when it adds its own.
        DataPackage.write(folder.file(DataPackage.FILE).getParent(), FolderFiles.Kind.RUN);
    }

    private static Writer writer(Path path) throws IOException {
        return Files.newBufferedWriter(path, StandardCharsets.UTF_8);
    }
}
